import type { SpellingModel } from './spelling-model';

/**
 * What the spelling model calls a pair: two words with only spaces between them (no
 * punctuation, no line break). The corpus is counted and articles are read with this one test.
 */
export function isPairGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** Absolute discount of the pair model (Ney, Essen, Kneser 1994): what each seen pair gives up for unseen ones. */
export const DISCOUNT = 0.75;

/*
 * Scoring, by syllable id (-1: no word there, or one the model does not know, which gives no context).
 */

/**
 * P(b | a) by interpolated absolute discounting: the discounted pair count, plus the mass given
 * up by `a`'s pairs (more when `a` is followed by many different syllables) spread by `b`'s
 * frequency. Pairs the model dropped (seen once or twice) count as unseen.
 */
function follows(model: SpellingModel, a: number, b: number, ca: number): number {
  const open = Math.max(model.successorsAt(a), 1);
  return Math.max(model.pairAt(a, b) - DISCOUNT, 0) / ca + ((DISCOUNT * open) / ca) * (Math.max(model.countAt(b), 0.5) / model.header.tokens);
}

/** log P(x | prev), or log P(x) without a previous word. */
export function fitLeft(model: SpellingModel, x: number, prev: number): number {
  return prev >= 0 ? Math.log(follows(model, prev, x, model.countAt(prev))) : Math.log(Math.max(model.countAt(x), 0.5) / model.header.tokens);
}

/** log P(next | x), or 0 without a next word. */
export function fitRight(model: SpellingModel, x: number, next: number): number {
  return next >= 0 ? Math.log(follows(model, x, next, Math.max(model.countAt(x), 0.5))) : 0;
}

/**
 * How well the syllable `x` fits between `prev` and `next`: the log-probability of the chain
 * prev → x → next. Comparable across candidates for one position; higher is better.
 */
export function fit(model: SpellingModel, x: number, prev: number, next: number): number {
  return fitLeft(model, x, prev) + fitRight(model, x, next);
}

/** The corpus shows `x` next to one of its neighbours (a kept pair). */
export function supported(model: SpellingModel, x: number, prev: number, next: number): boolean {
  return model.pairAt(prev, x) > 0 || model.pairAt(x, next) > 0;
}

/** Dice coefficient of a pair, 2·n(a b) / (n(a) + n(b)): near 1 for a compound whose parts occur only together. */
export function dice(model: SpellingModel, a: number, b: number): number {
  return a < 0 || b < 0 ? 0 : (2 * model.pairAt(a, b)) / (model.countAt(a) + model.countAt(b));
}

/** Dice coefficient from which a pair counts as a compound (hồ sơ, bao gồm, lựa chọn, thời điểm). */
export const COMPOUND = 0.075;

/**
 * A correction the context vouches for: seen with each neighbour there is, and a compound with
 * one of them. What a warning needs; on news text a correction with less evidence is wrong too
 * often (rare words the corpus lacks, idioms, names).
 */
export function vouched(model: SpellingModel, x: number, prev: number, next: number): boolean {
  if (prev >= 0 && !model.pairAt(prev, x)) return false;
  if (next >= 0 && !model.pairAt(x, next)) return false;
  return Math.max(dice(model, prev, x), dice(model, x, next)) >= COMPOUND;
}
