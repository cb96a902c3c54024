/**
 * Abbreviations in an article: every use, and every definition the article gives
 * (`full form (ABBR)`, the list form `cán bộ, đảng viên (CB, ĐV)`, `(gọi tắt là ABBR)`,
 * and `ABBR (full form)`). Computed once per article, shared by the abbreviation rules.
 */
import type { Article, Block } from '../article';
import { HIDDEN_CHAR } from './hidden';
import { foldMarks, isVietnameseWord, stripTones } from '../text/vietnamese';
import { isValidSyllable } from '../text/syllable';
import { charClass, DIGIT, isUpperUnit, LETTER, MARK } from '../text/chars';

export interface AbbrUse {
  abbr: string;
  start: number;
  end: number;
  inList: boolean;
  block: Block;
  /** This use is the abbreviation inside its own definition's parentheses (or before them). */
  definition: AbbrDefinition | null;
}

export interface AbbrDefinition {
  abbr: string;
  /** The full form as written, when it could be delimited with certainty. */
  full: string | null;
  fullStart: number;
  fullEnd: number;
  /** The whole definition: full form through the closing parenthesis. */
  start: number;
  end: number;
  /** The abbreviation token in the definition. */
  abbrStart: number;
  abbrEnd: number;
  /** `full (ABBR)` (the usual order) or `ABBR (full)`. */
  order: 'full-first' | 'abbr-first';
  /** Several abbreviations in one parenthesis: `(CB, ĐV)`. */
  list: boolean;
}

export interface AbbreviationAnalysis {
  uses: AbbrUse[];
  /** First definition of each abbreviation. */
  definitions: Map<string, AbbrDefinition>;
}

/** A token of letters (digits, `.`, `-`, `&` inside) beginning with a capital. */
const TOKEN = /\p{Lu}(?=[\p{Ll}\p{M}\p{N}]{0,3}[.&-]?\p{Lu})[\p{L}\p{M}\p{N}]*(?:[.&-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;
/** What may not stand right before a token. */
const NOT_BEFORE_TOKEN = /[\p{L}\p{N}\p{M}.&-]/u;

/**
 * The tokens of `text`: tried only where a capital begins a word (a walk over code units;
 * running the expression at every position was the scan's main cost).
 */
function tokensOf(text: string): Array<{ at: number; whole: string }> {
  const out: Array<{ at: number; whole: string }> = [];
  for (let i = 0; i < text.length; i++) {
    if (!isUpperUnit(text.charCodeAt(i))) continue;
    if (i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p === 0x2e || p === 0x26 || p === 0x2d || charClass(p) & (LETTER | MARK | DIGIT)) continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (m) {
      out.push({ at: i, whole: m[0] });
      i += m[0].length - 1;
    }
  }
  return out;
}
/** Document numbers and symbols: 30/2020/NĐ-CP, 15/QĐ-BNV, 04-NQ/TW, 12/UBND-VX (a run of segments, one of them in capitals). */
const DOC_SYMBOL = /(?<![\p{L}\p{N}])(?:\p{Lu}{1,4})?\d+[a-z]?(?:[/-][\p{L}\p{N}&.]+)+/gu; // also "NĐ155/CP"
const HAS_CAPITAL_SEGMENT = /[/-]\p{Lu}/u;
const DEFINITION_PREFIX = /^\s*(?:(?:sau đây |dưới đây )?(?:gọi|viết)\s+tắt(?:\s+là)?|viết tắt|gọi là|tức)\s*:?\s*/iu;

/** An abbreviation-shaped token: ≥ 2 capitals, no more lower-case than capitals, no digits. */
export function isAbbreviationShape(token: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of token) {
    if (ch >= '0' && ch <= '9') return false;
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper >= 2 && lower <= upper && !/^[.&-]|[.&-]$/.test(token);
}

/** Vietnamese word in capitals (ĐẢNG, HỘI) rather than an abbreviation. */
function isCapitalWord(token: string): boolean {
  if (token !== token.toUpperCase() || !isVietnameseWord(token)) return false;
  const lower = token.toLowerCase();
  // "KHÔNG", "CÓ": a word in capitals; abbreviations carry no tone mark (TƯ, ĐV have none).
  return (lower.length >= 3 || stripTones(lower) !== lower) && foldMarks(lower) !== lower && isValidSyllable(lower);
}

function isAllCapsSyllable(token: string): boolean {
  return token === token.toUpperCase() && isVietnameseWord(token) && isValidSyllable(token.toLowerCase());
}

const INITIALS = /^(?:\p{Lu}\p{Ll}?\.)+\p{Lu}\p{Ll}?\.?$/u; // L.T.N, N.Th.H: a person's initials
const PREFIX_BEFORE_NAME = /^(\p{Lu}{2,4})\.(?=\p{Lu}\p{Ll})/u; // TP.Huế → TP
/** Photo credits ("Ảnh: TTXVN", "(ảnh CACC)"); the character before is checked in code. */
const CREDIT = /(?:[ẢảAa]nh|Nguồn|nguồn|Video|Clip|Đồ họa|Đồ hoạ)(?:\s+(?:minh họa|minh hoạ|tư liệu|video))?\s*:[^)\n]*|\([ảẢ]nh\s+[^)\n]*\)/gu;
const SOURCE_LINE = /^\(?\s*(?:Lược\s+|Lược dịch\s+)?(?:[Tt]heo|Nguồn)\b/u;

export interface ScannedAbbreviation {
  abbr: string;
  at: number;
  /** One of three or more abbreviations in a comma list ("ASP, HAG, HNG"): stock tickers and codes when unknown. */
  inList: boolean;
}

const WORD_BEFORE = /(\p{L}[\p{L}\p{M}]*)\s+$/u;
const WORD_AFTER = /^\s+(\p{L}[\p{L}\p{M}]*)/u;

/** Abbreviations in a piece of prose, with their offsets in it. */
export function scanAbbreviations(text: string): ScannedAbbreviation[] {
  const tokens = tokensOf(text);
  if (!tokens.length) return [];
  if (!/\p{Ll}/u.test(text)) {
    // A line in capitals is a heading ("XEM CLIP", "BÌNH LUẬN CỦA CHUYÊN GIA"), not abbreviations.
    const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
    if (words.length >= 2 && words.filter((w) => isValidSyllable(w.toLowerCase())).length * 2 >= words.length) return [];
  }
  if (text.length < 120 && SOURCE_LINE.test(text.trim()) && text.split(/\s+/).length <= 8) return [];
  const out: ScannedAbbreviation[] = [];
  const skip: Array<[number, number]> = [];
  if (/\d[/-]/.test(text)) for (const m of text.matchAll(DOC_SYMBOL)) if (HAS_CAPITAL_SEGMENT.test(m[0])) skip.push([m.index!, m.index! + m[0].length]);
  if (text.includes(':') || /\([ảẢ]nh/u.test(text)) {
    for (const m of text.matchAll(CREDIT))
      if (m[0][0] === '(' || m.index === 0 || !NOT_BEFORE_TOKEN.test(text[m.index! - 1])) skip.push([m.index!, m.index! + m[0].length]);
  }
  for (const { at, whole } of tokens) {
    let t = whole.endsWith('.') ? whole.slice(0, -1) : whole;
    if (!isAbbreviationShape(t) || INITIALS.test(whole)) continue;
    const prefix = PREFIX_BEFORE_NAME.exec(t);
    if (prefix) t = prefix[1];
    if (skip.length && skip.some(([s, e]) => at >= s && at < e)) continue;
    if (isCapitalWord(t)) continue;
    if (/\p{Ll}/u.test(t) && t.length >= 3 && isValidSyllable(t.toLowerCase())) continue; // "ĐÁnh": a word typed with a stuck Shift
    if (isAllCapsSyllable(t)) {
      // A run of capitalised syllables is a heading or a name in capitals, not abbreviations.
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
      const after = WORD_AFTER.exec(text.slice(at + t.length, at + t.length + 12));
      if ((before && isAllCapsSyllable(before[1])) || (after && isAllCapsSyllable(after[1]))) continue;
    }
    out.push({ abbr: t, at, inList: false });
  }
  // Comma lists of three or more.
  for (let i = 0; i < out.length;) {
    let j = i;
    while (j + 1 < out.length && /^\s*(?:,|và)\s*$/u.test(text.slice(out[j].at + out[j].abbr.length, out[j + 1].at))) j++;
    if (j - i >= 2) for (let k = i; k <= j; k++) out[k].inList = true;
    i = j + 1;
  }
  return out;
}

export function analyseAbbreviations(article: Article): AbbreviationAnalysis {
  return article.analysis('abbreviations', () => {
    const uses: AbbrUse[] = [];
    const definitions = new Map<string, AbbrDefinition>();
    for (const block of article.readingOrder) {
      if (block.kind === 'residue' || block.kind === 'byline' || block.kind === 'dateline') continue;
      const text = article.mask.slice(block.start, block.end);
      const tag = article.leadTag;
      for (const t of scanAbbreviations(text)) {
        if (tag && block.start + t.at < tag.end && block.start + t.at >= tag.start) continue; // the outlet's tag: "QĐND - ", "TTO - "
        uses.push({ abbr: t.abbr, start: block.start + t.at, end: block.start + t.at + t.abbr.length, inList: t.inList, block, definition: null });
      }
      findDefinitions(block, text, uses, definitions);
    }
    return { uses, definitions };
  });
}

const PAREN = /\(([^()\n]{1,120})\)/gu;

/** How far before a parenthesis a definition's full form (and the words it repeats) is looked for. */
const LOOK_BACK = 400;

function findDefinitions(block: Block, text: string, uses: AbbrUse[], definitions: Map<string, AbbrDefinition>): void {
  if (block.kind === 'title') return;
  const useAt = new Map<number, AbbrUse>();
  for (let i = uses.length - 1; i >= 0 && uses[i].block === block; i--) useAt.set(uses[i].start, uses[i]);
  for (const m of text.matchAll(PAREN)) {
    const open = m.index!;
    const close = open + m[0].length; // after ')'
    const inner = m[1];
    const prefix = DEFINITION_PREFIX.exec(inner);
    const listText = prefix ? inner.slice(prefix[0].length) : inner;
    const listAt = open + 1 + (prefix ? prefix[0].length : 0);
    // Each part of the list is one abbreviation; "Sở GD-ĐT" counts as GD-ĐT.
    const rawParts = [...listText.matchAll(/[^,;]+/gu)].map((p) => {
      const word = /\S+$/u.exec(p[0].trimEnd());
      if (!word) return null;
      const lead = p[0]
        .slice(0, word.index)
        .trim()
        .replace(/^và\s+/u, '')
        .replace(/^và$/u, '');
      if (lead && !text.slice(Math.max(0, open - LOOK_BACK), open).includes(lead + ' ')) return null; // "(Ảnh: TTXVN)" is a credit, not a definition
      return { text: word[0], at: listAt + p.index! + word.index };
    });
    if (rawParts.length === 0 || rawParts.some((p) => p === null)) continue;
    const parts = rawParts as Array<{ text: string; at: number }>;
    // Only the last LOOK_BACK characters: offsets in `before` are `base` less than in `text`.
    const base = Math.max(0, open - LOOK_BACK);
    const before = text.slice(base, open).trimEnd();
    if (parts.length > 0 && parts.every((p) => isAbbreviationShape(p.text)) && before.length > 0 && /[\p{L}\p{M}]$/u.test(before)) {
      // full form (ABBR) / list form (A, B)
      const clauseStart = lastClauseStart(before);
      const clause = before.slice(clauseStart);
      const segments = parts.length > 1 ? splitListSegments(clause, parts.length) : [{ text: clause, at: 0 }];
      const fulls = parts.map((p, k) => {
        const seg = segments[k];
        const full = seg ? alignFull(p.text, seg.text) : null;
        return full && seg ? { text: full.text, at: base + clauseStart + seg.at + full.at } : null;
      });
      const defStart = fulls[0] ? fulls[0].at : base + clauseStart;
      parts.forEach((p, k) => {
        const full = fulls[k];
        attach(
          {
            abbr: p.text,
            full: full ? full.text : null,
            fullStart: block.start + (full ? full.at : base + clauseStart),
            fullEnd: block.start + (full ? full.at + full.text.length : base + before.length),
            start: block.start + defStart,
            end: block.start + close,
            abbrStart: block.start + p.at,
            abbrEnd: block.start + p.at + p.text.length,
            order: 'full-first',
            list: parts.length > 1,
          },
          useAt,
          definitions,
        );
      });
      continue;
    }
    // ABBR (full form): the token right before the parenthesis, the content its expansion.
    const prev = tokenBefore(before);
    if (prev && isAbbreviationShape(prev[1]) && /^[\p{L}]/u.test(inner) && !isAbbreviationShape(inner.trim())) {
      // Aligned initials, or a foreign name spelt out in Vietnamese ("NIH (Viện Y tế quốc gia Hoa Kỳ)"): the latter
      // explains the abbreviation but its full form is not certain enough to move (full: null).
      const full = alignFull(prev[1], inner.trim(), true);
      const spelt =
        !full &&
        /^[\p{L}\p{M}]+(?:[\s,]+[\p{L}\p{M}]+){1,11}$/u.test(inner.trim()) &&
        !/^(?:ảnh|theo|tức|nguồn|từ|tại|ở|năm|trái|phải|giữa)\b/iu.test(inner.trim());
      if (full || spelt) {
        const abbrAt = base + prev.index;
        const fullAt = full ? inner.indexOf(full.text) : inner.length - inner.trimStart().length;
        const fullText = full ? full.text : inner.trim();
        attach(
          {
            abbr: prev[1],
            full: full ? full.text : null,
            fullStart: block.start + open + 1 + fullAt,
            fullEnd: block.start + open + 1 + fullAt + fullText.length,
            start: block.start + abbrAt,
            end: block.start + close,
            abbrStart: block.start + abbrAt,
            abbrEnd: block.start + abbrAt + prev[1].length,
            order: 'abbr-first',
            list: false,
          },
          useAt,
          definitions,
        );
      }
    }
  }
}

/**
 * The capitalised token that ends `before` (`(\p{Lu}[\p{L}\p{M}.&-]*)$`, found by walking back:
 * the expression would be tried at every capital of a long run).
 */
function tokenBefore(before: string): { 1: string; index: number } | null {
  let s = before.length;
  while (s > 0 && /[\p{L}\p{M}.&-]/u.test(before[s - 1])) s--;
  while (s < before.length && !/\p{Lu}/u.test(before[s])) s++;
  return s < before.length ? { 1: before.slice(s), index: s } : null;
}

function attach(def: AbbrDefinition, useAt: Map<number, AbbrUse>, definitions: Map<string, AbbrDefinition>): void {
  const use = useAt.get(def.abbrStart);
  if (use) use.definition = def;
  if (!definitions.has(def.abbr)) definitions.set(def.abbr, def);
}

/** Where the clause holding the end of `before` starts (after . ; : ! ? or an opening quote). */
function lastClauseStart(before: string): number {
  // Look back at most 200 characters: a full form is a few words long.
  const from = Math.max(0, before.length - 200);
  let at = from;
  for (const m of before.slice(from).matchAll(/[.;:!?“"(–—]\s+|^\s*-\s+/gu)) {
    const end = from + m.index! + m[0].length;
    if (end < before.length) at = end;
  }
  return at;
}

/** The last `n` comma-separated segments of a clause, in order. */
function splitListSegments(clause: string, n: number): Array<{ text: string; at: number }> {
  const segs: Array<{ text: string; at: number }> = [];
  let end = clause.length;
  for (let k = 0; k < n; k++) {
    const comma = k === n - 1 ? -1 : Math.max(clause.lastIndexOf(',', end - 1), -1);
    const from = comma + 1;
    const raw = clause.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    segs.unshift({ text: raw.trim().replace(/^và\s+/u, ''), at: from + lead + (raw.trim().startsWith('và ') ? 3 : 0) });
    if (comma < 0) break;
    end = comma;
  }
  return segs;
}

/** Units of an abbreviation: a capital plus the lower-case letters after it (ThS → Th, S). */
export function abbreviationUnits(abbr: string): string[] {
  return [...abbr.replace(/[.&\-\s,]/g, '').matchAll(/\p{Lu}[\p{Ll}]*/gu)].map((m) => m[0]);
}

const SKIPPABLE = new Set(['và', 'của', 'các', '-', '–', '&', 'với']);

function unitMatches(unit: string, word: string): boolean {
  const u = foldMarks(unit.toLowerCase());
  const w = foldMarks(word.toLowerCase());
  if (u === 'w') return w.startsWith('u'); // TW: W stands for Ư in "Trung ương"
  if (w[0] !== u[0]) return false;
  // the unit's letters appear in order at the start of the word (Qy ~ Quy, Th ~ Thạc)
  let j = 1;
  for (let i = 1; i < w.length && j < u.length; i++) if (w[i] === u[j]) j++;
  return j === u.length;
}

/**
 * The shortest tail of `text` (abbr-first: its head) whose words' initials spell the
 * abbreviation, skipping và/của/-/&. Null when they do not.
 */
export function alignFull(abbr: string, text: string, fromStart = false): { text: string; at: number } | null {
  const units = abbreviationUnits(abbr);
  if (units.length === 0) return null;
  const words = [...text.matchAll(/[\p{L}\p{M}]+|[-–&]/gu)].map((m) => ({ w: m[0], at: m.index! }));
  if (fromStart) {
    let ui = 0;
    let wi = 0;
    while (ui < units.length && wi < words.length) {
      if (unitMatches(units[ui], words[wi].w)) ui++;
      else if (!SKIPPABLE.has(words[wi].w.toLowerCase())) return null;
      wi++;
    }
    if (ui < units.length) return null;
    const end = words[wi - 1].at + words[wi - 1].w.length;
    return { text: text.slice(0, end), at: 0 };
  }
  let ui = units.length - 1;
  let wi = words.length - 1;
  while (ui >= 0 && wi >= 0) {
    if (unitMatches(units[ui], words[wi].w)) ui--;
    else if (!SKIPPABLE.has(words[wi].w.toLowerCase()) || ui === units.length - 1) return null;
    wi--;
  }
  if (ui >= 0) return null;
  const at = words[wi + 1].at;
  return { text: text.slice(at).replace(new RegExp(`${HIDDEN_CHAR}+$`, 'u'), ''), at };
}
