/**
 * The article model: one parse of the text into its parts, with exact ranges, and a
 * prose mask (same length as the text) in which everything that is not prose is
 * blanked, so rules scan prose only and their offsets stay those of the source.
 *
 * Order matters (RULES.md "How an article is read"): residue first, then the byline,
 * then the dateline; the title is the first line (or `# heading` / front matter).
 */
import type { Format, Span } from './types';
import { LineIndex } from './text/line-index';
import { parseFrontMatter, FrontMatter } from './front-matter';
import { parseMarkdown } from './markdown';
import { parseDirectiveLine, Directive } from './directives';
import { parseDateline, Dateline } from './analysis/dateline';
import { isResidueLine } from './analysis/residue';
import { looksLikeByline } from './analysis/byline';
import { maskUrls } from './analysis/urls';
import { HIDDEN_CHAR as HIDDEN } from './analysis/hidden';

export { HIDDEN };

export type BlockKind = 'title' | 'dateline' | 'lead' | 'paragraph' | 'heading' | 'caption' | 'byline' | 'residue';

export interface Block extends Span {
  kind: BlockKind;
  /** 0-based line of `start`. */
  line: number;
  /** Blank lines between this block and the previous one (or the top). */
  gapBefore: number;
  /** Markdown heading level; 0 otherwise. */
  level: number;
  /** Inside a Markdown list item or block quote. */
  nested: boolean;
}

export interface ParseOptions {
  format: Format;
}

export class Article {
  readonly lines: LineIndex;
  readonly mask: string;
  readonly blocks: Block[];
  readonly frontMatter: FrontMatter | null;
  readonly directives: Directive[];
  /** The parsed dateline (timestamp line or front matter `date`), when there is one. */
  readonly dateline: Dateline | null;
  /** Spans where the title, byline and date come from front matter values. */
  readonly titleSpan: Span | null;
  readonly bylineSpan: Span | null;
  private readonly memo = new Map<string, unknown>();
  /** Markdown: the source ranges that are prose (sorted); null in plain text (every block is). */
  private proseRanges: Array<[number, number]> | null = null;

  constructor(
    readonly text: string,
    readonly format: Format,
  ) {
    this.lines = new LineIndex(text);
    this.frontMatter = format === 'markdown' ? parseFrontMatter(text) : null;
    const { mask, blocks, directives } = format === 'markdown' ? this.readMarkdown() : this.readPlain();
    this.mask = mask;
    this.directives = directives;
    this.blocks = blocks;
    classify(this, blocks);
    const fm = this.frontMatter?.fields;
    const fmTitle = fm?.get('title');
    const fmAuthor = fm?.get('author');
    this.titleSpan = fmTitle ? { start: fmTitle.start, end: fmTitle.end } : (blocks.find((b) => b.kind === 'title') ?? null);
    this.bylineSpan = fmAuthor ? { start: fmAuthor.start, end: fmAuthor.end } : (blocks.find((b) => b.kind === 'byline') ?? null);
    const datelineBlock = blocks.find((b) => b.kind === 'dateline');
    const fmDate = fm?.get('date');
    this.dateline = datelineBlock
      ? parseDateline(this.mask, datelineBlock.start, datelineBlock.end, false)
      : fmDate
        ? parseDateline(this.text, fmDate.start, fmDate.end, true)
        : null;
  }

  get title(): Block | undefined {
    return this.blocks.find((b) => b.kind === 'title');
  }
  get byline(): Block | undefined {
    return this.blocks.find((b) => b.kind === 'byline');
  }
  get lead(): Block | undefined {
    return this.blocks.find((b) => b.kind === 'lead');
  }
  get residue(): Block[] {
    return this.blocks.filter((b) => b.kind === 'residue');
  }
  /** Blocks whose text is running prose: lead, paragraphs, headings, captions, title. */
  get prose(): Block[] {
    return this.blocks.filter((b) => b.kind !== 'residue' && b.kind !== 'dateline' && b.kind !== 'byline');
  }

  /** Text of a span as the mask shows it. */
  maskText(span: Span): string {
    return this.mask.slice(span.start, span.end);
  }

  /** The block holding an offset, if any. */
  blockAt(offset: number): Block | undefined {
    const bs = this.blocks;
    let lo = 0;
    let hi = bs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (bs[mid].end < offset) lo = mid + 1;
      else if (bs[mid].start > offset) hi = mid - 1;
      else return bs[mid];
    }
    return undefined;
  }

  /** True when `offset` lies in the dateline (which only `dateline-format` reads). */
  inDateline(offset: number): boolean {
    const d = this.dateline;
    return !!d && !d.fromFrontMatter && offset >= d.start && offset < d.end;
  }

  /** True when the character at `offset` is prose (not Markdown markup, padding, code or front matter). */
  isProse(offset: number): boolean {
    const r = this.proseRanges;
    if (!r) return this.blockAt(offset) !== undefined;
    let lo = 0;
    let hi = r.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (r[mid][1] <= offset) lo = mid + 1;
      else if (r[mid][0] > offset) hi = mid - 1;
      else return true;
    }
    return false;
  }

  /** A shared analysis computed once per article (abbreviations, dates, sentences…). */
  analysis<T>(key: string, compute: (article: Article) => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute(this));
    return this.memo.get(key) as T;
  }

  private readPlain(): { mask: string; blocks: Block[]; directives: Directive[] } {
    const { text, lines } = this;
    const blocks: Block[] = [];
    const directives: Directive[] = [];
    const hidden: Array<[number, number, string]> = [];
    let gap = 0;
    for (let l = 0; l < lines.lineCount; l++) {
      const ls = lines.starts[l];
      const le = lines.ends[l];
      const lineText = text.slice(ls, le);
      const directive = parseDirectiveLine(lineText, ls, l);
      if (directive) {
        directives.push(directive);
        hidden.push([ls, le, ' ']);
        continue;
      }
      const trimmedStart = lineText.length - lineText.trimStart().length;
      const content = lineText.trim();
      if (!content) {
        gap++;
        continue;
      }
      const start = ls + trimmedStart;
      blocks.push({ kind: 'paragraph', start, end: start + content.length, line: l, gapBefore: gap, level: 0, nested: false });
      gap = 0;
    }
    const mask = maskUrls(applyHidden(text, hidden));
    return { mask, blocks, directives };
  }

  private readMarkdown(): { mask: string; blocks: Block[]; directives: Directive[] } {
    const { text, lines } = this;
    const fm = this.frontMatter;
    const source = fm ? blank(text, 0, fm.end) + text.slice(fm.end) : text;
    const directives: Directive[] = [];
    for (let l = 0; l < lines.lineCount; l++) {
      const d = parseDirectiveLine(lines.lineText(l), lines.starts[l], l);
      if (d) directives.push(d);
    }
    const md = parseMarkdown(source, lines);
    this.proseRanges = [...md.prose].sort((a, b) => a[0] - b[0]);
    // Mask: prose ranges copied, hidden ranges filled, the rest blank (line breaks kept).
    const keep: Array<[number, number]> = [...md.prose];
    if (fm) {
      for (const key of ['title', 'author']) {
        const v = fm.fields.get(key);
        if (v) keep.push([v.start, v.end]);
      }
    }
    keep.sort((a, b) => a[0] - b[0]);
    let mask = '';
    let at = 0;
    for (const [s, e] of keep) {
      if (s > at) mask += blank(text, at, s);
      if (e > at) {
        mask += text.slice(Math.max(s, at), e);
        at = e;
      }
    }
    mask += blank(text, at, text.length);
    mask = maskUrls(applyHidden(mask, md.hidden.map(([s, e]) => [s, e, HIDDEN] as [number, number, string])));

    const blocks: Block[] = [];
    let prevLine = fm ? lines.lineAt(fm.end) : -1;
    for (const b of md.blocks) {
      const line = lines.lineAt(b.start);
      let gap = 0;
      for (let l = prevLine + 1; l < b.lines[0]; l++) if (!lines.lineText(l).trim()) gap++;
      prevLine = b.lines[1] - 1;
      blocks.push({ kind: b.kind, start: b.start, end: b.end, line, gapBefore: gap, level: b.level, nested: b.nested });
    }
    return { mask, blocks, directives };
  }
}

/** Same text with every character but line breaks turned into spaces. */
function blank(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[^\r\n]/g, ' ');
}

function applyHidden(text: string, ranges: Array<[number, number, string]>): string {
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e, fill] of ranges) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += text.slice(at, from) + text.slice(from, e).replace(/[^\r\n]/g, fill);
    at = e;
  }
  return out + text.slice(at);
}

/** Give each block its role. Residue first, then byline, dateline, title, lead, headings, captions. */
function classify(article: Article, blocks: Block[]): void {
  if (!blocks.length) return;
  const textOf = (b: Block) => article.maskText(b).split(HIDDEN).join('').trim();
  const fm = article.frontMatter?.fields;

  // Title: front matter title, else the first block (Markdown: only a level-1 heading).
  let first = 0;
  if (!fm?.get('title')) {
    const b = blocks[0];
    if (article.format === 'text' || (b.kind === 'heading' && b.level === 1)) {
      b.kind = 'title';
      first = 1;
    }
  }

  // Residue: the trailing run of residue lines; `>>` related-link lines anywhere.
  let last = blocks.length - 1;
  while (last >= first && !blocks[last].nested && isResidueLine(textOf(blocks[last]))) {
    blocks[last].kind = 'residue';
    last--;
  }
  for (let i = first; i <= last; i++) if (/^>>/.test(textOf(blocks[i]))) blocks[i].kind = 'residue';
  while (last >= first && blocks[last].kind === 'residue') last--;

  // Byline: the last non-residue block, when it reads as one. Crawled pages often put the
  // lead after the byline, set off by two or more blank lines: look past that block too.
  if (!fm?.get('author') && last >= first) {
    const candidate = blocks[last];
    if (candidate.kind !== 'heading' && looksLikeByline(textOf(candidate))) candidate.kind = 'byline';
    else if (candidate.gapBefore >= 2 && last - 1 >= first && blocks[last - 1].kind === 'paragraph' && looksLikeByline(textOf(blocks[last - 1]))) {
      blocks[last - 1].kind = 'byline';
    }
  }

  // Dateline: a timestamp line right under the title (first two blocks after it).
  if (!fm?.get('date')) {
    for (let i = first; i < Math.min(first + 2, blocks.length); i++) {
      const b = blocks[i];
      if (b.kind !== 'paragraph') continue;
      if (parseDateline(article.mask, b.start, b.end, false)) {
        b.kind = 'dateline';
        break;
      }
    }
  }

  // Captions, headings and the lead.
  let leadFound = false;
  for (let i = first; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') continue;
    const t = textOf(b);
    if (isCaption(t)) b.kind = 'caption';
    else if (article.format === 'text' && looksLikeHeading(t) && i + 1 < blocks.length && blocks[i + 1].kind !== 'residue' && blocks[i + 1].kind !== 'byline') b.kind = 'heading';
    else if (!leadFound) {
      b.kind = 'lead';
      leadFound = true;
    }
    if (b.kind === 'lead') leadFound = true;
  }
}

const CAPTION = /^\(?(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Video|Clip|Đồ họa|Đồ hoạ|Infographic)\s*[:.)-]|(?:^|[\s(–-])(?:Ảnh|Nguồn)\s*:\s*[^.!?]{1,60}\)?\.?$|\((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh:[^)]*)\)\.?$|^Ảnh minh h[oọ]ạ?\.?$/u;

/** A photo caption: "Ảnh: …", "… (Ảnh: TTXVN)", "… - Ảnh: Nguyên Bảo". */
export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}

/** A short line without final punctuation, capital first: a subheading of a plain-text article. */
function looksLikeHeading(text: string): boolean {
  if (text.length > 120 || /[.,;:!?…"”'’)]$/.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words <= 16 && /^[\p{Lu}\d“"]/u.test(text) && /[\p{L}\d]/u.test(text); // a lone “ is a paragraph's broken-off quote
}
