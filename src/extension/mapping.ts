/** Engine findings ↔ VS Code diagnostics and edits. Mapping only, no style knowledge. */
import * as vscode from 'vscode';
import type { Edit, Finding, Severity } from '../core/types';
import { docsUrl } from '../core/docs-url';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** `positionAt` is the document's, or a line index's for a file that is not open. */
export function toDiagnostic(positionAt: (offset: number) => vscode.Position, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(positionAt(f.start), positionAt(f.end)), f.message, SEVERITY[f.severity]);
  d.source = 'vnstyle';
  d.code = { value: f.ruleId, target: vscode.Uri.parse(docsUrl(f.ruleId)) };
  return d;
}

export function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly Edit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, toRange(doc, e.start, e.end), e.text);
  return we;
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
