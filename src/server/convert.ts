/** Engine findings ↔ LSP diagnostics and edits (UTF-16 positions). Mapping only, no style knowledge. */
import { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, Finding, Severity } from '../core/types';
import { docsUrl } from '../core/docs-url';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export const SOURCE = 'vnstyle';

/** Where a rule's page is: the public URL, or the client's own (initializationOptions.ruleDocs, `{rule}` replaced). */
export function ruleDocs(ruleId: string, template: string | undefined): string {
  return template ? template.replace('{rule}', encodeURIComponent(ruleId)) : docsUrl(ruleId);
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(doc: TextDocument, f: Finding, docsTemplate: string | undefined): Diagnostic {
  return {
    range: rangeOf(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: ruleDocs(f.ruleId, docsTemplate) },
    message: f.message,
  };
}

export function toTextEdits(doc: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: rangeOf(doc, e.start, e.end), newText: e.text }));
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * The finding behind a diagnostic the client hands back: the same range, rule and message; or,
 * from a client that converts ranges on the way back (Neovim 0.7 sends byte columns), the same
 * rule and message on the same line.
 */
export function findingOf(doc: TextDocument, findings: readonly Finding[], d: Diagnostic): Finding | undefined {
  if (d.source !== SOURCE) return undefined;
  const same = findings.filter((f) => f.ruleId === d.code && f.message === d.message);
  return same.find((f) => sameRange(rangeOf(doc, f.start, f.end), d.range)) ?? same.find((f) => doc.positionAt(f.start).line === d.range.start.line);
}

/** One edit turning `from` into `to` (common prefix and suffix kept, so the cursor stays put). */
export function minimalEdit(from: string, to: string): Edit | null {
  if (from === to) return null;
  let start = 0;
  while (start < from.length && start < to.length && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)) {
    endFrom--;
    endTo--;
  }
  return { start, end: endFrom, text: to.slice(start, endTo) };
}
