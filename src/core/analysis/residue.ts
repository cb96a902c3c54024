/** Web-page residue lines (data: src/data/residue.json). */
import residue from '../../data/residue.json';

const phrases = new Set(residue.lines.map((l) => l.toLocaleLowerCase('vi')));
const patterns = residue.patterns.map((p) => new RegExp(p, 'iu'));

export function isResidueLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200) return false;
  const bare = t.replace(/\s*(?::|\(\d+\)|\d+|»|›|>+|→)\s*$/u, '').toLocaleLowerCase('vi');
  return phrases.has(bare) || patterns.some((p) => p.test(t));
}
