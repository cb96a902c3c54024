/**
 * vnstyle-ls over LSP, as an editor's client talks to it: the process over stdio (push and
 * pull diagnostics, UTF-16 positions, code actions, commands, settings, watched files, the
 * workspace check, hover, the configuration view), the browser's file access through the
 * client, and the web-worker bundle.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { PassThrough } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { StreamMessageReader, StreamMessageWriter, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../src/server/server';
import { ClientFiles } from '../../src/server/files';
import { ROOT } from './helpers';
import { tempDir, vnstyle, write } from './cli-helpers';
import { describeDiagnostic, LS_BIN, TestClient, uriOf } from './lsp-client';

const TXT = 'Phường ra quân làm sạch kênh\n\nSáng 3/3/2024 😀 các CB phường cùng người dân ra quân làm sạch kênh.\n\nMinh Anh\n\nChia sẻ bài viết\n';
const MD = '# Hội nghị tổng kết\n\nSáng 12/1/2024 và chiều 13/1/2024, các HTX họp.\nCác HTX khác báo cáo trước ngày 20-1-2024.\n\nThu Trang\n';

function workspace(files: Record<string, string> = {}): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [rel, content] of Object.entries(files)) write(dir, rel, content);
  return dir;
}

/** The command's findings for a file, as "rule line:col-line:col" (0-based, UTF-16). */
function cliFindings(file: string): string[] {
  const r = vnstyle(['--format', 'json', file], { cwd: path.dirname(file) });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return (JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }>).map(
    (m) => `${m.ruleId} ${m.line - 1}:${m.column - 1}-${m.endLine - 1}:${m.endColumn - 1}`,
  );
}

const titles = (actions: CodeAction[]) => actions.map((a) => `${a.isPreferred ? '*' : ''}${a.title}`);
const codeActions = (c: TestClient, uri: string, d: Diagnostic, only?: string[]) =>
  c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });
const finding = (ds: Diagnostic[], rule: string) => ds.find((d) => d.code === rule)!;

/** Apply LSP text edits to a text (UTF-16 positions). */
function applyTextEdits(text: string, edits: Array<{ range: Diagnostic['range']; newText: string }>): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const at = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return [...edits]
    .sort((a, b) => at(b.range.start) - at(a.range.start))
    .reduce((t, e) => t.slice(0, at(e.range.start)) + e.newText + t.slice(at(e.range.end)), text);
}
const editsOf = (a: CodeAction) => (a.edit!.documentChanges ? (a.edit!.documentChanges[0] as { edits: any[] }).edits : Object.values(a.edit!.changes!)[0]);

describe('vnstyle-ls', function () {
  this.timeout(30_000);
  const clients: TestClient[] = [];
  const start = async (...a: Parameters<typeof TestClient.start>) => {
    const c = await TestClient.start(...a);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  it('prints its version and help; without a transport it says how to start it and exits 2', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(JSON.stringify(pkg.bin['vnstyle-ls']), '"bin/vnstyle-ls.js"');
    const run = (args: string[]) => spawnSync(process.execPath, [LS_BIN, ...args], { encoding: 'utf8' });
    assert.equal(run(['--version']).stdout, `${pkg.version}\n`);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /vnstyle-ls --stdio/);
    const none = run([]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Cách dùng \/ usage: {2}vnstyle-ls --stdio/);
  });

  it('announces standard capabilities and UTF-16 positions (negotiated)', async () => {
    const c = await start({ root: workspace(), capabilities: { general: { positionEncodings: ['utf-8', 'utf-16'] } } });
    const caps = c.initializeResult.capabilities;
    assert.equal(caps.positionEncoding, 'utf-16');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.vnstyle'], resolveProvider: true });
    assert.ok(caps.executeCommandProvider!.commands.includes('vnstyle.server.lintWorkspace'));
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.diagnosticProvider, undefined, 'a client that does not pull gets pushed diagnostics');
    assert.equal(c.initializeResult.serverInfo?.name, 'vnstyle-ls');
  });

  it('pushes the findings of vnstyle --format json at the same UTF-16 positions, with links to the rule pages', async () => {
    const dir = workspace({ 'bai/tin.txt': TXT, 'bai/hop.md': MD });
    const c = await start({ root: dir });
    for (const [rel, lang] of [
      ['bai/tin.txt', 'plaintext'],
      ['bai/hop.md', 'markdown'],
    ]) {
      const file = path.join(dir, rel);
      const uri = uriOf(file);
      await c.open(uri, fs.readFileSync(file, 'utf8'), lang);
      const expected = cliFindings(file);
      assert.ok(expected.length >= 2, rel);
      const got = await c.diagnosticsOf(uri);
      assert.deepEqual(got.map(describeDiagnostic), expected);
    }
    const d = finding(c.pushed.get(uriOf(path.join(dir, 'bai/tin.txt')))!, 'abbreviation-undefined');
    assert.equal(d.range.start.character, 21, 'the emoji before counts two UTF-16 code units');
    assert.deepEqual(
      { source: d.source, severity: d.severity, href: d.codeDescription?.href, message: d.message },
      {
        source: 'vnstyle',
        severity: 2,
        href: 'https://github.com/vnstyle/vnstyle/blob/main/docs/rules/abbreviation-undefined.md',
        message: 'Viết tắt "CB" chưa được giải thích. Lần đầu hãy viết: "cán bộ (CB)".',
      },
    );
  });

  it('answers pulls from a client that offers them (and pushes nothing for open documents); edits are checked after a pause', async () => {
    const dir = workspace({ 'tin.txt': TXT });
    const c = await start({ root: dir, capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    assert.deepEqual(c.initializeResult.capabilities.diagnosticProvider, { identifier: 'vnstyle', interFileDependencies: false, workspaceDiagnostics: false });
    const uri = uriOf(path.join(dir, 'tin.txt'));
    await c.open(uri, TXT);
    const report = await c.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map(describeDiagnostic), cliFindings(path.join(dir, 'tin.txt')));
    await c.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 22 }, end: { line: 2, character: 24 } }, text: 'cán bộ' }],
    });
    const after = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(!after.items.some((d) => d.code === 'abbreviation-undefined'), after.items.map(describeDiagnostic).join());
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(c.pushed.has(uri), false);
  });

  it('code actions in plain text: the preferred fix, suggestions, allow, the meaning, the rule off for this file (no HTML comment), fix all', async () => {
    const dir = workspace({ 'tin.txt': TXT });
    const c = await start({ root: dir, capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
    const uri = uriOf(path.join(dir, 'tin.txt'));
    await c.open(uri, TXT);
    const d = finding(await c.diagnosticsOf(uri), 'abbreviation-undefined');
    const actions = await codeActions(c, uri, d);
    assert.deepEqual(titles(actions), [
      '*Viết "cán bộ (CB)"',
      'Thay bằng "cán bộ"',
      'Cho phép CB trong dự án này (không cần giải thích)',
      'Thêm nghĩa của CB vào từ điển của dự án…',
      'Tắt abbreviation-undefined cho riêng tệp này (trong .vnstyle.json)',
      'Sửa mọi lỗi sửa được trong tệp này',
    ]);
    assert.equal(applyTextEdits(TXT, editsOf(actions[0])), TXT.replace('các CB', 'các cán bộ (CB)'));
    assert.deepEqual((actions[0].edit!.documentChanges![0] as { textDocument: unknown }).textDocument, { uri, version: 1 });
    assert.deepEqual(actions[2].command, { title: actions[2].title, command: 'vnstyle.server.allow', arguments: [uri, 'CB'] });
    assert.deepEqual(actions[3].command!.arguments, [uri, 'CB', null, ['cán bộ']]);
    assert.deepEqual(actions[4].command!.arguments, [uri, 'abbreviation-undefined']);
    // Without resolve support the fix-all edit comes at once.
    assert.equal(
      applyTextEdits(TXT, editsOf(actions[5])),
      'Phường ra quân làm sạch kênh\n\nSáng 3/3/2024 😀 các cán bộ (CB) phường cùng người dân ra quân làm sạch kênh.\n\nMinh Anh\n',
    );
    // Clients that send no diagnostics back, or convert their range (Neovim 0.7 sends byte columns), get the same actions.
    const none = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: d.range.start, end: d.range.start },
      context: { diagnostics: [] },
    });
    assert.deepEqual(titles(none), titles(actions));
    const bytes = { ...d, range: { start: { line: 2, character: 28 }, end: { line: 2, character: 30 } } };
    assert.deepEqual(titles(await codeActions(c, uri, bytes)), titles(actions));
    const source = await codeActions(c, uri, d, ['source.fixAll.vnstyle']);
    assert.deepEqual(
      source.map((a) => [a.kind, a.title]),
      [['source.fixAll.vnstyle', 'Sửa mọi lỗi sửa được trong tệp này']],
    );
    assert.equal(applyTextEdits(TXT, editsOf(source[0])), applyTextEdits(TXT, editsOf(actions[5])));
  });

  it('code actions in Markdown: disable-next-line only above a block\'s first line; "fix all of this rule" resolved when the client resolves', async () => {
    const dir = workspace({ 'hop.md': MD });
    const c = await start({ root: dir, capabilities: { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } } });
    const uri = uriOf(path.join(dir, 'hop.md'));
    await c.open(uri, MD, 'markdown');
    const ds = await c.diagnosticsOf(uri);
    const first = ds.find((d) => d.code === 'abbreviation-undefined' && d.range.start.line === 2)!;
    const actions = await codeActions(c, uri, first);
    const disable = actions.find((a) => a.title === 'Tắt abbreviation-undefined cho dòng này')!;
    assert.equal(applyTextEdits(MD, editsOf(disable)), MD.replace('Sáng 12/1', '<!-- vnstyle-disable-next-line abbreviation-undefined -->\nSáng 12/1'));
    const fixAll = actions.find((a) => a.title === 'Sửa mọi lỗi sửa được trong tệp này')!;
    assert.equal(fixAll.edit, undefined, 'computed on resolve');
    const resolved = await c.request<CodeAction>('codeAction/resolve', fixAll);
    assert.equal(
      applyTextEdits(MD, editsOf(resolved)),
      '# Hội nghị tổng kết\n\nSáng 12/1/2024 và chiều 13/1/2024, các hợp tác xã (HTX) họp.\nCác HTX khác báo cáo trước ngày 20/1/2024.\n\nThu Trang\n',
    );
    // The date finding is on the paragraph's second line: a comment line there would split the paragraph.
    const second = await codeActions(c, uri, finding(ds, 'date-format'));
    assert.ok(!second.some((a) => a.title.includes('cho dòng này')), titles(second).join(' | '));
    assert.ok(second.some((a) => a.command?.command === 'vnstyle.server.disableRuleForFile'));
  });

  it('allow, the meaning and the rule off for one file are written to the nearest .vnstyle.json (comments kept) and the article is checked again', async () => {
    const dir = workspace({ 'bai/tin.txt': TXT, 'bai/khac.txt': TXT, '.vnstyle.json': '{\n  // our desk\n  "profile": "recommended"\n}\n' });
    const c = await start({ root: dir });
    const uri = uriOf(path.join(dir, 'bai/tin.txt'));
    await c.open(uri, TXT);
    await c.diagnosticsOf(uri, (d) => d.some((x) => x.code === 'abbreviation-undefined'));
    const cfg = path.join(dir, '.vnstyle.json');
    assert.equal(await c.command('vnstyle.server.addMeaning', uri, 'CB', 'cán bộ công chức'), cfg);
    await c.diagnosticsOf(uri, (d) => d.some((x) => x.message.includes('"cán bộ công chức (CB)"')), 'the finding asking for the new meaning');
    await c.command('vnstyle.server.allow', uri, 'CB');
    await c.diagnosticsOf(uri, (d) => !d.some((x) => x.code === 'abbreviation-undefined'), 'CB allowed');
    await c.command('vnstyle.server.disableRuleForFile', uri, 'web-residue');
    await c.command('vnstyle.server.disableRuleForFile', uri, 'whitespace'); // the same override entry
    await c.diagnosticsOf(uri, (d) => d.length === 0, 'web-residue off for this file');
    assert.equal(
      fs.readFileSync(cfg, 'utf8'),
      '{\n  // our desk\n  "profile": "recommended",\n  "abbreviations": {\n    "CB": "cán bộ công chức"\n  },\n  "allow": [\n    "CB"\n  ],\n  "overrides": [\n    {\n      "files": "./bai/tin.txt",\n      "rules": {\n        "web-residue": "off",\n        "whitespace": "off"\n      }\n    }\n  ]\n}\n',
    );
    const other = uriOf(path.join(dir, 'bai/khac.txt'));
    await c.open(other, TXT);
    await c.diagnosticsOf(other, (d) => d.length === 1 && d[0].code === 'web-residue', 'the override applies to that file only');
  });

  it('a client that cannot ask for a meaning gets the entry written empty and opened at its value', async () => {
    const dir = workspace({ 'tin.txt': 'Tít\n\nDự án của BQLDA được duyệt.\n' });
    const c = await start({ root: dir, capabilities: { window: { showDocument: { support: true } } } });
    const uri = uriOf(path.join(dir, 'tin.txt'));
    await c.open(uri, 'Tít\n\nDự án của BQLDA được duyệt.\n');
    await c.diagnosticsOf(uri, (d) => d.some((x) => x.code === 'abbreviation-undefined'));
    await c.command('vnstyle.server.addMeaning', uri, 'BQLDA');
    const cfg = path.join(dir, '.vnstyle.json');
    assert.equal(fs.readFileSync(cfg, 'utf8'), '{\n  "abbreviations": {\n    "BQLDA": ""\n  }\n}\n');
    const shown = await c.until('showDocument', () => c.received.find((r) => r.method === 'window/showDocument'));
    assert.deepEqual(shown.params, { uri: uriOf(cfg), takeFocus: true, selection: { start: { line: 2, character: 14 }, end: { line: 2, character: 14 } } });
  });

  it('settings come from initializationOptions, or from workspace/configuration per document; a change of settings re-checks', async () => {
    const dir = workspace({ 'hop.md': MD.replace('họp.', 'họp giai đoạn 2021-2025.') });
    const uri = uriOf(path.join(dir, 'hop.md'));
    const text = fs.readFileSync(path.join(dir, 'hop.md'), 'utf8');
    const a = await start({ root: dir, initializationOptions: { vnstyle: { profile: 'party-press', messageLanguage: 'en' } } });
    await a.open(uri, text, 'markdown');
    const ds = await a.diagnosticsOf(uri, (d) => d.some((x) => x.code === 'year-range'), 'the party-press range finding');
    assert.match(finding(ds, 'abbreviation-undefined').message, /^Abbreviation "HTX" is not explained/);
    let profile = 'recommended';
    const b = await start({
      root: dir,
      capabilities: { workspace: { configuration: true } },
      settings: (scope) => (scope === uri ? { profile, rules: { 'date-format': 'off' } } : null),
    });
    await b.open(uri, text, 'markdown');
    await b.diagnosticsOf(uri, (d) => d.length > 0 && !d.some((x) => x.code === 'year-range' || x.code === 'date-format'), 'recommended, date-format off');
    profile = 'party-press';
    await b.notify('workspace/didChangeConfiguration', { settings: null });
    await b.diagnosticsOf(uri, (d) => d.some((x) => x.code === 'year-range'), 'checked again with party-press');
  });

  it('re-reads .vnstyle.json on workspace/didChangeWatchedFiles (and, for a client that watches nothing, before each check)', async () => {
    const dir = workspace({ 'tin.txt': TXT });
    const uri = uriOf(path.join(dir, 'tin.txt'));
    const cfg = path.join(dir, '.vnstyle.json');
    const c = await start({ root: dir, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const reg = await c.until('the watcher registration', () => c.received.find((r) => r.method === 'client/registerCapability'));
    assert.deepEqual(
      reg.params.registrations[0].registerOptions.watchers.map((w: { globPattern: string }) => w.globPattern),
      ['**/.vnstyle.json', '**/*.json', '**/*.{md,markdown,mdx,mkd,txt}'],
    );
    await c.open(uri, TXT);
    await c.diagnosticsOf(uri, (d) => d.some((x) => x.code === 'web-residue'));
    fs.writeFileSync(cfg, '{ "rules": { "web-residue": "off" } }\n');
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(cfg), type: 1 }] });
    await c.diagnosticsOf(uri, (d) => d.length > 0 && !d.some((x) => x.code === 'web-residue'), 'the rule off after the change');

    const dir2 = workspace({ 'tin.txt': TXT });
    const uri2 = uriOf(path.join(dir2, 'tin.txt'));
    const d = await start({ root: dir2 });
    await d.open(uri2, TXT);
    await d.diagnosticsOf(uri2, (x) => x.some((y) => y.code === 'web-residue'));
    fs.writeFileSync(path.join(dir2, '.vnstyle.json'), '{ "rules": { "web-residue": "off" } }\n');
    await d.notify('textDocument/didChange', { textDocument: { uri: uri2, version: 2 }, contentChanges: [{ text: TXT + '\n' }] });
    await d.diagnosticsOf(uri2, (x) => x.length > 0 && !x.some((y) => y.code === 'web-residue'), 'read again at the next check');
  });

  it('a broken .vnstyle.json is reported on that file and in a message; articles get no findings until it is fixed', async () => {
    const dir = workspace({ 'tin.txt': TXT, '.vnstyle.json': '{\n  "rules": { "no-such-rule": "warning" }\n}\n' });
    const c = await start({ root: dir });
    const uri = uriOf(path.join(dir, 'tin.txt'));
    await c.open(uri, TXT);
    const problems = await c.diagnosticsOf(uriOf(path.join(dir, '.vnstyle.json')));
    assert.equal(problems[0].severity, 1);
    assert.equal(problems[0].range.start.line, 1);
    assert.match(problems[0].message, /Không có quy tắc "no-such-rule"/);
    assert.deepEqual(await c.diagnosticsOf(uri, () => true), []);
    const message = await c.until('an error message', () => c.received.find((r) => r.method === 'window/showMessageRequest'));
    assert.equal(message.params.type, 1);
    assert.match(message.params.message, /^vnstyle: cấu hình không hợp lệ/);
  });

  it('lint-workspace pushes the files that are not open and ends with a summary; a deleted file loses its diagnostics', async () => {
    const dir = workspace({
      'a/tin.txt': TXT,
      'b/hop.md': MD,
      'b/skip.txt': 'Tít\n\nBài bỏ qua, có CB.\n',
      '.vnstyleignore': 'b/skip.txt\n',
      'c/bad.txt': Buffer.from([0x54, 0xe0, 0x0a]) as unknown as string,
    });
    const c = await start({ root: dir, capabilities: { window: { workDoneProgress: true } } });
    const summary = await c.command('vnstyle.server.lintWorkspace');
    const cli = JSON.parse(vnstyle(['--format', 'json', 'a/tin.txt', 'b/hop.md'], { cwd: dir }).stdout) as Array<{ messages: Array<{ severity: string }> }>;
    const sev = (s: string) => cli.flatMap((f) => f.messages).filter((m) => m.severity === s).length;
    const [errors, warnings, infos] = [sev('error'), sev('warning'), sev('info')];
    assert.ok(warnings > 0 && errors + warnings + infos >= 4);
    assert.deepEqual(summary, {
      files: 2,
      problems: errors + warnings + infos,
      errors,
      warnings,
      infos,
      skipped: 1,
      cancelled: false,
      message: `vnstyle: đã kiểm tra 2 tệp — lỗi: ${errors}, cảnh báo: ${warnings}, thông tin: ${infos}. 1 tệp không đọc được (xem nhật ký).`,
    });
    const tin = uriOf(path.join(dir, 'a/tin.txt'));
    assert.deepEqual(c.pushed.get(tin)!.map(describeDiagnostic), cliFindings(path.join(dir, 'a/tin.txt')));
    assert.equal(c.pushed.has(uriOf(path.join(dir, 'b/skip.txt'))), false);
    assert.ok(c.received.some((r) => r.method === 'window/workDoneProgress/create'));
    assert.ok(c.received.some((r) => r.method === '$/progress' && r.params.value.kind === 'end'));
    assert.ok(c.received.some((r) => r.method === 'window/showMessage' && r.params.message === summary.message));
    fs.rmSync(path.join(dir, 'a/tin.txt'));
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: tin, type: 3 }] });
    await c.diagnosticsOf(tin, (d) => d.length === 0, 'no diagnostics for the deleted file');
  });

  it('hover: the rule, why it exists, and one of its examples', async () => {
    const dir = workspace({ 'tin.txt': TXT });
    const c = await start({ root: dir });
    const uri = uriOf(path.join(dir, 'tin.txt'));
    await c.open(uri, TXT);
    const d = finding(await c.diagnosticsOf(uri), 'abbreviation-undefined');
    const hover = await c.request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    assert.equal(hover.contents.kind, 'markdown');
    assert.ok(hover.contents.value.startsWith('**vnstyle · abbreviation-undefined** — Viết tắt phải được giải thích ở lần dùng đầu tiên'));
    assert.ok(
      hover.contents.value.includes('*Ví dụ* — Sai: `Toàn thể CB tham gia học tập nghị quyết.` → Đúng: `Toàn thể cán bộ (CB) tham gia học tập nghị quyết.`'),
    );
    assert.ok(hover.contents.value.endsWith('[Tài liệu của quy tắc](https://github.com/vnstyle/vnstyle/blob/main/docs/rules/abbreviation-undefined.md)'));
    assert.deepEqual(hover.range, d.range);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  });

  it('the configuration view says where each value comes from', async () => {
    const dir = workspace({
      'bai/tin.txt': TXT,
      '.vnstyle.json': '{ "house": { "quotes": "curly" }, "allow": ["CB"] }',
      'bai/.vnstyle.json': '{ "rules": { "dash": "off" }, "overrides": [{ "files": "*.txt", "rules": { "quotes": ["error", {}] } }] }',
    });
    const c = await start({ root: dir, initializationOptions: { profile: 'commercial', abbreviations: { HTX: 'hợp tác xã' } } });
    const file = path.join(dir, 'bai/tin.txt');
    const view: string = await c.command('vnstyle.server.showConfiguration', uriOf(file));
    const root = path.join(dir, '.vnstyle.json');
    const near = path.join(dir, 'bai/.vnstyle.json');
    const lines = view.split('\n');
    assert.equal(lines[0], `// Cấu hình vnstyle có hiệu lực cho ${file}`);
    assert.equal(
      lines[1],
      `// Thứ tự áp dụng (sau thắng trước): hồ sơ commercial → thiết lập của trình soạn thảo (vnstyle.*) → ${root} → ${near} → ${near}, overrides[0]`,
    );
    for (const line of [
      '  "profile": "commercial", // thiết lập của trình soạn thảo (vnstyle.*)',
      `    "quotes": "curly", // ${root}`,
      '    "rangeStyle": "unspaced", // hồ sơ commercial',
      `    "dash": {"severity":"off"}, // ${near}`,
      `    "quotes": {"severity":"error"}, // ${near}, overrides[0]`,
      '    "HTX": "hợp tác xã" // thiết lập của trình soạn thảo (vnstyle.*)',
      `    "CB" // ${root}`,
    ])
      assert.ok(lines.includes(line), `${line}\n---\n${view}`);
  });

  it("reads the configuration cascade through the client when it has no file system (the web worker's way)", async () => {
    const dir = workspace({ 'bai/tin.txt': TXT, '.vnstyle.json': '{ "extends": "./desk.json" }', 'desk.json': '{ "rules": { "web-residue": "off" } }' });
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(
      connection,
      (params) =>
        new ClientFiles(
          connection,
          params.workspaceFolders!.map((f) => f.uri),
        ),
    );
    const asked: string[] = [];
    const local = (uri: string) => new URL(uri).pathname;
    const c = await start({
      root: dir,
      transport: { reader: new StreamMessageReader(toClient), writer: new StreamMessageWriter(toServer) },
      handlers: {
        'vnstyle/fs/exists': ({ uri }) => (asked.push(`exists ${uri}`), fs.existsSync(local(uri))),
        'vnstyle/fs/read': ({ uri }) => (asked.push(`read ${uri}`), fs.existsSync(local(uri)) ? fs.readFileSync(local(uri), 'utf8') : null),
        'vnstyle/fs/articles': () => [],
      },
    });
    const uri = uriOf(path.join(dir, 'bai/tin.txt'));
    await c.open(uri, TXT);
    const ds = await c.diagnosticsOf(uri);
    assert.ok(ds.length > 0 && !ds.some((d) => d.code === 'web-residue'), ds.map(describeDiagnostic).join());
    assert.ok(asked.includes(`read ${uriOf(path.join(dir, 'desk.json'))}`), asked.join('\n'));
    assert.ok(asked.includes(`exists ${uriOf(path.join(dir, '.git'))}`));
    assert.ok(!asked.some((a) => a.includes(uriOf(path.dirname(dir)) + '/.vnstyle.json')), 'the cascade stops at the repository root');
  });

  it('the web-worker bundle loads without Node and answers initialize over postMessage', async () => {
    const code = fs.readFileSync(path.join(ROOT, 'dist', 'web', 'server.js'), 'utf8');
    assert.doesNotMatch(code, /require\(["'](node:)?(fs|path|child_process)["']\)/);
    const sent: any[] = [];
    const self = { postMessage: (m: unknown) => sent.push(m), addEventListener() {}, removeEventListener() {} } as Record<string, unknown>;
    const context = vm.createContext({
      self,
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      setImmediate: undefined,
      queueMicrotask,
      TextEncoder,
      TextDecoder,
      URL,
      Promise,
    });
    Object.assign(self, { self });
    vm.runInContext(code, context);
    const onmessage = self.onmessage as (e: { data: unknown }) => void; // how BrowserMessageReader listens
    onmessage({ data: { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } } });
    const reply = await new Promise<any>((resolve, reject) => {
      const t = setInterval(() => {
        const r = sent.find((m) => m.id === 1);
        if (r) {
          clearInterval(t);
          resolve(r);
        }
      }, 20);
      setTimeout(() => reject(new Error('no reply')), 5000);
    });
    assert.equal(reply.result.serverInfo.name, 'vnstyle-ls');
  });
});
