/**
 * Where sentences start: the first letter of a block, and the first letter after
 * . ! ? … (NĐ 30 Phụ lục II.I) — but not after the dot of an abbreviation (TP., TS.,
 * v.v.), an initial (N. Hà) or inside a number (3.5).
 */
import type { Article } from '../article';
import { HIDDEN_CHAR } from './hidden';
import { DOTTED } from './layout';

const OPENERS = new Set([' ', '\u00a0', '\t', '“', '"', '‘', "'", '(', '[', '«', '*', '_', HIDDEN_CHAR]);

export function isSentenceStart(article: Article, offset: number): boolean {
  const block = article.blockAt(offset);
  if (!block) return false;
  const mask = article.mask;
  let i = offset - 1;
  while (i >= block.start && OPENERS.has(mask[i])) i--;
  if (i < block.start) return true;
  const tag = article.leadTag;
  if (tag && i < tag.end && offset >= tag.end) return true; // "TTO - Sáng nay": the lead starts after its tag
  const ch = mask[i];
  if (ch === '!' || ch === '?' || ch === '…') return true;
  if (ch === ':' && /[“"‘'«]/.test(mask.slice(i + 1, offset))) return true;
  if (ch === '.') {
    const before = mask.slice(Math.max(block.start, i - 8), i + 1);
    if (/\d\.$/.test(before) && /^\s*\d/.test(mask.slice(i + 1, offset + 1))) return false;
    return !DOTTED.test(before);
  }
  return false;
}
