/**
 * Words of the prose (letters and combining marks), with their source ranges and their
 * NFC form: rules that read Vietnamese letters analyse `nfc` and report on the source range.
 */
import type { Article, Block } from '../article';
import { parseSyllable, ParseResult } from '../text/syllable';

export interface Word {
  /** As written (possibly decomposed). */
  text: string;
  /** NFC form. */
  nfc: string;
  /** NFC, lower case. */
  lower: string;
  /** The first letter is a capital. */
  capital: boolean;
  start: number;
  end: number;
  block: Block;
  /** Its lower-case syllable analysis, computed once for every rule (see `syllableOf`). */
  parsed?: ParseResult;
}

/** The word's syllable analysis (lower case, NFC), shared by the rules that read syllables. */
export function syllableOf(w: Word): ParseResult {
  return (w.parsed ??= parseSyllable(w.lower));
}

const WORD = /[\p{L}\p{M}]+/gu;
const COMBINING = /[\u0300-\u036f]/;

export function wordsOf(article: Article): Word[] {
  return article.analysis('words', () => {
    const out: Word[] = [];
    for (const block of article.blocks) {
      if (block.kind === 'residue' || block.kind === 'dateline') continue;
      const text = article.mask.slice(block.start, block.end);
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORD.exec(text))) {
        const w = m[0];
        const nfc = COMBINING.test(w) ? w.normalize('NFC') : w;
        const lower = nfc.toLowerCase();
        const start = block.start + m.index;
        out.push({ text: w, nfc, lower, capital: nfc.charCodeAt(0) !== lower.charCodeAt(0), start, end: start + w.length, block });
      }
    }
    return out;
  });
}

/** Capitalised (first letter upper case, not all capitals). */
export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}
