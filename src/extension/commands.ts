/** Commands: lint this document, lint the workspace, fix all, show the configuration, open rule docs, add to dictionary. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyEdits as applyJsonEdits, modify } from 'jsonc-parser';
import { RULES } from '../core/rules';
import { docsUrl } from '../core/docs-url';
import { AbbreviationDictionary } from '../core/dictionary';
import { collectFiles } from '../node/files';
import { CONFIG_FILE } from '../node/config-files';
import { decodeArticle } from '../node/text-file';
import type { Linter } from './linting';
import type { ConfigService } from './configuration';
import { readSettings } from './settings';
import { minimalEdit, toWorkspaceEdit } from './mapping';
import { t } from './l10n';

export function registerCommands(linter: Linter, config: ConfigService, output: vscode.LogOutputChannel): vscode.Disposable[] {
  const active = () => vscode.window.activeTextEditor?.document;
  return [
    vscode.commands.registerCommand('vnstyle.lintDocument', (uri?: vscode.Uri) => {
      const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : active();
      return doc ? (linter.lint(doc)?.length ?? 0) : undefined;
    }),

    vscode.commands.registerCommand('vnstyle.fixAll', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : active();
      if (!doc) return false;
      const fixed = linter.fixedText(doc);
      if (fixed === null) return false;
      const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(doc, [minimalEdit(doc.getText(), fixed)!]));
      linter.lint(doc);
      return ok;
    }),

    vscode.commands.registerCommand('vnstyle.lintWorkspace', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('vnstyle: checking the workspace'), cancellable: true }, async (progress, token) => {
        const folders = vscode.workspace.workspaceFolders ?? [];
        const files = folders.flatMap((f) => (f.uri.scheme === 'file' ? collectFiles([f.uri.fsPath]).files : []));
        let done = 0;
        let problems = 0;
        for (const file of files) {
          if (token.isCancellationRequested) break;
          const uri = vscode.Uri.file(file);
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          try {
            problems += open ? (linter.lint(open)?.length ?? 0) : linter.lintFile(uri, decodeArticle(fs.readFileSync(file), file).text);
          } catch (e) {
            output.warn(`${file}: ${(e as Error).message}`);
          }
          done++;
          if (done % 20 === 0 || done === files.length) {
            progress.report({ message: `${done}/${files.length}`, increment: (20 * 100) / Math.max(files.length, 1) });
            await new Promise((r) => setTimeout(r, 0)); // let cancellation and the UI through
          }
        }
        return { files: done, problems, cancelled: token.isCancellationRequested };
      }),
    ),

    vscode.commands.registerCommand('vnstyle.showConfig', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : active();
      if (!doc) return undefined;
      const resolved = config.forDocument(doc, readSettings(doc.uri));
      const content = resolved.ok
        ? JSON.stringify({ file: doc.uri.fsPath, configFiles: resolved.effective.files, ...resolved.effective.config }, null, 2)
        : JSON.stringify({ file: doc.uri.fsPath, problems: resolved.problems }, null, 2);
      const shown = await vscode.workspace.openTextDocument({ language: 'json', content });
      await vscode.window.showTextDocument(shown, { preview: true });
      return content;
    }),

    vscode.commands.registerCommand('vnstyle.openRuleDocs', async (ruleId?: string) => {
      let id = ruleId;
      if (!id) {
        const lang = readSettings().lang;
        const pick = await vscode.window.showQuickPick(
          RULES.map((r) => ({ label: r.id, description: r.meta.description[lang] })),
          { placeHolder: t('Which rule?') },
        );
        id = pick?.label;
      }
      if (!id) return false;
      return vscode.env.openExternal(vscode.Uri.parse(docsUrl(id)));
    }),

    vscode.commands.registerCommand('vnstyle.addToDictionary', async (uri: vscode.Uri, abbr: string, fullForm?: string) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const settings = readSettings(uri);
      const senses = new AbbreviationDictionary(settings.base.abbreviations).lookup(abbr)?.senses ?? [];
      const full =
        fullForm ??
        (await vscode.window.showInputBox({
          title: t('Add {0} to the project dictionary', abbr),
          prompt: senses.length ? t('Full form of {0} (dictionary: {1})', abbr, senses.join('; ')) : t('Full form of {0}', abbr),
          value: senses[0] ?? '',
          validateInput: (v) => (v.trim() ? undefined : t('Write the full form.')),
        }));
      if (!full?.trim()) return undefined;
      const resolved = config.forDocument(doc, settings);
      const nearest = resolved.ok ? resolved.effective.files[resolved.effective.files.length - 1] : undefined;
      const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(uri.fsPath);
      const target = nearest ?? path.join(folder, CONFIG_FILE);
      const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '{\n}\n';
      const edits = modify(before, ['abbreviations', abbr], full.trim(), { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
      fs.writeFileSync(target, applyJsonEdits(before, edits));
      config.invalidate();
      linter.relintOpen();
      return target;
    }),
  ];
}
