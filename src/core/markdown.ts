/**
 * Markdown through markdown-it, with exact source ranges.
 *
 * markdown-it keeps line maps on block tokens but no character positions. We recover
 * them without re-implementing its grammar:
 *  - block rules are wrapped so the lines handed to `getLines` (the exact source slices
 *    that become an inline token's content) are recorded;
 *  - inline rules are wrapped so each token they push gets its [start, end) within that
 *    content (the rule's `state.pos` before and after).
 * Content positions then map to the normalised source (markdown-it turns \r\n into \n)
 * and from there to the original text by line.
 *
 * Output: prose blocks with their ranges, and the non-prose ranges (code, HTML, URLs,
 * markup) that the article's prose mask blanks.
 */
import MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;
type StateBlock = MarkdownIt.StateBlock;
type StateInline = MarkdownIt.StateInline;
import { LineIndex } from './text/line-index';

export interface MdBlock {
  kind: 'paragraph' | 'heading';
  /** Heading level (1–6) for headings. */
  level: number;
  /** First and last+1 source offsets of the block's inline content. */
  start: number;
  end: number;
  /** 0-based first line and last line + 1. */
  lines: [number, number];
  /** Inside a list item or a block quote. */
  nested: boolean;
}

export interface MdStructure {
  blocks: MdBlock[];
  /** Source ranges that are prose (inline content). Everything else is blanked. */
  prose: Array<[number, number]>;
  /** Ranges inside prose that are markup or non-prose (code spans, URLs, HTML…). */
  hidden: Array<[number, number]>;
  /** Whole lines of code blocks and HTML blocks (line breaks inside included): never edited. */
  opaque: Array<[number, number]>;
}

type Segment = { c: number; s: number; len: number }; // content offset c ↔ normalised source offset s

const positions = new WeakMap<Token, { start: number; end: number; labelEnd?: number; origContent?: string }>();
const segmentsOf = new WeakMap<Token, Segment[]>();
/** Emphasis and strikethrough delimiter tokens, per inline token's children array: they may be dropped from it later. */
const delimitersOf = new WeakMap<Token[], Token[]>();

/** Rules whose tokens we locate, with the token types each one produces. */
const LOCATED: Record<string, string[]> = {
  backticks: ['code_inline'],
  html_inline: ['html_inline'],
  autolink: ['link_open', 'text', 'link_close'],
  link: ['link_open', 'link_close'],
  image: ['image'],
  escape: ['text_special', 'hardbreak'],
  entity: ['text_special'],
  emphasis: ['text'],
  strikethrough: ['text'],
};

/** markdown-it's Ruler keeps its rules in `__rules__`; `at()` replaces one by name. */
function rulesOf(ruler: unknown): Array<{ name: string; fn: (...args: never[]) => unknown }> {
  return [...(ruler as { __rules__: Array<{ name: string; fn: (...args: never[]) => unknown }> }).__rules__];
}

function createParser(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  md.core.ruler.disable('text_join'); // keep escapes and entities as their own tokens

  for (const rule of rulesOf(md.inline.ruler)) {
    const types = LOCATED[rule.name];
    if (!types) continue;
    const original = rule.fn as (state: StateInline, silent: boolean) => boolean;
    const sequential = rule.name === 'emphasis' || rule.name === 'strikethrough';
    md.inline.ruler.at(rule.name, (state: StateInline, silent: boolean) => {
      const pos0 = state.pos;
      const before = state.tokens.length;
      const flushes = state.pending ? 1 : 0;
      const labelEnd = rule.name === 'link' ? state.md.helpers.parseLinkLabel(state, pos0, true) : undefined;
      const ok = original(state, silent);
      if (!ok || silent) return ok;
      let cursor = pos0;
      for (let i = before + flushes; i < state.tokens.length; i++) {
        const t = state.tokens[i];
        if (positions.has(t) || !types.includes(t.type)) continue;
        if (sequential) {
          positions.set(t, { start: cursor, end: cursor + t.content.length, origContent: t.content });
          cursor += t.content.length;
          const list = delimitersOf.get(state.tokens) ?? [];
          list.push(t);
          delimitersOf.set(state.tokens, list);
        } else {
          positions.set(t, { start: pos0, end: state.pos, labelEnd });
        }
      }
      return ok;
    });
  }

  for (const name of ['paragraph', 'heading', 'lheading', 'table']) {
    const rule = rulesOf(md.block.ruler).find((r) => r.name === name);
    if (!rule) continue;
    const original = rule.fn as (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
    md.block.ruler.at(name, (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
      const recorded: Segment[][] = [];
      const own = state as unknown as { getLines: StateBlock['getLines'] };
      const proto = Object.getPrototypeOf(state) as StateBlock;
      own.getLines = (begin: number, end: number, indent: number, keepLastLF: boolean) => {
        recorded.push(recordLines(state, begin, end, indent, keepLastLF));
        return proto.getLines.call(state, begin, end, indent, keepLastLF);
      };
      const before = state.tokens.length;
      let ok: boolean;
      try {
        ok = original(state, startLine, endLine, silent);
      } finally {
        delete (own as { getLines?: unknown }).getLines;
      }
      if (ok && !silent && recorded.length > 0) {
        let k = 0;
        for (let i = before; i < state.tokens.length; i++) {
          const t = state.tokens[i];
          if (t.type === 'inline' && k < recorded.length) segmentsOf.set(t, recorded[k++]);
        }
      }
      return ok;
    });
  }
  return md;
}

/** The source slices `getLines` concatenates, as segments (mirrors StateBlock.getLines). */
function recordLines(state: StateBlock, begin: number, end: number, indent: number, keepLastLF: boolean): Segment[] {
  const out: Segment[] = [];
  let c = 0;
  for (let line = begin; line < end; line++) {
    let lineIndent = 0;
    const lineStart = state.bMarks[line];
    let first = lineStart;
    const last = line + 1 < end || keepLastLF ? state.eMarks[line] + 1 : state.eMarks[line];
    while (first < last && lineIndent < indent) {
      const ch = state.src.charCodeAt(first);
      if (ch === 0x20 || ch === 0x09) {
        if (ch === 0x09) lineIndent += 4 - ((lineIndent + state.bsCount[line]) % 4);
        else lineIndent++;
      } else if (first - lineStart < state.tShift[line]) {
        lineIndent++;
      } else break;
      first++;
    }
    if (lineIndent > indent) return []; // tabs expanded into spaces: positions no longer 1:1
    out.push({ c, s: first, len: last - first });
    c += last - first;
  }
  return out;
}

let parser: MarkdownIt | undefined;

/**
 * Parse Markdown. `text` is the original text (front matter already blanked by the caller,
 * same length); `lines` its line index.
 */
export function parseMarkdown(text: string, lines: LineIndex): MdStructure {
  parser ??= createParser();
  const tokens = parser.parse(text, {});
  // Normalised source (what markdown-it saw): \r\n and \r became \n.
  const normStarts: number[] = [0];
  const norm = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) === 10) normStarts.push(i + 1);
  const toOrig = (n: number): number => {
    let lo = 0;
    let hi = normStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (normStarts[mid] <= n) lo = mid;
      else hi = mid - 1;
    }
    return lines.starts[lo] + (n - normStarts[lo]);
  };

  const blocks: MdBlock[] = [];
  const prose: Array<[number, number]> = [];
  const hidden: Array<[number, number]> = [];
  const lineCursor = new Map<number, number>();
  let depth = 0; // list / blockquote nesting
  let lastMap: [number, number] | null = null;
  let pendingHeading = 0;

  const opaque: Array<[number, number]> = [];
  for (const tok of tokens) {
    if ((tok.type === 'fence' || tok.type === 'code_block' || tok.type === 'html_block') && tok.map)
      opaque.push([lines.starts[tok.map[0]], lines.ends[Math.max(tok.map[0], tok.map[1] - 1)]]);
    if (tok.type === 'bullet_list_open' || tok.type === 'ordered_list_open' || tok.type === 'blockquote_open') depth++;
    if (tok.type === 'bullet_list_close' || tok.type === 'ordered_list_close' || tok.type === 'blockquote_close') depth--;
    if (tok.map) lastMap = tok.map as [number, number];
    if (tok.type === 'heading_open') pendingHeading = Number(tok.tag.slice(1));
    if (tok.type !== 'inline') continue;
    const level = pendingHeading;
    pendingHeading = 0;
    const map = (tok.map ?? lastMap) as [number, number] | null;
    if (!map) continue;
    const segs = locateContent(tok, norm, normStarts, map, lineCursor);
    if (!segs || tok.content.length === 0) continue;
    const c2s = (c: number): number => {
      // content offset → original offset (c may equal content length: an end)
      for (let i = segs.length - 1; i >= 0; i--) {
        const sg = segs[i];
        if (c >= sg.c) return toOrig(sg.s + Math.min(c - sg.c, sg.len));
      }
      return toOrig(segs[0].s);
    };
    for (const sg of segs) if (sg.len > 0) prose.push([toOrig(sg.s), toOrig(sg.s + sg.len)]);
    blocks.push({ kind: level ? 'heading' : 'paragraph', level, start: c2s(0), end: c2s(tok.content.length), lines: [map[0], map[1]], nested: depth > 0 });
    for (const child of tok.children ?? []) collectHidden(child, c2s, hidden);
    // Delimiters that became markup (em/strong/s) or were emptied into one.
    for (const d of (tok.children && delimitersOf.get(tok.children)) ?? []) {
      const p = positions.get(d)!;
      if (d.type !== 'text' || d.content !== p.origContent) hidden.push([c2s(p.start), c2s(p.end)]);
    }
  }
  return { blocks, prose, hidden, opaque };
}

/** Where the inline token's content lies in the normalised source. */
function locateContent(tok: Token, norm: string, normStarts: number[], map: [number, number], lineCursor: Map<number, number>): Segment[] | null {
  const recorded = segmentsOf.get(tok);
  if (recorded && recorded.length) {
    const raw = recorded.map((sg) => norm.slice(sg.s, sg.s + sg.len)).join('');
    const lead = raw.length - raw.replace(/^[ \t\n\r\f\v]+/, '').length;
    if (raw.slice(lead).replace(/[ \t\n\r\f\v]+$/, '') === tok.content) {
      // Shift segments by the trimmed lead so content offset 0 is the first kept char.
      return recorded.map((sg) => ({ c: sg.c - lead, s: sg.s, len: sg.len }));
    }
  }
  // Single-line content (headings, table cells): find it on its line, left to right.
  if (tok.content.includes('\n')) return null;
  const line = map[0];
  const lineStart = normStarts[line];
  const lineEnd = line + 1 < normStarts.length ? normStarts[line + 1] - 1 : norm.length;
  const from = Math.max(lineStart, lineCursor.get(line) ?? lineStart);
  const at = norm.indexOf(tok.content, from);
  if (at < 0 || at + tok.content.length > lineEnd) return null;
  lineCursor.set(line, at + tok.content.length);
  return [{ c: 0, s: at, len: tok.content.length }];
}

function collectHidden(t: Token, c2s: (c: number) => number, hidden: Array<[number, number]>): void {
  const p = positions.get(t);
  if (p) {
    const hide = (a: number, b: number) => {
      if (b > a) hidden.push([c2s(a), c2s(b)]);
    };
    switch (t.type) {
      case 'code_inline':
      case 'html_inline':
      case 'image':
        hide(p.start, p.end);
        break;
      case 'link_open':
        if (t.markup === 'autolink') hide(p.start, p.end);
        else {
          hide(p.start, p.start + 1); // [
          if (p.labelEnd !== undefined && p.labelEnd >= 0) hide(p.labelEnd, p.end); // ](url "title")
        }
        break;
      case 'text_special':
        if (t.info === 'escape') hide(p.start, p.start + 1);
        else hide(p.start, p.end); // entity
        break;
      case 'hardbreak':
        hide(p.start, p.start + 1);
        break;
    }
  }
  for (const child of t.children ?? []) collectHidden(child, c2s, hidden);
}
