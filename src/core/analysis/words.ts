/**
 * Words of the prose (letters and combining marks), with their source ranges and their
 * NFC form: rules that read Vietnamese letters analyse `nfc` and report on the source range.
 */
import type { Article, Block } from '../article';
import { parseSyllable, ParseResult, wordHash } from '../text/syllable';
import { isLowerable, isWordUnit } from '../text/chars';

export interface Word {
  /** As written (possibly decomposed). */
  text: string;
  /** NFC form. */
  nfc: string;
  /** NFC, lower case. */
  lower: string;
  /** The first letter is a capital. */
  capital: boolean;
  /** Only ASCII letters: no tone or vowel mark, not đ. */
  ascii: boolean;
  start: number;
  end: number;
  block: Block;
  /** `wordHash(lower)`, computed during the scan. */
  hash: number;
  /** Its lower-case syllable analysis, computed once for every rule (see `syllableOf`). */
  parsed?: ParseResult;
}

/** The word's syllable analysis (lower case, NFC), shared by the rules that read syllables. */
export function syllableOf(w: Word): ParseResult {
  return (w.parsed ??= parseSyllable(w.lower, w.hash));
}

const ASTRAL_WORD_CHAR = /^[\p{L}\p{M}]$/u;

/** Length in code units of the letter or mark at `i` (0 if none). */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return ASTRAL_WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return isWordUnit(c) ? 1 : 0;
}

/** The words of the prose: of every block but residue and the dateline, block by block. */
export function wordsOf(article: Article): Word[] {
  return article.analysis('words', () => {
    const out: Word[] = [];
    for (const block of article.blocks) if (block.kind !== 'residue' && block.kind !== 'dateline') for (const w of blockWords(article, block)) out.push(w);
    return out;
  });
}

/** The words of one block, scanned once (when first asked for) and shared by every rule that reads them. */
export function blockWords(article: Article, block: Block): Word[] {
  const memo = article.analysis('block-words', () => new Map<Block, Word[]>());
  let words = memo.get(block);
  if (!words) memo.set(block, (words = scanWords(article.mask, block)));
  return words;
}

function scanWords(mask: string, block: Block): Word[] {
  const out: Word[] = [];
  let i = block.start;
  while (i < block.end) {
    let n = wordCharAt(mask, i);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    let cased = false; // has a capital or an astral letter: lower-case it (most words need not)
    let ascii = true;
    let combining = false;
    let hash = 0x811c9dc5; // wordHash of the text as written: right when it is already lower-case NFC
    do {
      const c = mask.charCodeAt(i);
      hash = Math.imul(hash ^ c, 0x01000193);
      if (c >= 0x80) {
        ascii = false;
        cased ||= n === 2 || isLowerable(c);
        combining ||= c >= 0x300 && c <= 0x36f;
      } else cased ||= c <= 0x5a;
      i += n;
    } while (i < block.end && (n = wordCharAt(mask, i)));
    const w = mask.slice(start, i);
    const nfc = combining ? w.normalize('NFC') : w;
    const lower = cased ? nfc.toLowerCase() : nfc;
    out.push({
      text: w,
      nfc,
      lower,
      capital: nfc.charCodeAt(0) !== lower.charCodeAt(0),
      ascii,
      start,
      end: i,
      block,
      hash: cased || combining ? wordHash(lower) : hash >>> 0,
      parsed: undefined,
    });
  }
  return out;
}

/** The words of each block in turn (`wordsOf` gives them block by block). */
export function* byBlock(words: Word[]): Generator<Word[]> {
  for (let from = 0, to = 0; from < words.length; from = to) {
    while (to < words.length && words[to].block === words[from].block) to++;
    yield words.slice(from, to);
  }
}

/**
 * A set of lower-case words that turns most other words away without hashing them: a bit per
 * (length, first and last letter) is tested before the set itself.
 */
export class WordSet {
  private readonly bits = new Uint8Array(8192);
  private readonly words: Set<string>;
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) if (w) this.bits[slot(w)] = 1;
  }
  has(word: string): boolean {
    return word.length > 0 && this.bits[slot(word)] === 1 && this.words.has(word);
  }
}
const slot = (w: string) => (w.charCodeAt(0) * 31 + w.charCodeAt(w.length - 1) * 7 + w.length) & 8191;

/** `lower` (a lower-case form of `w`, as long) with the capitals of `w` put back. */
export function withCaseOf(w: Word, lower: string): string {
  if (w.nfc === w.lower) return lower;
  let out = '';
  for (let i = 0; i < lower.length; i++) out += w.nfc[i] !== w.lower[i] ? lower[i].toUpperCase() : lower[i];
  return out;
}
