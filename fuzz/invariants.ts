/**
 * What must hold for every document, checked by the fuzzer (the README's reliability section
 * lists them):
 *  - no exception from lint or applyFixes, and no rule failure (a rule that threw or broke a fix invariant);
 *  - ranges: every finding and edit inside the text, integer, start ≤ end; edits of a fix sorted and
 *    non-overlapping; at most one certain fix per finding; findings sorted; the mask as long as the
 *    text, with the same line breaks;
 *  - fixes keep to prose: no applied edit touches non-prose text (markup, code, HTML, comments,
 *    URLs, front matter) but a residue line's own;
 *  - fixes keep to the paragraphs that had a finding (or that a text-moving fix reaches);
 *  - fixpoint: applyFixes converges within its passes, holds nothing back, and a second --fix
 *    changes nothing;
 *  - NFC and NFD input give the same findings and the same fixed text (up to normalisation).
 */
import type { Finding, Format, Span } from '../src/core/types';
import { lint, applyFixes, protectedSpans, FixResult, LintResult } from '../src/core/engine';
import { Article, HIDDEN } from '../src/core/article';
import { applyEdits, mapSpans } from '../src/core/edits';
import { RULES } from '../src/core/rules';

export interface Violation {
  /** The failure class: invariant and rule (reproducers are kept one per class). */
  kind: string;
  detail: string;
}

const TODAY = { year: 2026, month: 11, day: 28 };
const MOVERS = new Set(RULES.filter((r) => r.meta.movesText).map((r) => r.id));
const ENCODING = new Set(RULES.filter((r) => r.meta.category === 'encoding').map((r) => r.id));

function checkFindings(text: string, r: LintResult, out: Violation[], where: string): void {
  const n = text.length;
  const ok = (s: Span) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n;
  let prev: Finding | null = null;
  for (const f of r.findings) {
    if (!ok(f)) out.push({ kind: `range:${f.ruleId}`, detail: `${where}: finding [${f.start}, ${f.end}) in a text of ${n}` });
    if (prev && (prev.start > f.start || (prev.start === f.start && prev.end > f.end)))
      out.push({ kind: 'order', detail: `${where}: findings out of order at ${f.start}` });
    prev = f;
    if (f.fixes.filter((x) => x.preferred).length > 1) out.push({ kind: `preferred:${f.ruleId}`, detail: `${where}: several certain fixes` });
    for (const x of f.fixes) {
      if (!x.edits.length) out.push({ kind: `edits:${f.ruleId}`, detail: `${where}: a fix without edits` });
      x.edits.forEach((e, i) => {
        if (!ok(e) || typeof e.text !== 'string') out.push({ kind: `range:${f.ruleId}`, detail: `${where}: edit [${e.start}, ${e.end})` });
        if (i > 0 && e.start < x.edits[i - 1].end) out.push({ kind: `overlap:${f.ruleId}`, detail: `${where}: overlapping edits at ${e.start}` });
      });
    }
  }
  for (const f of r.failures) out.push({ kind: `rule-failure:${f.ruleId}`, detail: `${where}: ${f.message}` });
  const a = r.article;
  if (a.mask.length !== text.length) out.push({ kind: 'mask', detail: `${where}: mask length ${a.mask.length} ≠ ${text.length}` });
  else
    for (let i = 0; i < n; i++) {
      const c = text[i];
      const m = a.mask[i];
      if ((c === '\n' || c === '\r') !== (m === '\n' || m === '\r') || (m !== c && m !== ' ' && m !== HIDDEN)) {
        out.push({ kind: 'mask', detail: `${where}: mask character ${JSON.stringify(m)} for ${JSON.stringify(c)} at ${i}` });
        break;
      }
    }
}

/** Edits of each pass checked against that pass's non-prose text (residue lines may go whole). */
function checkPasses(text: string, format: Format, fixed: FixResult, out: Violation[]): void {
  let current = text;
  fixed.passEdits.forEach((edits, k) => {
    const article = new Article(current, format);
    const prot = protectedSpans(article);
    const { lines } = article;
    const residue = article.blocks
      .filter((b) => b.kind === 'residue')
      .map((b) => {
        let last = lines.lineAt(b.end);
        if (last + 1 < lines.lineCount && /^ {0,3}(?:=+|-+)[ \t]*$/.test(lines.lineText(last + 1))) last++; // a setext underline
        return { start: lines.starts[lines.lineAt(b.start)], end: lines.ends[last] };
      });
    for (const e of edits) {
      const inside = e.start === e.end ? e.start > 0 && prot.covers({ start: e.start - 1, end: e.start + 1 }) : prot.touches(e);
      if (!inside) continue;
      const parts = e.start < e.end ? prot.within(e) : [e];
      if (parts.every((p) => residue.some((r) => r.start <= p.start && p.end <= r.end))) continue;
      out.push({
        kind: 'non-prose-edit',
        detail: `pass ${k + 1}: edit [${e.start}, ${e.end}) ${JSON.stringify(current.slice(e.start, e.end))} → ${JSON.stringify(e.text)} touches non-prose text`,
      });
      break;
    }
    current = applyEdits(current, edits);
  });
  if (current !== fixed.text) out.push({ kind: 'pass-edits', detail: 'the passes’ edits do not give the fixed text' });
}

/** Paragraphs without a finding (and not reached by a text-moving fix) come out unchanged. */
function checkUntouched(text: string, first: LintResult, fixed: FixResult, out: Violation[]): void {
  const reached: Span[] = [];
  for (const f of first.findings) {
    reached.push(f);
    const p = f.fixes.find((x) => x.preferred);
    if (p && MOVERS.has(f.ruleId)) reached.push(...p.edits);
  }
  const touches = (b: Span) => reached.some((s) => s.start <= b.end && b.start <= s.end);
  const quiet = first.article.blocks.filter((b) => !touches(b));
  if (!quiet.length || !fixed.passEdits.length) return;
  let spans: Span[] = quiet.map((b) => ({ start: b.start, end: b.end }));
  for (const edits of fixed.passEdits) spans = mapSpans(spans, edits);
  quiet.forEach((b, i) => {
    const before = text.slice(b.start, b.end);
    const after = fixed.text.slice(spans[i].start, spans[i].end);
    if (before !== after)
      out.push({ kind: 'quiet-paragraph-changed', detail: `${JSON.stringify(before.slice(0, 60))} became ${JSON.stringify(after.slice(0, 60))}` });
  });
}

const adviceOf = (text: string, r: LintResult) =>
  r.findings
    .filter((f) => !ENCODING.has(f.ruleId))
    .map((f) => `${f.ruleId}/${f.messageId}/${text.slice(f.start, f.end).normalize('NFC')}`)
    .sort();

/** Check one document; returns every violation found. */
export function checkDocument(text: string, format: Format): Violation[] {
  const out: Violation[] = [];
  const guard = <T>(what: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      out.push({ kind: `exception:${what}`, detail: (e as Error)?.stack?.split('\n').slice(0, 4).join(' | ') ?? String(e) });
      return undefined;
    }
  };
  const first = guard('lint', () => lint(text, { format, today: TODAY }));
  if (!first) return out;
  checkFindings(text, first, out, 'lint');
  const fixed = guard('applyFixes', () => applyFixes(text, { format, today: TODAY }));
  if (!fixed) return out;
  checkFindings(fixed.text, fixed.result, out, 'after --fix');
  if (!fixed.converged) out.push({ kind: 'no-fixpoint', detail: `still fixing after ${fixed.passes} passes` });
  for (const h of fixed.held) out.push({ kind: `cascade:${h.ruleId}`, detail: h.message });
  guard('passes', () => checkPasses(text, format, fixed, out));
  guard('untouched', () => checkUntouched(text, first, fixed, out));
  const again = guard('applyFixes', () => applyFixes(fixed.text, { format, today: TODAY }));
  if (again && again.text !== fixed.text) {
    const rules = [...new Set(fixed.result.findings.filter((f) => f.fixes.some((x) => x.preferred)).map((f) => f.ruleId))].join(',');
    out.push({ kind: `not-idempotent:${rules}`, detail: 'a second --fix changes the text again' });
  }
  // NFC and NFD: the same advice and the same fixed text.
  const nfc = text.normalize('NFC');
  const nfd = text.normalize('NFD');
  if (nfc !== nfd) {
    const a = nfc === text ? first : guard('lint', () => lint(nfc, { format, today: TODAY }));
    const b = guard('lint', () => lint(nfd, { format, today: TODAY }));
    if (a && b) {
      const x = adviceOf(nfc, a);
      const y = adviceOf(nfd, b);
      if (x.join('\n') !== y.join('\n')) {
        const diff = [...x.filter((k) => !y.includes(k)), ...y.filter((k) => !x.includes(k))];
        out.push({ kind: `nfc-nfd-advice:${diff[0]?.split('/')[0] ?? ''}`, detail: diff.slice(0, 3).join(' ; ') });
      }
      const fa = nfc === text ? fixed.text.normalize('NFC') : guard('applyFixes', () => applyFixes(nfc, { format, today: TODAY }).text.normalize('NFC'));
      const fb = guard('applyFixes', () => applyFixes(nfd, { format, today: TODAY }).text.normalize('NFC'));
      if (fa !== undefined && fb !== undefined && fa !== fb) out.push({ kind: 'nfc-nfd-fix', detail: 'NFC and NFD input fixed differently' });
    }
  }
  return out;
}
