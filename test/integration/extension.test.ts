/**
 * The extension in a real VS Code extension host: diagnostics equal to the command's,
 * quick fixes, fix-all, live typing, configuration changes, broken configuration,
 * workspace lint, inline disable, the project dictionary.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import { parse as parseJsonc } from 'jsonc-parser';
import { lint } from '../../src/core/engine';
import { resolveConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { describeDiagnostic, file, openDoc, until, vnstyleDiagnostics, workspace } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface CliMessage {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function cliJson(fsPath: string): Array<{ messages: CliMessage[] }> {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vnstyle.js'), '--format', 'json', fsPath], {
    cwd: workspace().fsPath,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  assert.ok(r.status === 0 || r.status === 1, `vnstyle exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const diagnosticsOf = (uri: vscode.Uri, want: (d: string[]) => boolean, what: string) =>
  until(what, () => {
    const d = vnstyleDiagnostics(uri).map(describeDiagnostic);
    return want(d) ? d : undefined;
  });

async function writeWorkspaceFile(rel: string, content: string): Promise<vscode.Uri> {
  const uri = file(rel);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(content, 'utf8'));
  return uri;
}

/** Preferred quick fixes over the document's vnstyle diagnostics, plus the fix-all source action: 0 once nothing is fixable. */
async function preferredFixes(uri: vscode.Uri): Promise<number> {
  let n = 0;
  for (const d of vnstyleDiagnostics(uri)) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, 'quickfix');
    n += actions.filter((a) => a.isPreferred).length;
  }
  const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    new vscode.Range(0, 0, 0, 0),
    'source.fixAll.vnstyle',
  );
  return n + fixAll.length;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('vnstyle extension', function () {
  this.timeout(30_000);

  before(async () => {
    const ext = vscode.extensions.getExtension('vnstyle.vnstyle');
    assert.ok(ext, 'the extension is loaded from the development path');
    await ext.activate();
  });

  afterEach(closeAll);

  it('publishes the engine findings with exactly the ranges and rule ids of vnstyle --format json', async () => {
    for (const rel of ['articles/hoi-nghi.md', 'articles/tin-ngan.txt']) {
      const uri = file(rel);
      await openDoc(uri);
      const expected = cliJson(uri.fsPath)[0].messages.map((m) => `${m.ruleId} ${m.line - 1}:${m.column - 1}-${m.endLine - 1}:${m.endColumn - 1}`);
      assert.ok(expected.length >= 2, `${rel} should have findings`);
      const got = await diagnosticsOf(uri, (d) => d.length === expected.length, `diagnostics on ${rel}`);
      assert.deepEqual(got, expected);
    }
  });

  it('maps severity, source and a code that links to the rule documentation', async () => {
    const uri = file('articles/tin-ngan.txt');
    await openDoc(uri);
    await diagnosticsOf(uri, (d) => d.length > 0, 'diagnostics');
    const d = vnstyleDiagnostics(uri).find((x) => typeof x.code === 'object' && x.code.value === 'abbreviation-undefined')!;
    assert.equal(d.source, 'vnstyle');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(d.message, 'Viết tắt "CB" chưa được giải thích. Lần đầu hãy viết: "cán bộ (CB)".');
    // The link opens the page that ships in the extension (offline), not the web page.
    const target = (d.code as { target: vscode.Uri }).target;
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, 'vnstyle.openRuleDocs');
    assert.deepEqual(JSON.parse(target.query), ['abbreviation-undefined']);
  });

  it('applying the abbreviation quick fix yields the exact text', async () => {
    const uri = file('articles/tin-ngan.txt');
    const doc = await openDoc(uri);
    await diagnosticsOf(uri, (d) => d.some((x) => x.startsWith('abbreviation-undefined')), 'the abbreviation finding');
    const diag = vnstyleDiagnostics(uri).find((x) => typeof x.code === 'object' && x.code.value === 'abbreviation-undefined')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((a) => `${a.isPreferred ? '*' : ''}${a.title}`);
    assert.ok(titles.includes('*Viết "cán bộ (CB)"'), titles.join(' | '));
    assert.ok(titles.includes('Thay bằng "cán bộ"'), titles.join(' | '));
    const preferred = actions.find((a) => a.isPreferred && a.title === 'Viết "cán bộ (CB)"')!;
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    assert.equal(
      doc.getText(),
      'Phường ra quân làm sạch kênh\n\nSáng 3/3/2024, các cán bộ (CB) phường cùng người dân ra quân làm sạch kênh.\n\nMinh Anh\n\nChia sẻ bài viết\n',
    );
  });

  it('"fix all" and source.fixAll.vnstyle leave no fixable finding and the expected text', async () => {
    const content = 'Tít bài\n\nSáng 5/3/2024 và trưa 5/3/2024 các HTX họp, chiều 6-3-2024 họp tiếp, giai đoạn 2021 -2025.\n\nLan Anh.\n\nChia sẻ bài viết\n';
    const fixed = 'Tít bài\n\nSáng 5/3/2024 và trưa 5/3/2024 các hợp tác xã (HTX) họp, chiều 6/3/2024 họp tiếp, giai đoạn 2021 - 2025.\n\nLan Anh\n';
    const a = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    await vscode.window.showTextDocument(a);
    await diagnosticsOf(a.uri, (d) => d.length >= 5, 'findings to fix');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      a.uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.vnstyle',
    );
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind?.value, 'source.fixAll.vnstyle');
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    assert.equal(a.getText(), fixed);
    await until('a re-lint without fixable findings', async () => ((await preferredFixes(a.uri)) === 0 ? true : undefined));
    await closeAll();

    const b = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    await vscode.window.showTextDocument(b);
    assert.equal(await vscode.commands.executeCommand('vnstyle.fixAll'), true);
    assert.equal(b.getText(), fixed);
  });

  it('typing updates diagnostics, and a stale result never overwrites a newer one', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Tít\n\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const pieces = ['Sáng 5/3/2024 các HTX họp. ', 'Chiều 6-3-2024 UBND xã họp. ', 'Ngày 31/4/2024 không có. ', 'Giai đoạn 2021 -2025. ', 'Các CB tham gia.'];
    for (const p of pieces) {
      await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), p)); // faster than the 250 ms debounce
    }
    const expected = lint(doc.getText(), { format: 'markdown', config: resolveConfig({ profile: 'recommended' }, RULES), lang: 'vi' }).findings.map(
      (f) =>
        `${f.ruleId} ${doc.positionAt(f.start).line}:${doc.positionAt(f.start).character}-${doc.positionAt(f.end).line}:${doc.positionAt(f.end).character}`,
    );
    assert.ok(expected.length >= 5);
    // Wait for exactly the final text's findings (a slow host may show an intermediate text's first: they are not stale).
    const got = await diagnosticsOf(doc.uri, (d) => JSON.stringify(d) === JSON.stringify(expected), 'diagnostics for the final text');
    assert.deepEqual(got, expected);
    await new Promise((r) => setTimeout(r, 600)); // nothing older arrives later
    assert.deepEqual(vnstyleDiagnostics(doc.uri).map(describeDiagnostic), expected);
  });

  it('changing vnstyle.profile re-lints open documents', async () => {
    const uri = file('articles/hoi-nghi.md');
    await openDoc(uri);
    await diagnosticsOf(uri, (d) => d.length > 0 && !d.some((x) => x.startsWith('year-range')), 'recommended findings');
    const config = vscode.workspace.getConfiguration('vnstyle');
    await config.update('profile', 'party-press', vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsOf(uri, (d) => d.some((x) => x.startsWith('year-range')), 'the party-press range finding');
    } finally {
      await config.update('profile', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsOf(uri, (d) => !d.some((x) => x.startsWith('year-range')), 'back to recommended');
  });

  it('changing a .vnstyle.json re-lints open documents, and the file wins over settings', async () => {
    const uri = file('articles/hoi-nghi.md');
    await openDoc(uri);
    await diagnosticsOf(uri, (d) => d.some((x) => x.startsWith('abbreviation-undefined')), 'the abbreviation finding');
    const config = vscode.workspace.getConfiguration('vnstyle');
    await config.update('rules', { 'abbreviation-undefined': 'error' }, vscode.ConfigurationTarget.Workspace);
    const cfg = await writeWorkspaceFile('.vnstyle.json', '{\n  // the repository decides\n  "rules": { "abbreviation-undefined": "off" }\n}\n');
    try {
      await diagnosticsOf(uri, (d) => d.length > 0 && !d.some((x) => x.startsWith('abbreviation-undefined')), 'the rule turned off by the file');
    } finally {
      await vscode.workspace.fs.delete(cfg);
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsOf(uri, (d) => d.some((x) => x.startsWith('abbreviation-undefined')), 'the rule back after the file is deleted');
  });

  it('a broken .vnstyle.json produces a visible error on that file, not an exception or silence', async () => {
    const uri = file('articles/hoi-nghi.md');
    await openDoc(uri);
    await diagnosticsOf(uri, (d) => d.length > 0, 'findings');
    const cfg = await writeWorkspaceFile('.vnstyle.json', '{\n  "rules": { "no-such-rule": "warning" }\n}\n');
    try {
      const problems = await until('an error on the configuration file', () => {
        const d = vscode.languages.getDiagnostics(cfg).filter((x) => x.severity === vscode.DiagnosticSeverity.Error);
        return d.length ? d : undefined;
      });
      assert.match(problems[0].message, /no-such-rule/);
      assert.equal(problems[0].range.start.line, 1);
      await diagnosticsOf(uri, (d) => d.length === 0, 'articles not linted with a broken configuration');
    } finally {
      await vscode.workspace.fs.delete(cfg);
    }
    await diagnosticsOf(uri, (d) => d.length > 0, 'findings again once the file is gone');
    assert.equal(vscode.languages.getDiagnostics(cfg).length, 0);
  });

  it('the lint-workspace command fills diagnostics for files that are not open', async () => {
    const uri = file('other/chua-mo.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
    const result = await vscode.commands.executeCommand<{ files: number; problems: number; cancelled: boolean }>('vnstyle.lintWorkspace');
    assert.equal(result.files, 3);
    assert.equal(result.cancelled, false);
    const got = vnstyleDiagnostics(uri).map(describeDiagnostic);
    assert.deepEqual(got, ['date-invalid 2:5-2:14', 'abbreviation-undefined 2:34-2:37']);
  });

  it('"Disable <rule> for this line" inserts the inline comment and the finding goes away', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Tít\n\n  Các HTX họp.\n' });
    await vscode.window.showTextDocument(doc);
    await diagnosticsOf(doc.uri, (d) => d.some((x) => x.startsWith('abbreviation-undefined')), 'the finding');
    const diag = vnstyleDiagnostics(doc.uri)[0];
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, 'quickfix');
    const disable = actions.find((a) => a.title === 'Disable abbreviation-undefined for this line' || a.title === 'Tắt abbreviation-undefined cho dòng này')!;
    assert.ok(disable, actions.map((a) => a.title).join(' | '));
    await vscode.workspace.applyEdit(disable.edit!);
    assert.equal(doc.getText(), '# Tít\n\n  <!-- vnstyle-disable-next-line abbreviation-undefined -->\n  Các HTX họp.\n');
    await diagnosticsOf(doc.uri, (d) => !d.some((x) => x.startsWith('abbreviation-undefined')), 'the finding suppressed');
  });

  it('"Add the meaning of <ABBR>" writes the nearest .vnstyle.json (creating one at the folder root) and the finding then asks for it', async () => {
    const uri = file('articles/hoi-nghi.md');
    await openDoc(uri);
    await diagnosticsOf(uri, (d) => d.some((x) => x.startsWith('abbreviation-undefined')), 'the finding');
    const diag = vnstyleDiagnostics(uri).find((x) => typeof x.code === 'object' && x.code.value === 'abbreviation-undefined')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, 'quickfix');
    const add = actions.find((a) => a.command?.command === 'vnstyle.server.addMeaning')!;
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    assert.equal(add.title, 'Thêm nghĩa của HTX vào từ điển của dự án…');
    assert.deepEqual(add.command!.arguments!.slice(0, 2), [uri.toString(), 'HTX']);
    const target = await vscode.commands.executeCommand<string>('vnstyle.server.addMeaning', uri.toString(), 'HTX', 'hợp tác xã kiểu mới');
    try {
      assert.equal(target, path.join(workspace().fsPath, '.vnstyle.json'));
      const written = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(target))).toString('utf8'));
      assert.deepEqual(written, { abbreviations: { HTX: 'hợp tác xã kiểu mới' } });
      await until('the message using the new full form', () =>
        vnstyleDiagnostics(uri).some((d) => d.message.includes('"hợp tác xã kiểu mới (HTX)"')) ? true : undefined,
      );
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.file(target));
    }
  });

  it('shows the effective configuration', async () => {
    await openDoc(file('articles/tin-ngan.txt'));
    const content = await vscode.commands.executeCommand<string>('vnstyle.showConfig');
    const shown = parseJsonc(content);
    assert.equal(shown.profile, 'recommended');
    assert.equal(shown.rules['web-residue'].severity, 'warning');
  });

  it('clears diagnostics when a document is closed', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Tít\n\nCác HTX họp.\n' });
    await vscode.window.showTextDocument(doc);
    await diagnosticsOf(doc.uri, (d) => d.length > 0, 'findings');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until('diagnostics cleared', () => (vnstyleDiagnostics(doc.uri).length === 0 ? true : undefined));
  });
});
