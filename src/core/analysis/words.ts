/**
 * Words of the prose (letters and combining marks), with their source ranges and their
 * NFC form: rules that read Vietnamese letters analyse `nfc` and report on the source range.
 */
import type { Article, Block } from '../article';

export interface Word {
  /** As written (possibly decomposed). */
  text: string;
  /** NFC form. */
  nfc: string;
  start: number;
  end: number;
  block: Block;
}

const WORD = /[\p{L}\p{M}]+/gu;
const COMBINING = /[\u0300-\u036f]/;

export function wordsOf(article: Article): Word[] {
  return article.analysis('words', () => {
    const out: Word[] = [];
    for (const block of article.blocks) {
      if (block.kind === 'residue' || block.kind === 'dateline') continue;
      const text = article.mask.slice(block.start, block.end);
      for (const m of text.matchAll(WORD)) {
        const w = m[0];
        out.push({ text: w, nfc: COMBINING.test(w) ? w.normalize('NFC') : w, start: block.start + m.index!, end: block.start + m.index! + w.length, block });
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
