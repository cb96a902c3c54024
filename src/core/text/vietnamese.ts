/**
 * Vietnamese letters: vowels with their vowel marks (ă â ê ô ơ ư) and the five
 * tone marks, built once into lookup tables so no hot path calls normalize().
 */

/** Tone numbers: 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_COMBINING = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** The 12 vowel letters, vowel marks included, lower case. */
export const BASE_VOWELS = 'aăâeêioôơuưy';

interface VowelInfo {
  base: string; // the vowel without tone, same case
  tone: Tone;
}

const vowelInfo = new Map<string, VowelInfo>();
const composed = new Map<string, string>(); // base + tone digit → letter

for (const lower of BASE_VOWELS) {
  for (const base of [lower, lower.toUpperCase()]) {
    for (let t = 0; t < 6; t++) {
      const ch = (base + TONE_COMBINING[t]).normalize('NFC');
      vowelInfo.set(ch, { base, tone: t as Tone });
      composed.set(base + t, ch);
    }
  }
}

const CONSONANTS = 'bcdđghklmnpqrstvx';
const vietLetters = new Set<string>();
for (const ch of vowelInfo.keys()) vietLetters.add(ch);
for (const c of CONSONANTS) {
  vietLetters.add(c);
  vietLetters.add(c.toUpperCase());
}

/** True when every character of `word` is a Vietnamese letter. */
export function isVietnameseWord(word: string): boolean {
  if (word.length === 0) return false;
  for (const ch of word) if (!vietLetters.has(ch)) return false;
  return true;
}

export function isVowel(ch: string): boolean {
  return vowelInfo.has(ch);
}

/** The tone a letter carries (0 for a consonant or a toneless vowel). */
export function toneOf(ch: string): Tone {
  return vowelInfo.get(ch)?.tone ?? 0;
}

/** The letter without its tone mark (vowel marks kept: ế → ê). */
export function baseOf(ch: string): string {
  return vowelInfo.get(ch)?.base ?? ch;
}

/** A vowel letter with the given tone (`withTone('ơ', 1)` = 'ớ'). */
export function withTone(base: string, tone: Tone): string {
  return composed.get(base + tone) ?? base;
}

/** Remove tone marks from every letter (vowel marks kept). */
export function stripTones(word: string): string {
  let out = '';
  for (const ch of word) out += baseOf(ch);
  return out;
}

const FOLD: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', Ă: 'A', Â: 'A', Ê: 'E', Ô: 'O', Ơ: 'O', Ư: 'U' };

/** Remove tone and vowel marks; đ stays đ (it is a different letter). */
export function foldMarks(word: string): string {
  let out = '';
  for (const ch of word) {
    const b = baseOf(ch);
    out += FOLD[b] ?? b;
  }
  return out;
}

/** Upper-case first letter, the rest as given. */
export function capitalize(word: string): string {
  if (!word) return word;
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toUpperCase() + word.slice(first.length);
}

/** Every syllable capitalised ("QUỐC HÙNG" → "Quốc Hùng"); keeps separators. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s\-.(/])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
