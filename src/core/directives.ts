/**
 * Inline control comments, on a line of their own, in Markdown and plain text alike:
 *
 *   <!-- vnstyle-disable rule-id, other-rule -->   off from the next line on
 *   <!-- vnstyle-enable rule-id -->                 on again
 *   <!-- vnstyle-disable-next-line rule-id -->      off for the next line only
 *
 * No rule id means every rule. Text after ` -- ` is a comment for people.
 * Applying them is engine post-processing; no rule knows about them.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'unknown';

export interface Directive {
  kind: DirectiveKind;
  /** The word after `vnstyle-` as written (to report an unknown one). */
  keyword: string;
  ruleIds: Array<{ id: string; start: number; end: number }>;
  line: number;
  start: number;
  end: number;
}

const LINE = /^(\s*)<!--\s*vnstyle-([\w-]*)(.*?)-->\s*$/;
const KINDS: ReadonlySet<string> = new Set(['disable', 'enable', 'disable-next-line']);

export function parseDirectiveLine(lineText: string, lineStart: number, line: number): Directive | null {
  const m = LINE.exec(lineText);
  if (!m) return null;
  const keyword = m[2];
  let body = m[3];
  const comment = body.indexOf(' -- ');
  if (comment >= 0) body = body.slice(0, comment);
  const bodyAt = lineStart + m[1].length + lineText.slice(m[1].length).indexOf('vnstyle-') + 'vnstyle-'.length + keyword.length;
  const ruleIds: Directive['ruleIds'] = [];
  const idRe = /[^\s,]+/g;
  let id: RegExpExecArray | null;
  while ((id = idRe.exec(body))) ruleIds.push({ id: id[0], start: bodyAt + id.index, end: bodyAt + id.index + id[0].length });
  const start = lineStart + m[1].length;
  return {
    kind: KINDS.has(keyword) ? (keyword as DirectiveKind) : 'unknown',
    keyword,
    ruleIds,
    line,
    start,
    end: lineStart + lineText.trimEnd().length,
  };
}

/**
 * For each rule, which lines are disabled. Returns a predicate the engine applies
 * to every finding: (ruleId, line) → suppressed?
 */
export function suppressionsOf(directives: Directive[]): (ruleId: string, line: number) => boolean {
  if (!directives.length) return () => false;
  type Range = { from: number; to: number; ids: Set<string> | null };
  const ranges: Range[] = [];
  const open = new Map<string, number>(); // rule id ('*' = all) → line the disable starts
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  for (const d of sorted) {
    const ids = d.ruleIds.map((r) => r.id);
    if (d.kind === 'disable-next-line') {
      ranges.push({ from: d.line + 1, to: d.line + 1, ids: ids.length ? new Set(ids) : null });
    } else if (d.kind === 'disable') {
      for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, d.line + 1);
    } else if (d.kind === 'enable') {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        ranges.push({ from, to: d.line - 1, ids: id === '*' ? null : new Set([id]) });
        open.delete(id);
      }
    }
  }
  for (const [id, from] of open) ranges.push({ from, to: Number.MAX_SAFE_INTEGER, ids: id === '*' ? null : new Set([id]) });
  return (ruleId, line) => ranges.some((r) => line >= r.from && line <= r.to && (r.ids === null || r.ids.has(ruleId)));
}

/** The text without its directive lines (for publishing a plain-text article). */
export function stripDirectiveLines(text: string): string {
  return text.replace(/^[ \t]*<!--\s*vnstyle-[\w-]*.*?-->[ \t]*(?:\r\n|\r|\n|$)/gm, '');
}
