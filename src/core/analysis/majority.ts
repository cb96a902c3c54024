/**
 * The form a consistency rule converts to (RULES.md principle 2): the house's choice when it made
 * one, else the article's majority. On a tie there is no majority: the form the article uses first
 * is offered, never applied automatically, and the message says the two are tied.
 */
import type { Localized } from '../types';

export type Basis = 'house' | 'majority' | 'tie';

export interface Target<T> {
  value: T;
  basis: Basis;
}

/** The most frequent value (ties: the one seen first). */
export function majority<T>(values: Iterable<T>): T | undefined {
  return countForms(values).best;
}

function countForms<T>(values: Iterable<T>): { best: T | undefined; n: number; tied: boolean; kinds: number } {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  let tied = false;
  for (const [v, c] of counts) {
    if (c > n) [best, n, tied] = [v, c, false];
    else if (c === n) tied = true;
  }
  return { best, n, tied, kinds: counts.size };
}

/** The house's form, or the article's majority form (undefined when the article writes none, or only one kind and `mixedOnly`). */
export function houseOrMajority<T>(house: T | 'consistent', values: Iterable<T>, mixedOnly = false): Target<T> | undefined {
  if (house !== 'consistent') return { value: house as T, basis: 'house' };
  const { best, tied, kinds } = countForms(values);
  if (best === undefined || (mixedOnly && kinds < 2)) return undefined;
  return { value: best, basis: tied ? 'tie' : 'majority' };
}

const WHERE: Record<Basis, Localized> = {
  house: { vi: 'của tòa soạn', en: 'the house form' },
  majority: { vi: 'chiếm đa số trong bài', en: "the article's majority form" },
  tie: { vi: 'dùng trước trong bài (hai cách viết ngang nhau)', en: 'the form the article uses first (the two are tied)' },
};

/** Message data naming where the target form comes from: `{where}`. */
export function whereOf(basis: Basis): { where: Localized } {
  return { where: WHERE[basis] };
}

/** A conversion is certain unless the article's forms are tied: then it is only offered. */
export function certainUnlessTied<F>(target: Target<unknown>, fix: F): { fix: F } | { suggestions: F[] } {
  return target.basis === 'tie' ? { suggestions: [fix] } : { fix };
}
