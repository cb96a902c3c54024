/**
 * Whether a double quotation mark opens or closes a quotation, read from where it stands rather
 * than from its glyph: writers and crawlers type “ ” " „ the wrong way round, and the straight
 * mark " has no direction at all. Shared by the quote and spacing rules so they never disagree.
 */
import type { Article } from '../article';
import { HIDDEN_CHAR } from './hidden';

export type QuoteRole = 'open' | 'close' | 'either';

/** Double quotation marks: curly, straight, and the low opening mark of German typography. */
export const DOUBLE_QUOTES = new Set(['“', '”', '"', '„']);

const OPEN_SIDE = /[\s([{«—–/-]/u;
const CLOSE_SIDE = /[\s)\]}».,;:!?…—–/-]/u;

/** open: a space (or line start) before and a word after; close: the reverse; either: both or neither. */
export function quoteRole(text: string, at: number): QuoteRole {
  const before = text[at - 1];
  const after = text[at + 1];
  const spaceBefore = before === undefined || before === HIDDEN_CHAR || OPEN_SIDE.test(before) || DOUBLE_QUOTES.has(before);
  const spaceAfter = after === undefined || after === HIDDEN_CHAR || CLOSE_SIDE.test(after) || DOUBLE_QUOTES.has(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

/** What the glyph itself says: “ and „ open, ” closes, " says nothing. */
export function glyphRole(ch: string): QuoteRole {
  return ch === '“' || ch === '„' ? 'open' : ch === '”' ? 'close' : 'either';
}

export interface QuoteMark {
  at: number;
  ch: string;
  /** Index of its block. */
  block: number;
  /** What it does here, read from its place and its partner. */
  role: 'open' | 'close';
  /** Typed the wrong way round for that role (”được”, „…“): the mark it should be. */
  fixed: '“' | '”' | null;
  /** No partner in the article. */
  unbalanced: boolean;
}

/**
 * Every double quotation mark of the article's prose with its role, balanced over the whole
 * article whatever the kinds (a pair typed “…" is a pair): a quotation may run over several
 * paragraphs and be reopened at the start of each; nested pairs stack; a title's or a caption's
 * quotation does not continue into the next block.
 */
export function analyseQuotes(article: Article): QuoteMark[] {
  return article.analysis('quotes', () => {
    const mask = article.mask;
    const marks: QuoteMark[] = [];
    article.blocks.forEach((block, index) => {
      if (block.kind === 'residue') return;
      for (let at = block.start; at < block.end; at++)
        if (DOUBLE_QUOTES.has(mask[at])) marks.push({ at, ch: mask[at], block: index, role: 'open', fixed: null, unbalanced: false });
    });
    const continues = (o: QuoteMark) => {
      const k = article.blocks[o.block].kind;
      return k === 'lead' || k === 'paragraph';
    };
    const startsBlock = (m: QuoteMark) => /^[\s“”"„]*$/u.test(mask.slice(article.blocks[m.block].start, m.at));
    let open: QuoteMark[] = [];
    marks.forEach((m, i) => {
      if (open.length && open[open.length - 1].block !== m.block) {
        for (const o of open) if (!continues(o)) o.unbalanced = true;
        open = open.filter(continues);
      }
      const place = quoteRole(mask, m.at);
      const glyph = glyphRole(m.ch);
      let role: 'open' | 'close' = place !== 'either' ? place : glyph !== 'either' ? glyph : open.length ? 'close' : 'open';
      // ” between spaces with nothing open, and the next mark of the paragraph closes: it opens ("cảm ” Tội … chơn”").
      const next = marks[i + 1];
      if (role === 'close' && place === 'either' && !open.length && next && next.block === m.block && quoteRole(mask, next.at) === 'close') role = 'open';
      m.role = role;
      const top = open[open.length - 1];
      if (role === 'open') {
        if (m.ch === '”' || m.ch === '„') m.fixed = '“';
        if (top && top.block < m.block && startsBlock(m))
          open[open.length - 1] = m; // the quotation continues, reopened
        else open.push(m);
      } else if (top) {
        if ((m.ch === '“' || m.ch === '„') && place === 'close') m.fixed = '”';
        open.pop();
      } else m.unbalanced = true;
    });
    for (const m of open) m.unbalanced = true;
    return marks;
  });
}
