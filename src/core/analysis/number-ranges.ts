/**
 * Number ranges — two numbers and a dash, spaced or not: "15-20", "1,5 - 2", "2016–2020". One
 * scanner for the dash rule (ranges with a unit) and year ranges (both numbers years).
 */
export interface NumberRange {
  start: number;
  end: number;
  /** The two numbers as written. */
  from: string;
  to: string;
  /** The dash and the spaces around it. */
  spaceBefore: string;
  dash: string;
  spaceAfter: string;
}

/**
 * Starts on a digit (a leading look-behind would be tried at every position): the character
 * before is checked in code, and a match refused for it is passed over whole.
 */
const RANGE = /(\d+(?:[.,]\d+)?)([ \u00a0]*)([-–—])([ \u00a0]*)(\d+(?:[.,]\d+)?)(?![\p{N}/]|[.,]\d)/gu;
/** Part of a longer figure, a date, a time or a chain: "1/2-3", "2.1.2-3", "10:30-11", "1-2-3". */
const NOT_BEFORE = /[\p{N}/.,:-]/u;
const YEAR = /^(?:19|20)\d{2}$/;

/** The number ranges of `text`, at offsets shifted by `offset` (where `text` begins in the article). */
export function* numberRanges(text: string, offset = 0): Generator<NumberRange> {
  for (const m of text.matchAll(RANGE)) {
    const at = m.index!;
    if (at > 0 && NOT_BEFORE.test(text[at - 1])) continue;
    yield { start: offset + at, end: offset + at + m[0].length, from: m[1], spaceBefore: m[2], dash: m[3], spaceAfter: m[4], to: m[5] };
  }
}

/** Both numbers are years (1900–2099): a year range, not a quantity. */
export function isYearPair(r: NumberRange): boolean {
  return YEAR.test(r.from) && YEAR.test(r.to);
}
