/**
 * The VS Code extension (Node extension host): translates between VS Code and the
 * engine, holds no style logic. Split by concern: settings, configuration, linting,
 * mapping, code actions, commands, status.
 */
import * as vscode from 'vscode';
import { ConfigService } from './configuration';
import { Linter } from './linting';
import { ActionProvider } from './actions';
import { registerCommands } from './commands';
import { createStatusItem } from './status';
import { readSettings } from './settings';
import { installSpellingModel } from '../node/spelling-model';

export function activate(context: vscode.ExtensionContext): { linter: Linter } {
  installSpellingModel(); // dist/spelling-model.bin, read when the first article is linted
  const output = vscode.window.createOutputChannel('vnstyle', { log: true });
  const config = new ConfigService(output);
  const linter = new Linter(config, output);

  const onChange = (e: vscode.TextDocumentChangeEvent) => {
    if (e.contentChanges.length && readSettings(e.document.uri).run === 'onType') linter.schedule(e.document);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
  const configChanged = (uri: vscode.Uri) => {
    if (uri.path.endsWith('/.vnstyle.json') || uri.path.endsWith('.json')) {
      config.invalidate();
      linter.relintOpen();
    }
  };

  context.subscriptions.push(
    output,
    config,
    linter,
    watcher,
    vscode.workspace.onDidOpenTextDocument((doc) => linter.lint(doc)),
    vscode.workspace.onDidChangeTextDocument(onChange),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (doc.fileName.endsWith('.json')) configChanged(doc.uri);
      else linter.lint(doc);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => linter.clear(doc.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('vnstyle')) {
        config.invalidate();
        linter.relintOpen();
      }
    }),
    watcher.onDidChange(configChanged),
    watcher.onDidCreate(configChanged),
    watcher.onDidDelete(configChanged),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new ActionProvider(linter), ActionProvider.metadata),
    ...registerCommands(linter, config, output),
    ...createStatusItem(linter),
  );
  for (const doc of vscode.workspace.textDocuments) linter.lint(doc);
  return { linter };
}

export function deactivate(): void {
  /* disposables do the work */
}
