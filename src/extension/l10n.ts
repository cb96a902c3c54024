/** UI strings: English source text, Vietnamese in l10n/bundle.l10n.vi.json (vscode.l10n). */
import * as vscode from 'vscode';

export function t(message: string, ...args: Array<string | number>): string {
  return vscode.l10n.t(message, ...args);
}
