/**
 * Mutations of an article: what editing, pasting, crawling and hostile users do to text.
 * Each takes the text and a generator and returns the mutated text.
 */
import { Random } from './random';

/** Characters and fragments that stress the engine: marks, spaces, quotes, markup, line breaks. */
const FRAGMENTS = [
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u0301',
  '\u0323',
  '\u0302',
  '\u0340',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '...',
  '…',
  ';',
  ':',
  '!',
  '?',
  '-',
  ' - ',
  '–',
  '—',
  '/',
  '>',
  '> ',
  '>> ',
  '#',
  '## ',
  '*',
  '**',
  '_',
  '`',
  '```\n',
  '~~~\n',
  '<!--',
  '-->',
  '<b>',
  '</b>',
  '<!-- vnstyle-disable -->',
  '<!-- vnstyle-enable -->',
  '<!-- vnstyle-disable-line whitespace -->',
  '[a](http://x.vn)',
  '![ảnh](a.png)',
  'http://x.vn/tie\u0302\u0301ng',
  'www.baomoi.com',
  'a.b@c.vn',
  'nguye\u0302\u0303n@ba\u0301o.vn',
  '---\n',
  '|',
  '\\',
  '&amp;',
  '&',
  '@',
  '%',
  '$',
  'UBND',
  'HTX',
  'CB, ĐV',
  '(HTX)',
  'TP.HCM',
  'Q.1',
  'H(',
  '(H)',
  '17/7/2017',
  '18-7-2017',
  '7h30',
  '7:30',
  '2016 -2020',
  '1.000',
  '3,5%',
  'của của',
  'đã đã đã',
  'hòa',
  'hoà',
  'thủy',
  'thuỷ',
  'Ủy ban',
  'Uỷ ban',
  'nướс',
  'ĐẢNG',
  'Chia sẻ bài viết',
  'Xem thêm: Bài khác',
  'BÌNH LUẬN',
  '\ufeff',
  '\u202e',
  '\u001b[31m',
  '\u0000',
  '\u0007',
  '\ud83d\ude00',
  '\ud800',
];

export type Mutator = (text: string, r: Random) => string;

const at = (text: string, r: Random) => r.int(text.length + 1);
const span = (text: string, r: Random): [number, number] => {
  const s = at(text, r);
  return [s, Math.min(text.length, s + 1 + r.int(40))];
};
const lineSpans = (text: string) => {
  const out: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push([s, Math.min(text.length, i + 1)]);
      s = i + 1;
    }
  }
  return out;
};

export const MUTATORS: Record<string, Mutator> = {
  insert: (t, r) => {
    const p = at(t, r);
    return t.slice(0, p) + r.pick(FRAGMENTS) + t.slice(p);
  },
  insertMany: (t, r) => {
    let out = t;
    for (let k = 0; k < 1 + r.int(8); k++) {
      const p = at(out, r);
      out = out.slice(0, p) + r.pick(FRAGMENTS) + out.slice(p);
    }
    return out;
  },
  remove: (t, r) => {
    const [s, e] = span(t, r);
    return t.slice(0, s) + t.slice(e);
  },
  duplicate: (t, r) => {
    const [s, e] = span(t, r);
    return t.slice(0, e) + t.slice(s, e).repeat(1 + r.int(3)) + t.slice(e);
  },
  repeatFragment: (t, r) => {
    const p = at(t, r);
    return t.slice(0, p) + r.pick(FRAGMENTS).repeat(2 + r.int(30)) + t.slice(p);
  },
  nfd: (t, r) => {
    const [s, e] = r.chance(0.3) ? [0, t.length] : span(t, r);
    return t.slice(0, s) + t.slice(s, e).normalize('NFD') + t.slice(e);
  },
  upper: (t, r) => {
    const [s, e] = span(t, r);
    return t.slice(0, s) + t.slice(s, e).toUpperCase() + t.slice(e);
  },
  lower: (t, r) => {
    const [s, e] = span(t, r);
    return t.slice(0, s) + t.slice(s, e).toLowerCase() + t.slice(e);
  },
  swapLines: (t, r) => {
    const lines = lineSpans(t).map(([s, e]) => t.slice(s, e));
    if (lines.length < 2) return t;
    const i = r.int(lines.length);
    const j = r.int(lines.length);
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join('');
  },
  joinLines: (t, r) => {
    const lines = lineSpans(t);
    if (lines.length < 2) return t;
    const [, e] = lines[r.int(lines.length - 1)];
    return t.slice(0, e - 1) + (r.chance(0.5) ? ' ' : '') + t.slice(e);
  },
  oneLine: (t) => t.replace(/\s*\n\s*/g, ' '),
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  wrapLine: (t, r) => {
    const lines = lineSpans(t);
    const [s, e] = r.pick(lines);
    const wrap = r.pick([
      ['```\n', '\n```\n'],
      ['<!-- ', ' -->'],
      ['> ', ''],
      ['- ', ''],
      ['**', '**'],
      ['`', '`'],
      ['<div>\n', '\n</div>\n'],
      ['    ', ''],
      ['[', '](http://x.vn)'],
    ]);
    const line = t.slice(s, e).replace(/\n$/, '');
    return t.slice(0, s) + wrap[0] + line + wrap[1] + (t.slice(s, e).endsWith('\n') ? '\n' : '') + t.slice(e);
  },
  truncate: (t, r) => t.slice(0, at(t, r)),
  splice: (t, r) => {
    const [s, e] = span(t, r);
    const p = at(t, r);
    return t.slice(0, p) + t.slice(s, e) + t.slice(p);
  },
};

const NAMES = Object.keys(MUTATORS);

/** One to four mutations in a row; returns the text and their names. */
export function mutate(text: string, r: Random): { text: string; applied: string[] } {
  let out = text;
  const applied: string[] = [];
  for (let k = 0; k < 1 + r.int(4); k++) {
    const name = r.pick(NAMES);
    out = MUTATORS[name](out, r);
    applied.push(name);
  }
  return { text: out, applied };
}
