/**
 * The browser entry in VS Code's web-worker extension host (vscode.dev's): the language server
 * runs in a web worker and reads .vnstyle.json and the articles through the client
 * (vscode.workspace.fs) of a folder that is not on disk for it (vscode-test-web://mount).
 */
import * as assert from './assert';
import * as vscode from 'vscode';
import { parse } from 'jsonc-parser';
import { lint } from '../../src/core/engine';
import { resolveConfig, type UserConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';

const root = () => vscode.workspace.workspaceFolders![0].uri;
const file = (rel: string) => vscode.Uri.joinPath(root(), rel);
const diagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'vnstyle');
const describeDiagnostic = (d: vscode.Diagnostic) =>
  `${typeof d.code === 'object' ? d.code.value : d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What the engine finds in a text with the workspace's .vnstyle.json (as positions in the document). */
async function expected(doc: vscode.TextDocument): Promise<string[]> {
  const config = resolveConfig(parse(await read(file('.vnstyle.json'))) as UserConfig, RULES);
  return lint(doc.getText(), { format: doc.languageId === 'markdown' ? 'markdown' : 'text', config, lang: 'vi' }).findings.map((f) => {
    const s = doc.positionAt(f.start);
    const e = doc.positionAt(f.end);
    return `${f.ruleId} ${s.line}:${s.character}-${e.line}:${e.character}`;
  });
}

describe('vnstyle in the browser (web worker)', function () {
  this.timeout(30_000);
  let api: { client: { initializeResult?: { serverInfo?: { name: string } } }; ready: Promise<void> };

  before(async () => {
    api = await vscode.extensions.getExtension('vnstyle.vnstyle')!.activate();
    await api.ready;
  });

  it('runs the browser entry, with vnstyle-ls in a web worker', () => {
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    assert.strictEqual(root().scheme, 'vscode-test-web');
    assert.strictEqual(api.client.initializeResult?.serverInfo?.name, 'vnstyle-ls');
  });

  it('reads .vnstyle.json through the client: findings follow it', async () => {
    const uri = file('articles/kho-lanh.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const want = await expected(doc);
    assert.deepStrictEqual(want, ['abbreviation-undefined 2:19-2:22']);
    const got = await until('diagnostics', () => {
      const d = diagnostics(uri).map(describeDiagnostic);
      return d.length ? d : undefined;
    });
    assert.deepStrictEqual(got, want);
    assert.strictEqual(diagnostics(uri)[0].message, 'Viết tắt "HTX" chưa được giải thích. Lần đầu hãy viết: "hợp tác xã nông nghiệp (HTX)".');
  });

  it('the preferred quick fix yields the exact text', async () => {
    const uri = file('articles/kho-lanh.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const d = await until('the finding', () => diagnostics(uri)[0]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, 'quickfix');
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.strictEqual(preferred.title, 'Viết "hợp tác xã nông nghiệp (HTX)"');
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    assert.ok(doc.getText().includes('các hợp tác xã nông nghiệp (HTX) ở xã Tân Phú'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('lint-workspace lists and reads the articles through the client', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; problems: number; message: string }>('vnstyle.lintWorkspace');
    assert.strictEqual(result.files, 2);
    const md = file('articles/lop-nghe.md');
    const got = await until('diagnostics of the article that is not open', () => {
      const d = diagnostics(md).map(describeDiagnostic);
      return d.length ? d : undefined;
    });
    assert.deepStrictEqual(got, ['abbreviation-undefined 2:44-2:46']);
    assert.strictEqual(result.problems, diagnostics(md).length + diagnostics(file('articles/kho-lanh.txt')).length);
  });

  it('"allow" writes .vnstyle.json through the client and the finding goes away', async () => {
    const uri = file('articles/lop-nghe.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const d = await until('the finding', () => diagnostics(uri)[0]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, 'quickfix');
    const allow = actions.find((a) => a.command?.command === 'vnstyle.server.allow')!;
    await vscode.commands.executeCommand(allow.command!.command, ...allow.command!.arguments!);
    assert.deepStrictEqual((parse(await read(file('.vnstyle.json'))) as UserConfig).allow, ['ĐV']);
    await until('the finding gone', () => (diagnostics(uri).length === 0 ? true : undefined));
  });
});
