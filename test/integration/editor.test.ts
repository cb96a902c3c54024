/**
 * What the language-server client adds, in a real VS Code host: the server in its own process,
 * the extension's texts in vnstyle.messageLanguage, project decisions written to .vnstyle.json
 * (allow, meaning, a rule off for one file), diagnostics of deleted and renamed files, the
 * read-only configuration view, the language status item, rule pages inside VS Code, the hover,
 * the workspace summary, wrapping in the article language.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeDiagnostic, file, openDoc, until, vnstyleDiagnostics, workspace } from './helpers';

interface Api {
  clientLoadMs: number;
  client: { state: number; initializeResult?: { serverInfo?: { name: string } } };
  ready: Promise<void>;
  status: vscode.LanguageStatusItem;
}

const CONFIG = () => file('.vnstyle.json');
const read = async (uri: vscode.Uri) => Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
const titlesOf = (actions: vscode.CodeAction[]) => actions.map((a) => `${a.isPreferred ? '*' : ''}${a.title}`);

/** The quick fixes of a finding, as the light bulb shows them once VS Code stops cancelling requests (it does while diagnostics change). */
async function quickFixes(uri: vscode.Uri, rule: string): Promise<vscode.CodeAction[]> {
  return until(`the quick fixes of ${rule}`, async () => {
    const d = vnstyleDiagnostics(uri).find((x) => typeof x.code === 'object' && x.code.value === rule);
    const actions = d && (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, 'quickfix'));
    return actions?.length ? actions : undefined;
  });
}

const findings = (uri: vscode.Uri, want: (d: string[]) => boolean, what: string) =>
  until(what, () => {
    const d = vnstyleDiagnostics(uri).map(describeDiagnostic);
    return want(d) ? d : undefined;
  });

async function removeConfig(): Promise<void> {
  try {
    await vscode.workspace.fs.delete(CONFIG());
  } catch {
    /* none written */
  }
}

describe('vnstyle language server client', function () {
  this.timeout(30_000);
  let api: Api;

  before(async () => {
    const ext = vscode.extensions.getExtension('vnstyle.vnstyle')!;
    api = await ext.activate();
    await api.ready;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeConfig();
  });

  it('talks to vnstyle-ls, started in its own process', () => {
    console.log(`      (the client was loaded and started ${api.clientLoadMs.toFixed(0)} ms after activation, off VS Code's activation)`);
    assert.equal(api.client.initializeResult?.serverInfo?.name, 'vnstyle-ls');
    assert.equal(api.client.state, 2); // State.Running
  });

  it('quick-fix titles, the status tooltip and the workspace summary follow vnstyle.messageLanguage', async () => {
    const uri = file('articles/tin-ngan.txt');
    await openDoc(uri);
    assert.deepEqual(titlesOf(await quickFixes(uri, 'abbreviation-undefined')), [
      '*Viết "cán bộ (CB)"',
      'Thay bằng "cán bộ"',
      'Cho phép CB trong dự án này (không cần giải thích)',
      'Thêm nghĩa của CB vào từ điển của dự án…',
      'Tắt abbreviation-undefined cho riêng tệp này (trong .vnstyle.json)',
      'Sửa mọi lỗi sửa được trong tệp này',
    ]);
    const config = vscode.workspace.getConfiguration('vnstyle');
    await config.update('messageLanguage', 'en', vscode.ConfigurationTarget.Workspace);
    try {
      await until('English findings', () =>
        vnstyleDiagnostics(uri).some((d) => d.message.startsWith('Abbreviation "CB" is not explained')) ? true : undefined,
      );
      assert.deepEqual(titlesOf(await quickFixes(uri, 'abbreviation-undefined')), [
        '*Write "cán bộ (CB)"',
        'Replace with "cán bộ"',
        'Allow CB in this project (no explanation needed)',
        'Add the meaning of CB to the project dictionary…',
        'Turn abbreviation-undefined off for this file (in .vnstyle.json)',
        'Fix all fixable problems in this file',
      ]);
      await until('an English status', () =>
        api.status.command?.tooltip === 'vnstyle (recommended): 2 problem(s) in this document. Click to open Problems.' ? true : undefined,
      );
      assert.equal(api.status.detail, 'profile recommended');
      const summary = await vscode.commands.executeCommand<{ message: string }>('vnstyle.lintWorkspace');
      assert.equal(summary.message, 'vnstyle: checked 3 files — errors: 1, warnings: 5, info: 0.');
    } finally {
      await config.update('messageLanguage', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('a Vietnamese status', () =>
      api.status.command?.tooltip === 'vnstyle (recommended): 2 vấn đề trong bài này. Bấm để mở bảng Problems.' ? true : undefined,
    );
  });

  it('lint-workspace ends with a summary whose counts are what VS Code counts', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; problems: number; errors: number; warnings: number; infos: number; message: string }>(
      'vnstyle.lintWorkspace',
    );
    assert.equal(result.message, 'vnstyle: đã kiểm tra 3 tệp — lỗi: 1, cảnh báo: 5, thông tin: 0.');
    const all = ['articles/hoi-nghi.md', 'articles/tin-ngan.txt', 'other/chua-mo.txt'].flatMap((rel) => vnstyleDiagnostics(file(rel)));
    assert.equal(all.length, result.problems);
    const by = (s: vscode.DiagnosticSeverity) => all.filter((d) => d.severity === s).length;
    assert.deepEqual(
      [by(vscode.DiagnosticSeverity.Error), by(vscode.DiagnosticSeverity.Warning), by(vscode.DiagnosticSeverity.Information)],
      [result.errors, result.warnings, result.infos],
    );
  });

  it('in a .txt article "disable for this line" is not offered; "turn the rule off for this file" writes an override for that file only', async () => {
    const uri = file('articles/tin-ngan.txt');
    await openDoc(uri);
    const actions = await quickFixes(uri, 'abbreviation-undefined');
    assert.ok(
      !actions.some((a) => a.title.includes('cho dòng này') || a.edit?.entries().some(([, edits]) => edits.some((e) => e.newText.includes('<!--')))),
      titlesOf(actions).join(' | '),
    );
    const off = actions.find((a) => a.command?.command === 'vnstyle.server.disableRuleForFile')!;
    assert.deepEqual(off.command!.arguments, [uri.toString(), 'abbreviation-undefined']);
    await vscode.commands.executeCommand(off.command!.command, ...off.command!.arguments!);
    assert.deepEqual(JSON.parse(await read(CONFIG())), { overrides: [{ files: './articles/tin-ngan.txt', rules: { 'abbreviation-undefined': 'off' } }] });
    await findings(uri, (d) => d.length === 1 && d[0].startsWith('web-residue'), 'only the other finding left');
    const other = file('articles/hoi-nghi.md');
    await openDoc(other);
    await findings(other, (d) => d.some((x) => x.startsWith('abbreviation-undefined')), 'the rule still on in the other article');
  });

  it('"allow <ABBR> in this project" writes allow and the finding goes away', async () => {
    const uri = file('articles/hoi-nghi.md');
    await openDoc(uri);
    const allow = (await quickFixes(uri, 'abbreviation-undefined')).find((a) => a.command?.command === 'vnstyle.server.allow')!;
    assert.equal(allow.title, 'Cho phép HTX trong dự án này (không cần giải thích)');
    await vscode.commands.executeCommand(allow.command!.command, ...allow.command!.arguments!);
    assert.deepEqual(JSON.parse(await read(CONFIG())), { allow: ['HTX'] });
    await findings(uri, (d) => d.length > 0 && !d.some((x) => x.startsWith('abbreviation-undefined')), 'the abbreviation finding gone');
  });

  it('an unknown abbreviation, once its meaning is added, gets a finding asking for that meaning', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Tít\n\nDự án của BQLDA được duyệt.\n' });
    await vscode.window.showTextDocument(doc);
    const before = await until('the unknown-abbreviation finding', () =>
      vnstyleDiagnostics(doc.uri).find((d) => d.message.startsWith('Viết tắt "BQLDA" chưa được giải thích. Lần đầu hãy viết dạng đầy đủ')),
    );
    assert.equal(before.severity, vscode.DiagnosticSeverity.Information);
    const add = (await quickFixes(doc.uri, 'abbreviation-undefined')).find((a) => a.command?.command === 'vnstyle.server.addMeaning')!;
    assert.equal(add.title, 'Thêm nghĩa của BQLDA vào từ điển của dự án…');
    const [uri, abbr] = add.command!.arguments!;
    const target = await vscode.commands.executeCommand<string>('vnstyle.server.addMeaning', uri, abbr, 'quỹ đầu tư XYZ');
    assert.equal(target, path.join(workspace().fsPath, '.vnstyle.json'));
    assert.deepEqual(JSON.parse(await read(CONFIG())), { abbreviations: { BQLDA: 'quỹ đầu tư XYZ' } });
    const after = await until('the finding asking for the meaning', () =>
      vnstyleDiagnostics(doc.uri).find((d) => d.message === 'Viết tắt "BQLDA" chưa được giải thích. Lần đầu hãy viết: "quỹ đầu tư XYZ (BQLDA)".'),
    );
    assert.equal(after.severity, vscode.DiagnosticSeverity.Warning);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('diagnostics of a renamed or deleted file disappear', async () => {
    const original = file('other/chua-mo.txt');
    const content = await vscode.workspace.fs.readFile(original);
    await vscode.commands.executeCommand('vnstyle.lintWorkspace');
    assert.equal(vnstyleDiagnostics(original).length, 2);
    const renamed = file('other/da-doi-ten.txt');
    try {
      await vscode.workspace.fs.rename(original, renamed);
      await until('no diagnostics on the old name', () => (vnstyleDiagnostics(original).length === 0 ? true : undefined));
      await findings(renamed, (d) => d.length === 2, 'the same findings on the new name');
      await vscode.workspace.fs.delete(renamed);
      await until('no diagnostics on the deleted file', () => (vnstyleDiagnostics(renamed).length === 0 ? true : undefined));
    } finally {
      await vscode.workspace.fs.writeFile(original, content);
    }
  });

  it('"show configuration" is a read-only view saying where each value comes from', async () => {
    const config = vscode.workspace.getConfiguration('vnstyle');
    await config.update('profile', 'party-press', vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.writeFile(
      CONFIG(),
      Buffer.from('{\n  "rules": { "dash": "off" },\n  "overrides": [{ "files": "articles/*.txt", "rules": { "quotes": "error" } }]\n}\n'),
    );
    try {
      const uri = file('articles/tin-ngan.txt');
      await openDoc(uri);
      const content = await until('the file read', async () => {
        const c = await vscode.commands.executeCommand<string>('vnstyle.showConfig', uri);
        return c.includes('"dash": {"severity":"off"}') ? c : undefined;
      });
      const cfgPath = CONFIG().fsPath;
      assert.match(content, /^ {2}"profile": "party-press", \/\/ thiết lập của trình soạn thảo \(vnstyle\.\*\)$/m);
      assert.ok(content.includes(`    "dash": {"severity":"off"}, // ${cfgPath}\n`), content);
      assert.ok(content.includes(`    "quotes": {"severity":"error"}, // ${cfgPath}, overrides[0]\n`), content);
      assert.ok(content.includes('    "datelinePattern": "dd/MM/yyyy - HH:mm", // hồ sơ party-press\n'), content);
      const shown = vscode.window.activeTextEditor!.document;
      assert.equal(shown.uri.scheme, 'vnstyle-config');
      assert.equal(shown.languageId, 'jsonc');
      assert.equal(shown.getText(), content);
      await vscode.commands.executeCommand('type', { text: 'typed' }); // as a person types into the editor
      assert.equal(shown.getText(), content, 'the view cannot be edited');
      assert.equal(shown.isDirty, false);
    } finally {
      await config.update('profile', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('the language status shows the count VS Code counts and opens Problems without toggling it', async () => {
    const uri = file('articles/hoi-nghi.md');
    await openDoc(uri);
    const n = (await findings(uri, (d) => d.length > 0, 'findings')).length;
    await until('the status', () => (api.status.text === `$(warning) vnstyle: ${n}` && api.status.detail === 'hồ sơ recommended' ? true : undefined));
    assert.equal(api.status.command?.command, 'workbench.panel.markers.view.focus');
    for (let i = 0; i < 2; i++) await vscode.commands.executeCommand(api.status.command!.command);
  });

  it('the rule link opens the page shipped in the extension, as a Markdown preview', async () => {
    const uri = file('articles/tin-ngan.txt');
    await openDoc(uri);
    const d = await until('a finding', () => vnstyleDiagnostics(uri).find((x) => typeof x.code === 'object' && x.code.value === 'abbreviation-undefined'));
    const target = (d.code as { target: vscode.Uri }).target;
    const ext = vscode.extensions.getExtension('vnstyle.vnstyle')!;
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'abbreviation-undefined.md'));
    await vscode.commands.executeCommand(target.path, ...JSON.parse(target.query));
    await until('a Markdown preview of the page', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview') && t.label.includes('abbreviation-undefined')),
    );
    const page = vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'abbreviation-undefined.md');
    await until('the page opened as a document', () => (vscode.workspace.textDocuments.some((d) => d.uri.toString() === page.toString()) ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(vnstyleDiagnostics(page), [], 'the rule page itself is not checked');
  });

  it('the hover explains the rule with one of its examples', async () => {
    const uri = file('articles/tin-ngan.txt');
    await openDoc(uri);
    const d = await until('a finding', () => vnstyleDiagnostics(uri).find((x) => typeof x.code === 'object' && x.code.value === 'abbreviation-undefined'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start.translate(0, 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('**vnstyle · abbreviation-undefined** — Viết tắt phải được giải thích ở lần dùng đầu tiên'), text);
    assert.ok(text.includes('Quy ước của các tòa soạn và tạp chí'), text);
    assert.ok(text.includes('*Ví dụ* — Sai: `Toàn thể CB tham gia học tập nghị quyết.` → Đúng: `Toàn thể cán bộ (CB) tham gia học tập nghị quyết.`'), text);
  });

  it('articles wrap by default in the vietnamese-article language', () => {
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'vietnamese-article' }).get('wordWrap'), 'on');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'off');
  });
});
