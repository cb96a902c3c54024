/**
 * The corpus snapshot (STYLE.md item 9): every finding on a folder of articles as one readable
 * line, sorted, so that two snapshots taken before and after a change show exactly what a rule
 * now finds more or less, and where.
 *
 *   file:line:column<TAB>severity<TAB>rule<TAB>messageId<TAB>message
 *
 * What it keeps of the articles: only what the messages quote — mostly a word or two ("bàc",
 * "TTCK"). A passage of the article longer than QUOTE_MAX characters that a message quotes (a
 * whole web-residue line) is cut to its beginning and end, so a snapshot holds no passage of an
 * article; the rest of the message, our own wording, stays whole so that a change of wording shows.
 * Snapshots are still corpus-derived data: write them outside the repository (/tmp) or in a
 * git-ignored folder, never commit them.
 */
import type { Finding } from '../src/core/types';

export interface SnapshotLine {
  file: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  messageId: string;
  message: string;
}

export const QUOTE_MAX = 40;

/** A quotation longer than QUOTE_MAX, cut to its first and last words' worth of characters. */
export function shortQuote(s: string): string {
  return s.length > QUOTE_MAX ? `${s.slice(0, 24).trimEnd()} … ${s.slice(-12).trimStart()}` : s;
}

/** The finding's message with every long passage it quotes from the article (a value of its data found in `text`) cut down. */
export function snapshotMessage(finding: Pick<Finding, 'message' | 'data'>, text: string): string {
  let message = finding.message;
  for (const value of Object.values(finding.data ?? {})) {
    if (typeof value === 'string' && value.length > QUOTE_MAX && text.includes(value)) message = message.split(value).join(shortQuote(value));
  }
  return message;
}

const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
const unescape = (s: string) => s.replace(/\\([\\trn])/g, (_, c: string) => ({ t: '\t', r: '\r', n: '\n' })[c] ?? '\\');

function compareLines(a: SnapshotLine, b: SnapshotLine): number {
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    byText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    byText(a.ruleId, b.ruleId) ||
    byText(a.messageId, b.messageId) ||
    byText(a.message, b.message)
  );
}

/** The snapshot text: a header (what was linted, how), then one sorted line per finding. */
export function formatSnapshot(lines: SnapshotLine[], header: Record<string, string | number>): string {
  const head = Object.entries(header).map(([k, v]) => `# ${k}: ${v}`);
  const body = [...lines]
    .sort(compareLines)
    .map((l) => [`${escape(l.file)}:${l.line}:${l.column}`, l.severity, l.ruleId, l.messageId, escape(l.message)].join('\t'));
  return [...head, ...body].join('\n') + '\n';
}

export class SnapshotError extends Error {}

/** Read a snapshot back: its header and its lines. */
export function parseSnapshot(text: string, name = 'snapshot'): { header: Record<string, string>; lines: SnapshotLine[] } {
  const header: Record<string, string> = {};
  const lines: SnapshotLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw) return;
    if (raw.startsWith('# ')) {
      const at = raw.indexOf(': ');
      if (at > 0) header[raw.slice(2, at)] = raw.slice(at + 2);
      return;
    }
    const cells = raw.split('\t');
    const m = /^(.*):(\d+):(\d+)$/.exec(cells[0]);
    if (cells.length !== 5 || !m)
      throw new SnapshotError(`${name}:${i + 1}: not a snapshot line (file:line:column, severity, rule, messageId, message separated by tabs)`);
    lines.push({
      file: unescape(m[1]),
      line: Number(m[2]),
      column: Number(m[3]),
      severity: cells[1],
      ruleId: cells[2],
      messageId: cells[3],
      message: unescape(cells[4]),
    });
  });
  return { header, lines };
}

export interface RuleDiff {
  ruleId: string;
  before: number;
  after: number;
  added: SnapshotLine[];
  removed: SnapshotLine[];
  /** Same place, rule and messageId; another severity or message. */
  changed: Array<{ before: SnapshotLine; after: SnapshotLine }>;
}

const placeKey = (l: SnapshotLine) => `${l.file}\t${l.line}\t${l.column}\t${l.ruleId}\t${l.messageId}`;
const fullKey = (l: SnapshotLine) => `${placeKey(l)}\t${l.severity}\t${l.message}`;

/** What changed between two snapshots, rule by rule (rules with no change left out), sorted by rule. */
export function compareSnapshots(before: SnapshotLine[], after: SnapshotLine[]): RuleDiff[] {
  const count = (lines: SnapshotLine[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l.ruleId, (m.get(l.ruleId) ?? 0) + 1);
    return m;
  };
  // Multisets: the same finding twice at one place counts twice.
  const bag = (lines: SnapshotLine[]) => {
    const m = new Map<string, SnapshotLine[]>();
    for (const l of lines) {
      const k = fullKey(l);
      const list = m.get(k);
      if (list) list.push(l);
      else m.set(k, [l]);
    }
    return m;
  };
  const a = bag(before);
  const b = bag(after);
  const onlyIn = (x: Map<string, SnapshotLine[]>, y: Map<string, SnapshotLine[]>) => [...x].flatMap(([k, list]) => list.slice(y.get(k)?.length ?? 0));
  let removed = onlyIn(a, b);
  let added = onlyIn(b, a);
  // A removed and an added finding at the same place for the same rule and message id: one changed finding.
  const addedAt = new Map<string, SnapshotLine[]>();
  for (const l of added) addedAt.set(placeKey(l), [...(addedAt.get(placeKey(l)) ?? []), l]);
  const changed: RuleDiff['changed'] = [];
  const paired = new Set<SnapshotLine>();
  removed = removed.filter((l) => {
    const partner = addedAt.get(placeKey(l))?.shift();
    if (!partner) return true;
    changed.push({ before: l, after: partner });
    paired.add(partner);
    return false;
  });
  added = added.filter((l) => !paired.has(l));
  const countsBefore = count(before);
  const countsAfter = count(after);
  const rules = new Set([...added, ...removed, ...changed.map((c) => c.after)].map((l) => l.ruleId));
  return [...rules].sort().map((ruleId) => ({
    ruleId,
    before: countsBefore.get(ruleId) ?? 0,
    after: countsAfter.get(ruleId) ?? 0,
    added: added.filter((l) => l.ruleId === ruleId).sort(compareLines),
    removed: removed.filter((l) => l.ruleId === ruleId).sort(compareLines),
    changed: changed.filter((c) => c.after.ruleId === ruleId).sort((x, y) => compareLines(x.after, y.after)),
  }));
}

/** The differences as text: a table of counts per rule, then the findings (at most `limit` of each kind per rule). */
export function formatComparison(diffs: RuleDiff[], limit: number): string {
  if (!diffs.length) return 'No difference: the same findings, at the same places, with the same messages.\n';
  const out = ['| rule | before | after | added | removed | changed |', '|---|---:|---:|---:|---:|---:|'];
  for (const d of diffs) out.push(`| ${d.ruleId} | ${d.before} | ${d.after} | +${d.added.length} | −${d.removed.length} | ~${d.changed.length} |`);
  const where = (l: SnapshotLine) => `${l.file}:${l.line}:${l.column}`;
  const list = <T>(items: T[], show: (x: T) => string) => {
    for (const x of items.slice(0, limit)) out.push(show(x));
    if (items.length > limit) out.push(`  … ${items.length - limit} more`);
  };
  for (const d of diffs) {
    out.push('', `## ${d.ruleId}: ${d.before} → ${d.after}`);
    list(d.added, (l) => `+ ${where(l)} ${l.severity} ${l.messageId}: ${l.message}`);
    list(d.removed, (l) => `- ${where(l)} ${l.severity} ${l.messageId}: ${l.message}`);
    list(
      d.changed,
      (c) =>
        `~ ${where(c.after)} ${c.after.messageId}: ${c.before.severity === c.after.severity ? '' : `${c.before.severity} → ${c.after.severity}; `}${c.before.message === c.after.message ? '(same message)' : `${c.before.message} → ${c.after.message}`}`,
    );
  }
  return out.join('\n') + '\n';
}
