/**
 * The language status item (the `{}` beside the language in the status bar): the number of
 * vnstyle problems of the active document — counted from VS Code's own diagnostics, so it is
 * the number the Problems view shows — and the profile in force. Its link opens (focuses)
 * Problems; it never toggles the panel closed.
 */
import * as vscode from 'vscode';
import { t } from './l10n';

const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'vietnamese-article'];
export const OPEN_PROBLEMS = 'workbench.panel.markers.view.focus';

interface ServerStatus {
  checked: boolean;
  profile?: string;
}

const selectorOf = (schemes: string[]): vscode.DocumentFilter[] =>
  vscode.workspace
    .getConfiguration('vnstyle')
    .get<string[]>('languages', DEFAULT_LANGUAGES)
    .flatMap((language) => schemes.map((scheme) => ({ language, scheme })));

export function createStatus(serverStatus: (uri: vscode.Uri) => Promise<ServerStatus>, schemes: string[]) {
  const item = vscode.languages.createLanguageStatusItem('vnstyle.status', selectorOf(schemes));
  item.name = 'vnstyle';
  let profile: string | undefined;
  let asked: string | undefined;

  const count = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'vnstyle').length;
  const render = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const n = doc ? count(doc.uri) : 0;
    item.text = n ? `$(warning) vnstyle: ${n}` : '$(check) vnstyle';
    item.detail = profile ? t('profile {0}', profile) : undefined;
    item.command = {
      title: t('Open Problems'),
      command: OPEN_PROBLEMS,
      tooltip: t('vnstyle ({0}): {1} problem(s) in this document. Click to open Problems.', profile ?? '-', n),
    };
    item.accessibilityInformation = { label: t('vnstyle ({0}): {1} problem(s) in this document. Click to open Problems.', profile ?? '-', n) };
  };
  const refresh = () => {
    const doc = vscode.window.activeTextEditor?.document;
    render();
    if (!doc || asked === `${doc.uri}@${doc.version}`) return;
    asked = `${doc.uri}@${doc.version}`;
    serverStatus(doc.uri).then(
      (s) => {
        profile = s.checked ? s.profile : undefined;
        render();
      },
      () => undefined,
    );
  };
  refresh();
  return {
    item,
    disposables: [
      item,
      vscode.window.onDidChangeActiveTextEditor(refresh),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const doc = vscode.window.activeTextEditor?.document;
        if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('vnstyle')) {
          item.selector = selectorOf(schemes);
          asked = undefined;
          refresh();
        }
      }),
    ],
  };
}
