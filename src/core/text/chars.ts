/**
 * Character classes by UTF-16 code unit, for scanners that walk text by hand instead of
 * running a Unicode-property regular expression at every position. Computed lazily from
 * the same properties (\p{L}, \p{M}, \p{Lu}, \p{N}), so they agree with the regexes.
 * Surrogates are classed as nothing: callers that care about astral letters test pairs.
 */
export const LETTER = 1;
export const MARK = 2;
export const UPPER = 4;
export const DIGIT = 8;
/** `toLowerCase` changes it (capitals and title-case letters). */
export const LOWERABLE = 16;
/** Lower-case letter (`\p{Ll}`). */
export const LOWER = 32;
const KNOWN = 128;

const TABLE = new Uint8Array(0x10000);

function compute(c: number): number {
  const ch = String.fromCharCode(c);
  let k = KNOWN;
  if (/\p{L}/u.test(ch)) k |= LETTER;
  if (/\p{M}/u.test(ch)) k |= MARK;
  if (/\p{Lu}/u.test(ch)) k |= UPPER;
  if (/\p{N}/u.test(ch)) k |= DIGIT;
  if (ch.toLowerCase() !== ch) k |= LOWERABLE;
  if (/\p{Ll}/u.test(ch)) k |= LOWER;
  return (TABLE[c] = k);
}

/** "U+00AD": how a message names a character. */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The class bits of one code unit. */
export function charClass(c: number): number {
  return TABLE[c] || compute(c);
}

/** The class bits of `text[i]`, 0 outside the text. */
export function classAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? charClass(text.charCodeAt(i)) : 0;
}

/** Letter or combining mark (what `[\p{L}\p{M}]` matches), for a BMP code unit. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return ((TABLE[c] || compute(c)) & (LETTER | MARK)) !== 0;
}

/** `toLowerCase` changes this BMP code unit. */
export function isLowerable(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return ((TABLE[c] || compute(c)) & LOWERABLE) !== 0;
}

/** Upper-case letter (`\p{Lu}`), for a BMP code unit. */
export function isUpperUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return ((TABLE[c] || compute(c)) & UPPER) !== 0;
}

/** Lower-case letter (`\p{Ll}`), for a BMP code unit. */
export function isLowerUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return ((TABLE[c] || compute(c)) & LOWER) !== 0;
}
