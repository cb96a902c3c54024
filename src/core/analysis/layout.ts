/**
 * How a plain-text article is laid out, read from what its lines say rather than from
 * their position (issue: real files come headline-first, lead-first, or whole on one line):
 *
 *  - `sentenceEnds`: where sentences end in a piece of prose (not after TP., N., 3.5, not
 *    inside brackets or quotations);
 *  - `looksLikeHeadline`: a short single sentence without a final full stop, not a caption;
 *  - `isJoinedBody`: a line that holds several paragraphs joined by single spaces;
 *  - `splitJoined`: such a line cut back into paragraph-sized pieces of whole sentences;
 *  - `leadTagLength`: the outlet or place tag before the lead ("TTO - ", "(VnMedia) - ").
 * Pure functions over strings; the article model decides with them.
 */
import { isCaption } from './captions';
import { isValidSyllable } from '../text/syllable';

/** The dot of an abbreviation or an initial, not a full stop: TP., TS., v.v., N. Hà, anh Th., I.E. */
export const DOTTED =
  /(?:^|[\s(])(?:TP|Tp|TX|TT|TS|ThS|GS|PGS|BS|KS|NSƯT|NSND|Ph\.D|v\.v|St|Mr|Mrs|Ms|Dr|Jr|Sr|No|Th|Tr|Ng|Nh|Kh|Ph|Ch|Gi|\p{Lu}|(?:\p{Lu}\.)+\p{Lu})\.$/u; // initials: anh Th., I.E.
const END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»']);
const SPACE = /\s/;
/** What may begin a sentence: a capital, a digit, an opening quote or bracket. */
const OPENING = /[\p{Lu}\d“"‘'(«[]/u;
/** A quotation left open this long is a stray mark, not a quotation. */
const MAX_QUOTE = 1200;

/**
 * Offsets (relative to `text`) just after the last character of each sentence, closing
 * quotes and brackets included; the last sentence ends at the end of the text.
 */
export function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  let paren = 0;
  let curly = 0;
  let straight = false;
  let quoteAt = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '(') paren++;
    else if (c === ')') paren = paren > 0 ? paren - 1 : 0;
    else if (c === '“') {
      if (curly === 0 && !straight) quoteAt = i;
      curly++;
    } else if (c === '”') {
      if (curly > 0) curly--;
      else straight = false; // "…” typed with mixed marks
    } else if (c === '"') {
      if (straight) straight = false;
      else if (curly > 0) curly--;
      else {
        straight = true;
        quoteAt = i;
      }
    }
    if ((curly > 0 || straight) && i - quoteAt > MAX_QUOTE) {
      curly = 0;
      straight = false;
    }
    if (!END.has(c)) continue;
    let j = i + 1;
    while (j < n && END.has(text[j])) j++;
    while (j < n && CLOSERS.has(text[j])) {
      const q = text[j];
      if (q === '”' || q === '"') {
        if (straight) straight = false;
        else if (curly > 0) curly--;
      } else if (q === ')') paren = paren > 0 ? paren - 1 : 0;
      j++;
    }
    if (j >= n || !SPACE.test(text[j])) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && SPACE.test(text[k])) k++;
    const ok =
      k < n &&
      OPENING.test(text[k]) &&
      paren === 0 &&
      curly === 0 &&
      !straight &&
      !(c === '.' && j === i + 1 && DOTTED.test(text.slice(Math.max(0, i - 8), i + 1)));
    if (ok) out.push(j);
    i = j - 1;
  }
  if (!out.length || out[out.length - 1] < text.trimEnd().length) out.push(text.trimEnd().length);
  return out;
}

/**
 * A headline reads as one: short, one sentence, no final full stop (a question or an
 * exclamation is fine), not a photo caption, not a line ending in a colon or a comma.
 */
export function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200 || !/\p{L}/u.test(t) || (isCaption(t) && !/^(?:Video|Clip|Infographic)\s*:/u.test(t))) return false;
  if (t.split(/\s+/).length > 40 || CREDIT.test(t)) return false;
  const bare = t.replace(/[”"’')\]»\s]+$/u, '');
  const last = bare[bare.length - 1];
  if (last === ',' || last === ':' || last === ';') return false;
  if (last === '.' && !bare.endsWith('...')) return false;
  return sentenceEnds(t).length === 1;
}

/** A credit line ("Thực hiện đồ họa: …", "Bài và ảnh: …"), not a headline. */
const CREDIT = /^(?:Thực hiện|Đồ họa|Đồ hoạ|Bài và ảnh|Bài, ảnh|Tin, ảnh|Ảnh và bài|Nguồn)(?:\s|:)/u;

/** Sentences a line needs before it can be several paragraphs joined together. */
const JOINED_MIN_SENTENCES = 4;
/** Beyond this a line is joined paragraphs whatever else the article holds (real paragraphs stay under ~1,800 characters). */
const JOINED_LONG = 2500;

/**
 * A line that holds several paragraphs joined by single spaces: it has several sentences
 * and carries most of the article (or is far longer than any real paragraph).
 */
export function isJoinedBody(text: string, share: number): boolean {
  if (text.length < 200) return false;
  const sentences = sentenceEnds(text).length;
  if (share >= 0.9) return sentences >= 2; // the whole article on one line
  if (sentences < JOINED_MIN_SENTENCES) return false;
  return share >= 0.6 || (text.length >= JOINED_LONG && sentences >= 12);
}

/** A recovered paragraph closes after this many sentences or characters (news paragraphs: median ~160, p90 ~450 characters). */
const PIECE_SENTENCES = 3;
const PIECE_CHARS = 400;

/** Cut joined paragraphs into pieces of whole sentences: [start, end) relative to `text`. */
export function splitJoined(text: string): Array<[number, number]> {
  const ends = sentenceEnds(text);
  const out: Array<[number, number]> = [];
  let start = 0;
  let count = 0;
  for (const e of ends) {
    count++;
    if (count >= PIECE_SENTENCES || e - start >= PIECE_CHARS || e === ends[ends.length - 1]) {
      out.push([start, e]);
      start = e;
      while (start < text.length && SPACE.test(text[start])) start++;
      count = 0;
    }
  }
  return out.filter(([s, e]) => e > s);
}

/** The last sentence of a piece: [start, end) relative to `text`, or null when there is one sentence only. */
export function lastSentence(text: string): [number, number] | null {
  const ends = sentenceEnds(text);
  if (ends.length < 2) return null;
  let start = ends[ends.length - 2];
  while (start < text.length && SPACE.test(text[start])) start++;
  return [start, ends[ends.length - 1]];
}

/**
 * The tag before a lead: an outlet ("TTO - ", "QĐND - ", "GD&TĐ - ", "(VnMedia) - ",
 * "(Baonghean) -") or a place in capitals ("QUẢNG NAM- ", "HÀ NỘI - "). Its length, dash
 * and spaces included, or 0.
 */
export function leadTagLength(text: string): number {
  const m = LEAD_TAG.exec(text);
  if (!m) return 0;
  if (!m[1] && !m[2]) {
    // Glued: "HÀ NỘI-Sáng nay" is a tag, but "VN-Index", "AV-TEST", "ITAR-TASS" are names.
    const next = /^[\p{L}\p{M}]+/u.exec(text.slice(m[0].length));
    if (next && !isValidSyllable(next[0].toLowerCase())) return 0;
  }
  return m[0].length;
}
const LEAD_TAG = /^(?:\([\p{L}\d.&+ -]{2,30}\)|[\p{Lu}\d][\p{Lu}\d&.+]*(?: [\p{Lu}\d][\p{Lu}\d&.+]*){0,3})(\s*)[-–—](\s*)(?=[\p{Lu}\d“"])/u;
