/**
 * The extension's own texts follow `vnstyle.messageLanguage`, like the findings (not VS Code's
 * display language): English source text, Vietnamese in l10n/bundle.l10n.vi.json.
 */
import * as vscode from 'vscode';
import vi from '../../l10n/bundle.l10n.vi.json';

export type Lang = 'vi' | 'en';

export function uiLang(): Lang {
  const m = vscode.workspace.getConfiguration('vnstyle').get<string>('messageLanguage', 'vi');
  return m === 'en' ? 'en' : m === 'auto' ? (vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en') : 'vi';
}

export function t(message: string, ...args: Array<string | number>): string {
  const template = uiLang() === 'vi' ? ((vi as Record<string, string>)[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
