/**
 * The words of an article as the spelling model sees them, computed once for the spelling
 * rules: each word's canonical syllable and its id in the model, and its neighbours — the
 * words next to it with only spaces between (a pair in the model's sense).
 */
import type { Article } from '../article';
import { wordsOf, Word } from './words';
import { isSentenceStart } from './sentences';
import { canonicalSyllable, reduplicative } from '../text/syllable';
import { isLowerUnit, isUpperUnit } from '../text/chars';
import { fit, fitRight, isPairGap, supported } from '../text/spelling-context';
import { bareOf, correctionsOf, Slip, SLIP_COST } from '../text/suggest';
import { spellingModel, SpellingModel, NAME_BIT } from '../text/spelling-model';

export interface SpellingView {
  model: SpellingModel;
  words: Word[];
  /** Model id of each word's syllable, -1 when the model does not know it. */
  ids: Int32Array;
  /** Index of the previous / next word when only spaces separate them, else -1. */
  prev: Int32Array;
  next: Int32Array;
  /** How often each lower-case word occurs in the article, by hash (see `repeated`). */
  counts: Uint32Array | undefined;
  /** Whether each word opens a sentence: 0 not known yet, 1 yes, 2 no (see `opensSentence`). */
  starts: Uint8Array;
}

/** Null when no spelling model is installed (the rules that need one stay silent). */
export function spellingView(article: Article): SpellingView | null {
  const model = spellingModel();
  if (!model) return null;
  return article.analysis('spelling', () => {
    const words = wordsOf(article);
    const n = words.length;
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = words[i].lower.length <= 7 ? model.idOfWord(words[i].lower, words[i].hash) : -1;
    const prev = new Int32Array(n).fill(-1);
    const next = new Int32Array(n).fill(-1);
    for (let i = 1; i < n; i++) {
      const a = words[i - 1];
      const b = words[i];
      if (a.block === b.block && isPairGap(article.text, a.end, b.start)) {
        prev[i] = i - 1;
        next[i - 1] = i;
      }
    }
    return { model, words, ids, prev, next, counts: undefined, starts: new Uint8Array(n) };
  });
}

/**
 * A word's neighbours as context, as model ids (-1: none). For a lower-case word, a capitalised
 * neighbour inside a sentence is part of a name and gives none; a capitalised word (itself in a
 * name: Liên Xô) reads its capitalised neighbours too.
 */
export function contextOf(article: Article, view: SpellingView, i: number): { prev: number; next: number } {
  const { words, ids } = view;
  const p = view.prev[i];
  const q = view.next[i];
  const name = words[i].capital && !opensSentence(article, view, i);
  const prevName = p >= 0 && words[p].capital && !opensSentence(article, view, p);
  const nextName = q >= 0 && words[q].capital;
  return {
    prev: p < 0 || ids[p] < 0 || (prevName && !name) ? -1 : prevName ? ids[p] | NAME_BIT : ids[p],
    next: q < 0 || ids[q] < 0 || (nextName && !words[i].capital) ? -1 : nextName ? ids[q] | NAME_BIT : ids[q],
  };
}

/** Whether word `i` opens a sentence (`isSentenceStart`, asked once per word). */
export function opensSentence(article: Article, view: SpellingView, i: number): boolean {
  if (!view.starts[i]) view.starts[i] = isSentenceStart(article, view.words[i].start) ? 1 : 2;
  return view.starts[i] === 1;
}

export interface Ranked {
  word: string;
  id: number;
  slip: Slip;
  /** fit in context less the slip's cost: higher is likelier. */
  score: number;
}

/** Margin (nats) by which the first correction must beat the second to be applied without asking. */
export const SURE_MARGIN = 3;
/** Slips at most this costly are the ones writers make (see SLIP_COST); a correction by any other edit is only offered. */
export const LIKELY_SLIP = 3;

/**
 * Corrections for the non-word (or rare word) `lower` between `prev` and `next`, best first,
 * and whether the first is certain: a slip writers make, well ahead of the second, and seen
 * in the corpus next to one of the neighbours (or a slip as telling as a Telex key or a doubled letter).
 */
export function rankCorrections(model: SpellingModel, lower: string, prev: number, next: number): Corrections {
  let memo = rankings.get(model);
  if (!memo) rankings.set(model, (memo = new Map()));
  const key = `${prev} ${next} ${lower}`;
  let found = memo.get(key);
  if (!found) {
    if (memo.size >= RANKINGS_KEPT) memo.clear();
    memo.set(key, (found = rank(model, lower, prev, next)));
  }
  return found;
}

interface Corrections {
  ranked: Ranked[];
  sure: boolean;
}
/** Rankings by word and neighbours: an editor re-lints the same article on every keystroke. */
const rankings = new WeakMap<SpellingModel, Map<string, Corrections>>();
const RANKINGS_KEPT = 4096;

function rank(model: SpellingModel, lower: string, prev: number, next: number): Corrections {
  const ranked = correctionsOf(model, lower)
    .map((c) => ({ word: c.word, id: c.id, slip: c.slip, score: fit(model, c.id, prev, next) - c.cost }))
    .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1));
  const [a, b] = ranked;
  const sure =
    !!a && SLIP_COST[a.slip] <= LIKELY_SLIP && (!b || a.score - b.score >= SURE_MARGIN) && (supported(model, a.id, prev, next) || SLIP_COST[a.slip] <= 1);
  return { ranked, sure };
}

/** `fixed` (lower case) written in the case of `word` as written (Tromg → Trong, TROMG → TRONG). */
export function inCaseOf(word: string, fixed: string): string {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return fixed.toUpperCase();
  return word[0] !== word[0].toLowerCase() ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
}

/** The same word written more than once in the article: a name or a term, not a slip. */
export function repeated(view: SpellingView, w: Word): boolean {
  // Counts by the words' hashes in an open-addressed table: no string is copied.
  let table = view.counts;
  const mask = table ? table.length / 2 - 1 : 0;
  if (!table) {
    let size = 16;
    while (size < 2 * view.words.length) size *= 2;
    table = view.counts = new Uint32Array(2 * size);
    for (const x of view.words) {
      let s = x.hash & (size - 1);
      while (table[2 * s + 1] && table[2 * s] !== x.hash) s = (s + 1) & (size - 1);
      table[2 * s] = x.hash;
      table[2 * s + 1]++;
    }
    return repeated(view, w);
  }
  let s = w.hash & mask;
  while (table[2 * s + 1] && table[2 * s] !== w.hash) s = (s + 1) & mask;
  return table[2 * s + 1] > 1;
}

/** Next to an apostrophe, a hyphen, a slash or a zero-width character: part of a transcription or a compound (K'Bang, hat-trick, ka-ra-ô-kê). */
export function joined(text: string, w: Word): boolean {
  return JOINED.test(text[w.start - 1] ?? '') || JOINED.test(text[w.end] ?? '');
}
const JOINED = /['’\-/\u200b-\u200d\u2060\ufeff]/u;

/** A syllable this frequent may stand on either side of a glued pair. */
const JOINED_PART = 100;
/** What leaving out a space costs, as a slip (nats; see SLIP_COST). */
const SPLIT_COST = 2;
/** Function words this frequent are glued to foreign names (Anastasievà, Cellularvà). */
const FUNCTION_WORD = 20000;

const isMarked = (s: string) => bareOf(s.toLowerCase()) !== s.toLowerCase();

/**
 * Where a word is two words glued together, the offset in `w.nfc` to put the space at, or -1:
 * a capital inside the word after a Vietnamese syllable (củaTrường, TheoChủ, củaAndy), two
 * syllables the corpus shows side by side (sĩđã, cáccông), or a foreign name and a common
 * Vietnamese function word (Anastasievà). One side at least carries Vietnamese marks, so brands
 * in camel case (iPhone, VinFast, BaoViet) stay.
 */
export function joinedAt(model: SpellingModel, w: Word, prev: number, next: number): number {
  const word = w.nfc;
  if (word.length < 4 || word.length > 24 || word !== w.text || model.isKnownWord(w.lower)) return -1;
  const idOf = (s: string) => {
    const c = canonicalSyllable(s.toLowerCase());
    return c === null ? -1 : model.id(c);
  };
  // A capital after a lower-case letter.
  for (let k = 1; k < word.length; k++) {
    if (!isUpperUnit(word.charCodeAt(k)) || !isLowerUnit(word.charCodeAt(k - 1))) continue;
    const left = word.slice(0, k);
    const right = word.slice(k);
    if (left.length < 2 || model.countAt(idOf(left)) < JOINED_PART || !/^\p{Lu}\p{Ll}+$/u.test(right)) return -1;
    return isMarked(left) || (isMarked(right) && model.countAt(idOf(right)) >= JOINED_PART) ? k : -1;
  }
  // Below, one part at least carries marks: an unmarked word has none to find.
  if (w.ascii || (word !== w.lower && !(w.capital && word.slice(1) === w.lower.slice(1)))) return -1;
  if (canonicalSyllable(w.lower)) return -1;
  // Two syllables, one at least with marks, that the corpus shows side by side (ô xít, ca tốt are
  // loans written solid, never a pair), and likelier so than any one-syllable correction (thưở is thuở).
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 1; k < w.lower.length; k++) {
    const l = idOf(w.lower.slice(0, k));
    const r = idOf(w.lower.slice(k));
    if (
      model.countAt(l) < JOINED_PART ||
      model.countAt(r) < JOINED_PART ||
      !(isMarked(w.lower.slice(0, k)) || isMarked(w.lower.slice(k))) ||
      !model.pairAt(l, r)
    )
      continue;
    const score = fit(model, l, prev, r) + fitRight(model, r, next) - SPLIT_COST;
    if (score > bestScore) [best, bestScore] = [k, score];
  }
  if (best > 0) return correctionsOf(model, w.lower).some((c) => fit(model, c.id, prev, next) - c.cost > bestScore) ? -1 : best;
  // A foreign name and a function word.
  if (!w.capital) return -1;
  for (let k = w.lower.length - 1; k >= 4; k--) {
    const right = w.lower.slice(k);
    if (isMarked(right) && model.countAt(idOf(right)) >= FUNCTION_WORD && /^[a-z]+$/.test(w.lower.slice(0, k))) return k;
  }
  return -1;
}

/**
 * The word makes a reduplicative pair (từ láy) with a neighbour (sột soạt, lởm chởm, quạnh quẽ) that
 * is no slip in a word: `fixed` (a model id), put in its place, is not a word with that neighbour — one
 * seen together ten times at least and at least once in a hundred uses of the rarer (sẳn sàng is sẵn
 * sàng, hửu hiệu is hữu hiệu).
 */
export function inReduplicative(view: SpellingView, i: number, fixed: number): boolean {
  const { model, words, ids } = view;
  const w = words[i].lower;
  const p = view.prev[i];
  const q = view.next[i];
  const word = (a: number, b: number) => {
    const n = model.pairAt(a, b);
    return n >= 10 && n >= TOGETHER * Math.min(model.countAt(a), model.countAt(b));
  };
  if (p >= 0 && reduplicative(words[p].lower, w) && !word(ids[p], fixed)) return true;
  return q >= 0 && reduplicative(w, words[q].lower) && !word(fixed, ids[q]);
}
const TOGETHER = 1 / 100;
