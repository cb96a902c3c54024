/**
 * Adversarial inputs: each builds an article of about `n` characters whose cost must grow
 * linearly with `n` (the growth test times or meters each at four sizes). Every pattern an
 * issue ever named stays here, with the engine entry point it stresses.
 */
import type { Format } from '../src/core/types';

export interface Pattern {
  name: string;
  format: Format;
  /** 'lint' (default), 'fix' (applyFixes to a fixpoint) or 'report' (lint, position, anchor and format every finding). */
  mode?: 'lint' | 'fix' | 'report';
  make(n: number): string;
}

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

export const PATTERNS: Pattern[] = [
  // Named in issue 10.
  { name: 'spaces inside a line', format: 'text', make: (n) => `Tít bài\n\nMột${' '.repeat(n)}hai.\n` },
  { name: '(H) repeated', format: 'text', make: (n) => `Tít bài\n\nCó ${repeat('(H)', n)}.\n` },
  { name: 'capitals before a parenthesis', format: 'text', make: (n) => `Tít bài\n\nCó ${repeat('HA(', n)}.\n` },
  { name: 'one run of capitals, then (', format: 'text', make: (n) => `Tít bài\n\nCó ${'H'.repeat(n)}(Hội).\n` },
  { name: 'long word then an NFD letter', format: 'text', make: (n) => `Tít bài\n\nCó ${'a'.repeat(n)}e\u0301 và.\n` },
  { name: 'spaces in a front-matter value', format: 'markdown', make: (n) => `---\ntitle: a${' '.repeat(n)}b\n---\n\n# Tít\n\nNội dung.\n` },
  { name: 'one-character lines', format: 'text', make: (n) => `Tít bài\n\n${repeat('a\n', n)}` },
  { name: 'one-character paragraphs (Markdown)', format: 'markdown', make: (n) => `# Tít bài\n\n${repeat('a\n\n', n)}` },
  { name: 'many fixes (applyFixes)', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\n${repeat('mưa ,nắng ', n)}\n` },
  { name: 'many fixes over many lines (applyFixes)', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\n${repeat('Mưa ,nắng.\n', n)}` },
  { name: 'dates in one paragraph', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\nNgày 17/7/2017 và ${repeat('18-7-2017, ', n)}.\n` },
  { name: 'NFD letters in one paragraph', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\n${repeat('Vie\u0323\u0302t ', n)}.\n` },
  { name: 'findings reported (anchors, stylish)', format: 'text', mode: 'report', make: (n) => `Tít bài\n\n${repeat('Các HTX họp , bàn.\n', n)}` },
  { name: 'repeated word run', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\nNăng lực ${repeat('của ', n)}tổ chức.\n` },
  // From the benchmark and our own.
  { name: 'brackets ((((', format: 'text', make: (n) => `Tít\n\n${'('.repeat(n / 2)}${')'.repeat(n / 2)}` },
  { name: 'capitals ABC ABC', format: 'text', make: (n) => `Tít\n\n${repeat('ABC ', n)}` },
  { name: 'digits 1/1/1/1', format: 'text', make: (n) => `Tít\n\n${repeat('1/', n)}` },
  { name: 'dots ....', format: 'text', make: (n) => `Tít\n\n${'.'.repeat(n)}` },
  { name: 'one long word', format: 'text', make: (n) => `Tít\n\n${'a'.repeat(n)}` },
  { name: 'markdown ***[`', format: 'markdown', make: (n) => `# Tít\n\n${repeat('*[`', n)}` },
  { name: 'tabs and spaces', format: 'text', make: (n) => `Tít bài\n\nMột${repeat(' \t', n)}hai.\n` },
  { name: 'trailing spaces on every line', format: 'markdown', make: (n) => `# Tít\n\n${repeat('Dòng   \n', n)}` },
  { name: 'no-break spaces', format: 'text', make: (n) => `Tít bài\n\nMột${'\u00a0'.repeat(n)}hai.\n` },
  { name: 'quotes “ “ “', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\n${repeat('Ông nói "a" và “b ', n)}\n` },
  { name: 'commas ,,,,', format: 'text', make: (n) => `Tít bài\n\nMưa${','.repeat(n)}nắng.\n` },
  { name: 'URL-like run', format: 'text', make: (n) => `Tít bài\n\nXem www.${'a.'.repeat(n / 2)}vn và a@${'b.'.repeat(n / 2)}vn.\n` },
  { name: 'e-mail local part run', format: 'text', make: (n) => `Tít bài\n\nThư ${'a.'.repeat(n / 2)} hết.\n` },
  { name: 'HTML comments', format: 'markdown', make: (n) => `# Tít\n\n${repeat('<!-- x --> a ', n)}\n` },
  { name: 'backticks', format: 'markdown', make: (n) => `# Tít\n\nMột ${'`'.repeat(n)} hai.\n` },
  { name: 'residue lines', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\nNội dung bài.\n\nQuốc Hùng\n\n${repeat('Chia sẻ bài viết\n', n)}` },
  { name: 'times 7h7h7h', format: 'text', make: (n) => `Tít bài\n\nLúc ${repeat('7h30 ', n)}.\n` },
  { name: 'numbers 1.000.000', format: 'text', make: (n) => `Tít bài\n\nCó ${repeat('1.000', n)} đồng.\n` },
  { name: 'abbreviation definitions', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\n${repeat('Hợp tác xã (HTX) và UBND, ', n)}\n` },
  { name: 'capitalised words', format: 'text', make: (n) => `Tít bài\n\n${repeat('Hội Nghị Của Các Nhà ', n)}\n` },
  { name: 'tone marks old and new', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\n${repeat('hòa hoà thủy thuỷ ', n)}\n` },
  { name: 'dashes - - -', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\n${repeat('2016 -2020 - ', n)}\n` },
  { name: 'ellipses ...', format: 'text', mode: 'fix', make: (n) => `Tít bài\n\n${repeat('vâng... ', n)}\n` },
  { name: 'blank lines', format: 'text', make: (n) => `Tít bài\n\nMột.${'\n'.repeat(n)}Hai.\n` },
  { name: 'joined one-line article', format: 'text', make: (n) => repeat('Câu này khá dài để thành đoạn văn. ', n) },
  { name: 'list items (Markdown)', format: 'markdown', make: (n) => `# Tít\n\n${repeat('- mục a\n', n)}` },
  { name: 'block quotes (Markdown)', format: 'markdown', make: (n) => `# Tít\n\n${repeat('> a ” b\n', n)}` },
  { name: 'links (Markdown)', format: 'markdown', make: (n) => `# Tít\n\n${repeat('[a](http://x.vn) ', n)}\n` },
  { name: 'homoglyphs', format: 'text', make: (n) => `Tít bài\n\n${repeat('Nhà nướс ', n)}\n` },
  { name: 'legacy mojibake', format: 'text', make: (n) => `Tít bài\n\n${repeat('Ng\u00ad\u00eai d©n ', n)}\n` },
];

/** Four sizes, ×4 apart. */
export const FULL_SIZES = [25_000, 100_000, 400_000, 1_600_000];
