/**
 * Quick fixes: each finding's fixes (the preferred one marked), "fix all" in the file,
 * "disable this rule for this line", "add this abbreviation to the project dictionary",
 * and `source.fixAll.vnstyle` for editor.codeActionsOnSave.
 */
import * as vscode from 'vscode';
import type { Linter } from './linting';
import { minimalEdit, toWorkspaceEdit } from './mapping';
import { t } from './l10n';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('vnstyle');
const DICTIONARY_RULES = new Set(['abbreviation-undefined', 'abbreviation-before-definition', 'abbreviation-in-title']);

export class ActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: Linter) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && FIX_ALL_KIND.contains(context.only)) return this.fixAll(doc, FIX_ALL_KIND);
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) {
      return context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only) ? this.fixAll(doc, FIX_ALL_KIND) : [];
    }
    const actions: vscode.CodeAction[] = [];
    let fixable = false;
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'vnstyle') continue;
      const finding = this.linter.findingOf(doc.uri, diagnostic);
      if (!finding) continue;
      for (const fix of finding.fixes) {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc, fix.edits);
        a.diagnostics = [diagnostic];
        a.isPreferred = fix.preferred;
        actions.push(a);
        fixable ||= fix.preferred;
      }
      if (DICTIONARY_RULES.has(finding.ruleId)) {
        const abbr = doc.getText().slice(finding.start, finding.end);
        const a = new vscode.CodeAction(t('Add {0} to the project dictionary', abbr), vscode.CodeActionKind.QuickFix);
        a.command = { command: 'vnstyle.addToDictionary', title: a.title, arguments: [doc.uri, abbr] };
        a.diagnostics = [diagnostic];
        actions.push(a);
      }
      actions.push(this.disableForLine(doc, diagnostic, finding.ruleId));
    }
    if (fixable) actions.push(...this.fixAll(doc, vscode.CodeActionKind.QuickFix));
    return actions;
  }

  private fixAll(doc: vscode.TextDocument, kind: vscode.CodeActionKind): vscode.CodeAction[] {
    const fixed = this.linter.fixedText(doc);
    if (fixed === null) return [];
    const edit = minimalEdit(doc.getText(), fixed)!;
    const a = new vscode.CodeAction(t('Fix all fixable problems in this file'), kind);
    a.edit = toWorkspaceEdit(doc, [edit]);
    return [a];
  }

  private disableForLine(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction {
    const line = doc.lineAt(diagnostic.range.start.line);
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const a = new vscode.CodeAction(t('Disable {0} for this line', ruleId), vscode.CodeActionKind.QuickFix);
    a.edit = new vscode.WorkspaceEdit();
    a.edit.insert(doc.uri, line.range.start, `${indent}<!-- vnstyle-disable-next-line ${ruleId} -->${eol}`);
    a.diagnostics = [diagnostic];
    return a;
  }
}
