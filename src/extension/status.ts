/** The status-bar item: profile and count for the active document; click → Problems. */
import * as vscode from 'vscode';
import type { Linter } from './linting';
import { t } from './l10n';

export function createStatusItem(linter: Linter): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('vnstyle.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'vnstyle';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const state = doc && linter.state(doc.uri);
    if (!doc || !state) {
      item.hide();
      return;
    }
    const n = state.diagnostics.length;
    item.text = `${n ? '$(warning)' : '$(check)'} vnstyle: ${state.config.profile}${n ? ` · ${n}` : ''}`;
    item.tooltip = t('vnstyle ({0}): {1} problem(s) in this document. Click to open Problems.', state.config.profile, n);
    item.show();
  };
  update();
  return [item, linter.onDidLint(update), vscode.window.onDidChangeActiveTextEditor(update)];
}
