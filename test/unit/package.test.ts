/** The extension package: manifest facts, translations, and a .vsix holding only what runs. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers';
import { tempDir } from './cli-helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const nlsVi = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.vi.json'), 'utf8'));

/** Entry names of a zip file, from its central directory. */
function zipEntries(file: string): string[] {
  const buf = fs.readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names.sort();
}

describe('extension package', () => {
  it('declares what the marketplace and VS Code need', () => {
    assert.equal(pkg.publisher, 'vnstyle');
    assert.equal(pkg.license, 'MIT');
    assert.ok(pkg.repository.url);
    assert.ok(fs.existsSync(path.join(ROOT, 'LICENSE')));
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.bin['vnstyle-ls'], 'bin/vnstyle-ls.js');
    assert.deepEqual(pkg.contributes.configurationDefaults, { '[vietnamese-article]': { 'editor.wordWrap': 'on' } });
    const floor = pkg.engines.vscode.replace(/^\^/, '');
    assert.equal(pkg.devDependencies['@types/vscode'].replace(/^[\^~]/, ''), floor, '@types/vscode must equal the engines.vscode floor');
    assert.match(pkg.devDependencies['@vscode/vsce'], /^\^?3\.9\./);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.contributes.jsonValidation[0].url, './schemas/vnstyle.schema.json');
    assert.equal(pkg.contributes.problemMatchers[0].name, 'vnstyle');
  });

  it('the $vnstyle problem matcher reads the unix format', () => {
    const re = new RegExp(pkg.contributes.problemMatchers[0].pattern.regexp);
    const m = re.exec('bai/a.txt:3:5: warning Viết tắt "HTX" chưa được giải thích. [abbreviation-undefined]')!;
    assert.deepEqual([m[1], m[2], m[3], m[4], m[6]], ['bai/a.txt', '3', '5', 'warning', 'abbreviation-undefined']);
  });

  it('every %key% of the manifest is translated in English and Vietnamese', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    for (const k of keys) {
      assert.ok(nls[k], `package.nls.json lacks ${k}`);
      assert.ok(nlsVi[k], `package.nls.vi.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(nlsVi).sort(), Object.keys(nls).sort());
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'vnstyle');
  });

  it('commands are found by Vietnamese words whatever the display language', () => {
    // The palette matches the title in the display language (plus the English original):
    // the English title carries the Vietnamese words too.
    const words: Record<string, string> = {
      'vnstyle.lintDocument': 'Kiểm tra',
      'vnstyle.lintWorkspace': 'Kiểm tra',
      'vnstyle.fixAll': 'Sửa',
      'vnstyle.showConfig': 'cấu hình',
      'vnstyle.openRuleDocs': 'quy tắc',
    };
    for (const c of pkg.contributes.commands) {
      const key = /^%(.+)%$/.exec(c.title)![1];
      for (const bundle of [nls, nlsVi]) assert.ok(bundle[key].includes(words[c.command]), `${c.command}: "${bundle[key]}" lacks "${words[c.command]}"`);
      assert.match(nls[key], / \/ [A-Z][a-z]+ /, `${c.command}: the English title keeps its English words`);
    }
  });

  it('every UI string of the extension has a Vietnamese translation', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8'));
    const dir = path.join(ROOT, 'src', 'extension');
    const used = fs.readdirSync(dir).flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
    assert.ok(used.length >= 8);
    for (const s of used) assert.ok(bundle[s], `l10n/bundle.l10n.vi.json lacks "${s}"`);
  });

  it('builds a .vsix non-interactively with only the expected files', () => {
    const out = path.join(tempDir(), 'vnstyle.vsix');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '-o', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.deepEqual(zipEntries(out), [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/client.js',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/dist/spelling-model.bin',
      'extension/dist/web/extension.js',
      'extension/dist/web/server.js',
      ...fs.readdirSync(path.join(ROOT, 'docs', 'rules')).map((f) => `extension/docs/rules/${f}`),
      'extension/package.json',
      'extension/package.nls.json',
      'extension/package.nls.vi.json',
      'extension/readme.md',
      'extension/schemas/vnstyle.schema.json',
      'extension/syntaxes/language-configuration.json',
      'extension/syntaxes/markdown-injection.tmLanguage.json',
      'extension/syntaxes/vietnamese-article.tmLanguage.json',
    ]);
    assert.ok(fs.statSync(path.join(ROOT, 'dist', 'extension.js')).size <= 8 * 1024, 'the desktop entry is a few lines: the client is loaded after activation');
    assert.ok(fs.statSync(path.join(ROOT, 'dist', 'client.js')).size <= 400 * 1024, 'dist/client.js stays within 400 KB');
    assert.ok(fs.statSync(path.join(ROOT, 'dist', 'web', 'extension.js')).size <= 400 * 1024, 'dist/web/extension.js stays within 400 KB');
  });

  it('the extension is a client only: the engine is in the server bundles, not in the extension host', () => {
    for (const f of ['client.js', 'web/extension.js']) {
      const code = fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8');
      assert.doesNotMatch(code, /abbreviation-undefined|tone-mark-position/, `${f} holds no rule`);
      assert.match(code, /vnstyle\.server\.lintWorkspace/);
    }
    for (const f of ['server.js', 'web/server.js'])
      assert.match(fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8'), /abbreviation-undefined/, `${f} holds the rules`);
  });
});
