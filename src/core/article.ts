/**
 * The article model: one parse of the text into its parts, with exact ranges, and a
 * prose mask (same length as the text) in which everything that is not prose is
 * blanked, so rules scan prose only and their offsets stay those of the source.
 *
 * Lines are given their role by what they read as, not by position alone (RULES.md "How
 * an article is read"; the layouts real files come in): residue first, then the byline
 * (on its own line, split over lines, glued to a source credit or inline at the end of a
 * one-line article), then the dateline; the first line is the headline only when it reads
 * as one. A line that holds a whole article (paragraphs joined by single spaces) is cut
 * back into paragraph-sized pieces of whole sentences, so "first use", "lead" and "start
 * of a sentence" mean there what they mean elsewhere.
 */
import type { Format, Span } from './types';
import { LineIndex } from './text/line-index';
import { parseFrontMatter, FrontMatter } from './front-matter';
import { parseMarkdown } from './markdown';
import { parseDirectiveLine, Directive } from './directives';
import { parseDateline, Dateline } from './analysis/dateline';
import { isResidueLine } from './analysis/residue';
import { looksLikeByline, isBylineFragment, isOutletLine } from './analysis/byline';
import { maskUrls } from './analysis/urls';
import { HIDDEN_CHAR as HIDDEN } from './analysis/hidden';
import { isCaption } from './analysis/captions';
import { isJoinedBody, lastSentence, leadTagLength, looksLikeHeadline, splitJoined } from './analysis/layout';

export { HIDDEN, isCaption };

export type BlockKind = 'title' | 'dateline' | 'lead' | 'paragraph' | 'heading' | 'caption' | 'byline' | 'residue';

/**
 * How the article is laid out: a headline then paragraphs; no headline (the first line is the
 * lead or a caption); the whole article on one line; a headline (and sapo) with the body on one line.
 */
export type Layout = 'headline' | 'no-headline' | 'one-line' | 'headline-one-line-body';

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
  /** A piece of a line that held several paragraphs joined together (recovered, not written as a line). */
  joined: boolean;
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
  /** How the article is laid out (what its first line is, whether the body is on one line). */
  readonly layout: Layout;
  /** The outlet or place tag before the lead ("TTO - ", "(VnMedia) - "), dash and spaces included. */
  readonly leadTag: Span | null;
  /** Whole-line non-prose: front matter, Markdown code and HTML blocks (with the line breaks inside). */
  readonly opaque: Span[] = [];
  /**
   * The blocks in the order a reader meets them: as written, except a sapo that a crawler put at
   * the end (after the byline and two blank lines), which comes first, under the headline.
   */
  readonly readingOrder: Block[];
  private readonly memo = new Map<string, unknown>();
  /** Markdown: the source ranges that are prose (sorted); null in plain text (every block is). */
  private proseRanges: Array<[number, number]> | null = null;

  constructor(
    readonly text: string,
    readonly format: Format,
  ) {
    this.lines = new LineIndex(text);
    this.frontMatter = format === 'markdown' ? parseFrontMatter(text) : null;
    const read = format === 'markdown' ? this.readMarkdown() : this.readPlain();
    this.mask = read.mask;
    this.directives = read.directives;
    const roles = classify(this, read.blocks);
    this.blocks = roles.blocks;
    this.leadTag = roles.leadTag;
    this.readingOrder = roles.sapo
      ? [
          ...this.blocks.filter((b) => b.kind === 'title' || b.kind === 'dateline'),
          roles.sapo,
          ...this.blocks.filter((b) => b !== roles.sapo && b.kind !== 'title' && b.kind !== 'dateline'),
        ]
      : this.blocks;
    const fm = this.frontMatter?.fields;
    const fmTitle = fm?.get('title');
    const fmAuthor = fm?.get('author');
    const title = this.blocks.find((b) => b.kind === 'title');
    this.titleSpan = fmTitle ? { start: fmTitle.start, end: fmTitle.end } : title ? { start: title.start, end: title.end } : null;
    const bylines = this.blocks.filter((b) => b.kind === 'byline');
    this.bylineSpan = fmAuthor
      ? { start: fmAuthor.start, end: fmAuthor.end }
      : bylines.length
        ? { start: bylines[0].start, end: bylines[bylines.length - 1].end }
        : null;
    const joined = this.blocks.some((b) => b.joined);
    this.layout = this.titleSpan ? (joined ? 'headline-one-line-body' : 'headline') : joined ? 'one-line' : 'no-headline';
    const datelineBlock = this.blocks.find((b) => b.kind === 'dateline');
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

  /** Where an offset comes in reading order (see `readingOrder`): compare ranks, not offsets, for "first use". */
  readingRank(offset: number): number {
    const block = this.blockAt(offset);
    return (block ? this.readingOrder.indexOf(block) : this.readingOrder.length) * 2 ** 32 + offset;
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
      blocks.push({ kind: 'paragraph', start, end: start + content.length, line: l, gapBefore: gap, level: 0, nested: false, joined: false });
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
    if (fm) {
      // Front matter is data, but its title and author are read (and may be fixed) as prose.
      let at = 0;
      for (const v of ['title', 'author']
        .map((k) => fm.fields.get(k))
        .filter((v) => !!v)
        .sort((a, b) => a!.start - b!.start)) {
        if (v!.start > at) this.opaque.push({ start: at, end: v!.start });
        at = Math.max(at, v!.end);
      }
      if (fm.end > at) this.opaque.push({ start: at, end: fm.end });
    }
    for (const [start, end] of md.opaque) this.opaque.push({ start, end });
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
    mask = maskUrls(
      applyHidden(
        mask,
        md.hidden.map(([s, e]) => [s, e, HIDDEN] as [number, number, string]),
      ),
    );

    const blocks: Block[] = [];
    let prevLine = fm ? lines.lineAt(fm.end) : -1;
    for (const b of md.blocks) {
      const line = lines.lineAt(b.start);
      let gap = 0;
      for (let l = prevLine + 1; l < b.lines[0]; l++) if (!lines.lineText(l).trim()) gap++;
      prevLine = b.lines[1] - 1;
      blocks.push({ kind: b.kind, start: b.start, end: b.end, line, gapBefore: gap, level: b.level, nested: b.nested, joined: false });
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

interface Roles {
  blocks: Block[];
  leadTag: Span | null;
  /** A sapo put at the end by a crawler, after the byline. */
  sapo: Block | null;
}

/**
 * Give each block its role: the headline (only when the first line reads as one), joined
 * paragraphs cut back into pieces, residue, the byline, the dateline, captions, headings
 * and the lead.
 */
function classify(article: Article, input: Block[]): Roles {
  if (!input.length) return { blocks: input, leadTag: null, sapo: null };
  const textOf = (b: Block) => article.maskText(b).split(HIDDEN).join('').trim();
  const fm = article.frontMatter?.fields;
  const plain = article.format === 'text';

  let first = 0;
  if (!fm?.get('title')) {
    const b = input[0];
    if (plain ? input.length > 1 && looksLikeHeadline(textOf(b)) : b.kind === 'heading' && b.level === 1) {
      b.kind = 'title';
      first = 1;
    }
  }
  const blocks = splitJoinedBlocks(article, input, first);

  // Residue: the trailing run of residue lines; `>>` related-link lines anywhere.
  let last = blocks.length - 1;
  while (last >= first && !blocks[last].nested && !blocks[last].joined && isResidueLine(textOf(blocks[last]))) {
    blocks[last].kind = 'residue';
    last--;
  }
  for (let i = first; i <= last; i++) {
    const t = blocks[i].joined ? '' : textOf(blocks[i]);
    if (t.startsWith('>>') && t.length <= 200)
      blocks[i].kind = 'residue'; // not a whole article that begins with related links
    else if (RELATED.test(t)) i = relatedLinks(blocks, i, last, textOf);
  }
  while (last >= first && blocks[last].kind === 'residue') last--;

  // The byline, also when front matter names the author: the body line is still no sentence to check.
  const sapo = last >= first ? markByline(article, blocks, first, last, textOf) : null;

  // Dateline: a timestamp line right under the headline (or at the top), also when front matter has a date.
  for (let i = first; i < Math.min(first + 2, blocks.length); i++) {
    const b = blocks[i];
    if (b.kind === 'paragraph' && !b.joined && parseDateline(article.mask, b.start, b.end, false)) {
      b.kind = 'dateline';
      break;
    }
  }

  // Captions, headings and the lead.
  let lead: Block | null = sapo;
  for (let i = first; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') continue;
    const t = textOf(b);
    if (!b.joined && isCaption(t)) b.kind = 'caption';
    else if (plain && !b.joined && looksLikeHeading(t) && i + 1 < blocks.length && blocks[i + 1].kind !== 'residue' && blocks[i + 1].kind !== 'byline')
      b.kind = 'heading';
    else if (!lead) {
      b.kind = 'lead';
      lead = b;
    }
  }
  const tag = lead ? leadTagLength(article.mask.slice(lead.start, lead.end)) : 0;
  return { blocks, leadTag: lead && tag ? { start: lead.start, end: lead.start + tag } : null, sapo };
}

/** A related-links heading inside the article: "TIN LIÊN QUAN", "Xem thêm:". */
const RELATED = /^(?:tin liên quan|bài liên quan|xem thêm|đọc thêm|tin cùng chuyên mục|các tin khác|tin khác)\s*:?$/iu;

/** The heading and the link titles under it (short lines, no sentence end): residue. Returns the last index taken. */
function relatedLinks(blocks: Block[], at: number, last: number, textOf: (b: Block) => string): number {
  blocks[at].kind = 'residue';
  let i = at + 1;
  for (; i <= last && i - at <= 8; i++) {
    const t = textOf(blocks[i]);
    const sentence = /[!?:;,]$/u.test(t) || (t.endsWith('.') && !t.endsWith('...')); // a title cut short ends in "..." or "…"
    if (blocks[i].joined || blocks[i].kind !== 'paragraph' || t.length > 150 || sentence) break;
    blocks[i].kind = 'residue';
  }
  return i - 1;
}

/** Paragraphs joined on one line (the whole article, or the body under a headline and sapo) cut into pieces of whole sentences. */
function splitJoinedBlocks(article: Article, blocks: Block[], first: number): Block[] {
  let total = 0;
  for (let i = first; i < blocks.length; i++) total += blocks[i].end - blocks[i].start;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const text = i >= first && b.kind === 'paragraph' && !b.nested ? article.mask.slice(b.start, b.end) : '';
    if (!text || !isJoinedBody(text, (b.end - b.start) / total)) {
      out.push(b);
      continue;
    }
    for (const [s, e] of splitJoined(text)) out.push({ ...b, start: b.start + s, end: b.start + e, gapBefore: s === 0 ? b.gapBefore : 0, joined: true });
  }
  return out;
}

/**
 * The byline: the last sentence of a one-line article when it reads as one ("… trong năm nay.
 * Hoàng Anh Tuấn (TTXVN)"); else the last lines, one or split over several ("Hòa Lê" "(" "T/h"
 * ")"). Crawled pages often put the lead after the byline, set off by two or more blank lines:
 * look past that block too.
 */
function markByline(article: Article, blocks: Block[], first: number, last: number, textOf: (b: Block) => string): Block | null {
  const tail = blocks[last];
  if (tail.joined) {
    const text = article.mask.slice(tail.start, tail.end);
    const [s, e] = lastSentence(text) ?? [0, text.length];
    if (e - s > 70 || !looksLikeByline(text.slice(s, e))) return null;
    if (s === 0) tail.kind = 'byline';
    else {
      blocks.splice(last + 1, 0, { ...tail, kind: 'byline', start: tail.start + s, end: tail.start + e, gapBefore: 0 });
      tail.end = tail.start + text.slice(0, s).trimEnd().length;
    }
    return null;
  }
  for (const end of [last, last - 1]) {
    if (end < first || (end === last - 1 && !(tail.gapBefore >= 2 && blocks[end].kind === 'paragraph'))) return null;
    const from = bylineGroup(blocks, first, end, textOf);
    if (from !== null) {
      for (let k = from; k <= end; k++) blocks[k].kind = 'byline';
      if (end === last) return null;
      tail.kind = 'lead'; // the sapo the crawler put after the byline
      return tail;
    }
  }
  return null;
}

/**
 * The first of the last lines (up to four, ending at `end`) that together read as a byline; null
 * when none do. The very last line may name the outlet or the photographer under the author line.
 */
function bylineGroup(blocks: Block[], first: number, end: number, textOf: (b: Block) => string): number | null {
  let found: number | null = null;
  let joined = '';
  let outlet = false;
  for (let from = end; from >= Math.max(first, end - 3); from--) {
    const b = blocks[from];
    const t = textOf(b);
    if (b.kind !== 'paragraph' || t.length > 70 || (from < end && isCaption(t) && !t.endsWith(':'))) break; // "Nguồn ảnh:" / "Archdaily." is one credit
    if (!(looksLikeByline(t) || isBylineFragment(t))) {
      if (from !== end || !isOutletLine(t)) break;
      outlet = true; // "Sơn Tùng" / "Thể thao & Văn hóa": the outlet line joins only with an author line above
      continue;
    }
    joined = joined ? `${t} ${joined}` : t;
    if (looksLikeByline(joined)) found = from;
  }
  return outlet && found === end ? null : found;
}

/** A short line without final punctuation, capital first: a subheading of a plain-text article. */
function looksLikeHeading(text: string): boolean {
  if (text.length > 120 || /[.,;:!?…"”'’)]$/.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words <= 16 && /^[\p{Lu}\d“"]/u.test(text) && /[\p{L}\d]/u.test(text); // a lone “ is a paragraph's broken-off quote
}
