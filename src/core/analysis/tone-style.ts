/**
 * The article's tone-mark style (old: hòa, thủy; new: hoà, thuỷ): the house choice, or the
 * article's majority. Read by tone-mark-style, and by fixes that insert words (a dictionary
 * form) so what they write does not start a cascade of restyling.
 */
import type { House } from '../config';
import { parseSyllable, moveTone, Syllable, tonePosition, ToneStyle } from '../text/syllable';
import { houseOrMajority, Target } from './majority';
import { syllableOf, wordsOf, Word } from './words';
import type { Article } from '../article';

/**
 * The words written in one of the two styles. Names are never rewritten: a word with a capital
 * is checked only when it is "Ủy" (Ủy ban), even at the start of a sentence ("Hòa cho biết…" may be a person).
 */
export function styledWords(words: Word[]): Array<{ w: Word; s: Syllable; style: ToneStyle }> {
  const out: Array<{ w: Word; s: Syllable; style: ToneStyle }> = [];
  for (const w of words) {
    if (w.ascii) continue;
    if (w.nfc !== w.lower && w.lower !== 'ủy' && w.lower !== 'uỷ') continue;
    const r = syllableOf(w);
    if (r.ok && r.syllable.style !== null) out.push({ w, s: r.syllable, style: r.syllable.style }); // only oa, oe, uy carrying a mark can differ
  }
  return out;
}

/** The style the article keeps to: the house's, or its majority (first seen on a tie); computed once per article and house choice. */
export function articleToneTarget(article: Article, house: House): Target<ToneStyle> | undefined {
  return article.analysis(`tone-target:${house.toneStyle}`, (a) => {
    const words = wordsOf(a);
    return houseOrMajority<ToneStyle>(house.toneStyle, [...styledWords(words).map((x) => x.style), ...joinedStyles(words)]);
  });
}

/**
 * Styles inside words run together at a capital ("baUỷ"): joined-words splits them, and the
 * majority must not change when it does, or a second --fix would restyle another paragraph.
 */
function joinedStyles(words: Word[]): ToneStyle[] {
  const out: ToneStyle[] = [];
  for (const w of words) {
    if (w.ascii || !/\p{Ll}\p{Lu}/u.test(w.nfc)) continue;
    for (const part of w.nfc.split(/(?<=\p{Ll})(?=\p{Lu})/u)) {
      const lower = part.toLowerCase();
      if (part !== lower && lower !== 'ủy' && lower !== 'uỷ') continue;
      const r = parseSyllable(lower);
      if (r.ok && r.syllable.style !== null) out.push(r.syllable.style);
    }
  }
  return out;
}

/** `text` with each word's tone mark placed in `style` (capitals kept). */
export function restyle(text: string, style: ToneStyle | undefined): string {
  if (!style) return text;
  return text.replace(/[\p{L}]+/gu, (word) => {
    const lower = word.toLowerCase();
    // As tone-mark-style reads: names (capitalised) are never restyled, "Ủy" (Ủy ban) is.
    if (lower.length !== word.length || (lower !== word && lower !== 'ủy' && lower !== 'uỷ')) return word;
    const r = parseSyllable(lower);
    if (!r.ok || r.syllable.style === null || r.syllable.style === style) return word;
    const moved = moveTone(lower, r.syllable.toneAt, tonePosition(r.syllable, style), r.syllable.tone);
    let out = '';
    for (let i = 0; i < moved.length; i++) out += word[i] !== lower[i] ? moved[i].toUpperCase() : moved[i];
    return out;
  });
}
