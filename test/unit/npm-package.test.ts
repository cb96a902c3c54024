/**
 * The npm package: `npm pack` carries exactly what runs, installs with no network into an
 * empty project, and `npx vnstyle` works there; the pre-commit hooks run the way
 * pre-commit runs them (files as arguments, exit code, files changed on disk).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers';
import { findingsOf, write } from './cli-helpers';
import { git } from './git-helpers';
import { cleanEnv, npm, offlineEnv, packedTarball, projectWithVnstyle } from './npm-helpers';
import { hooks, pyRegex, runHook } from './precommit-helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const ARTICLE = 'Tít: xã họp tổng kết\n\nCác HTX họp ngày 31/4/2024, giai đoạn 2016 -2020.\n\nLan Anh\n';
const CLEAN = 'Tít: xã họp tổng kết\n\nCác hợp tác xã họp sáng nay.\n\nLan Anh\n';

describe('npm package', function () {
  this.timeout(300000);

  // Budget: the two bundles (~0.6 MB packed) and the spelling model (1.2 MB, counts that do not compress; src/data/spelling-model.md).
  it('npm pack carries the command, the language server, their bins, the spelling model, the schema, README and LICENSE, nothing else, in under 1.75 MB', () => {
    const p = packedTarball();
    assert.deepEqual(p.files, [
      'LICENSE',
      'README.md',
      'bin/vnstyle-ls.js',
      'bin/vnstyle.js',
      'dist/cli.js',
      'dist/server.js',
      'dist/spelling-model.bin',
      'package.json',
      'schemas/vnstyle.schema.json',
    ]);
    assert.ok(p.size <= 1750 * 1024, `tarball ${p.size} bytes`);
    assert.ok(p.unpackedSize <= 3000 * 1024, `unpacked ${p.unpackedSize} bytes`);
  });

  it('the bundle needs nothing but Node: no dependencies declared, no module required but Node built-ins', () => {
    assert.equal(pkg.dependencies, undefined);
    assert.equal(pkg.optionalDependencies, undefined);
    assert.equal(pkg.peerDependencies, undefined);
    for (const file of ['cli.js', 'server.js']) {
      const bundle = fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8');
      const required = [...new Set([...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]))];
      assert.ok(required.length > 3, file);
      const builtin = new Set(builtinModules);
      assert.deepEqual(
        required.filter((m) => !builtin.has(m.replace(/^node:/, ''))),
        [],
        file,
      );
      // Bundled: what it needs was in src/ and node_modules at build time.
      assert.doesNotMatch(bundle, /require\(["'](markdown-it|picomatch|ignore|jsonc-parser|diff|vscode-languageserver[\w/-]*)["']\)/, file);
    }
  });

  it('installs offline into an empty project (one package, nothing fetched); npx vnstyle checks and fixes articles there', () => {
    const dir = projectWithVnstyle();
    const lock = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));
    assert.deepEqual(Object.keys(lock.packages), ['', 'node_modules/vnstyle']);
    assert.match(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).devDependencies.vnstyle, /^file:.*vnstyle-\d+\.\d+\.\d+\.tgz$/);
    assert.ok(fs.existsSync(path.join(dir, 'node_modules', 'vnstyle', 'schemas', 'vnstyle.schema.json')), 'the $schema path "vnstyle init" writes');
    write(dir, 'bai-viet/xa.txt', ARTICLE);
    write(dir, 'bai-viet/sach.md', `# ${CLEAN}`);
    const env = offlineEnv();
    const npx = (args: string[]) => npm('npx', ['vnstyle', ...args], { cwd: dir, env });
    assert.equal(npx(['--version']).stdout, `${pkg.version}\n`);
    assert.equal(npm('npx', ['vnstyle-ls', '--version'], { cwd: dir, env }).stdout, `${pkg.version}\n`, 'the language server bin');
    let r = npx(['--format', 'unix', 'bai-viet']);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(findingsOf(r.stdout), [
      'bai-viet/xa.txt:3:5: warning [abbreviation-undefined]',
      'bai-viet/xa.txt:3:18: error [date-invalid]',
      'bai-viet/xa.txt:3:39: warning [year-range]',
    ]);
    r = npx(['--fix', 'bai-viet']);
    assert.equal(r.code, 1);
    assert.equal(
      fs.readFileSync(path.join(dir, 'bai-viet/xa.txt'), 'utf8'),
      'Tít: xã họp tổng kết\n\nCác hợp tác xã (HTX) họp ngày 31/4/2024, giai đoạn 2016 - 2020.\n\nLan Anh\n',
    );
    r = npx(['--format', 'unix', 'bai-viet/sach.md']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });
});

describe('pre-commit hooks (.pre-commit-hooks.yaml)', function () {
  this.timeout(300000);

  it('declares vnstyle and vnstyle-fix as node hooks over .md, .markdown and .txt', () => {
    const list = hooks();
    assert.deepEqual(
      list.map((h) => h.id),
      ['vnstyle', 'vnstyle-fix'],
    );
    for (const h of list) {
      assert.equal(h.language, 'node');
      assert.equal(h.entry.split(' ')[0], Object.keys(pkg.bin)[0]);
      for (const f of ['a.md', 'b/c.markdown', 'd e.TXT', 'bài viết/tin ngắn.txt']) assert.ok(pyRegex(h.files!).test(f), f);
      for (const f of ['a.mdx', 'b.txt.bak', 'c.json', 'md']) assert.ok(!pyRegex(h.files!).test(f), f);
    }
  });

  it('run the way pre-commit runs them: staged articles as arguments, exit codes, fixed files on disk', () => {
    const project = projectWithVnstyle();
    const bin = path.join(project, 'node_modules', '.bin');
    const repo = path.join(project, 'kho');
    fs.mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, 'bài viết/xã Thạnh Lợi.txt', ARTICLE);
    write(repo, 'bài viết/sạch.md', `# ${CLEAN}`);
    write(repo, 'ghi chú.json', '{"HTX": 1}');
    write(repo, 'ảnh.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    git(repo, 'add', '-A');
    const [check, fix] = hooks();

    let r = runHook(check, repo, bin);
    assert.deepEqual(r.files, ['bài viết/sạch.md', 'bài viết/xã Thạnh Lợi.txt'], 'only text articles; the binary .txt is left out by types: [text]');
    assert.equal(r.code, 1);
    assert.equal(r.failed, true);
    assert.equal(r.modified, false);
    assert.match(r.output, /xã Thạnh Lợi\.txt\n {2}3:5 +cảnh báo +Viết tắt "HTX"/);

    r = runHook(fix, repo, bin);
    assert.equal(r.modified, true, 'pre-commit fails a hook that changed files');
    assert.equal(r.code, 1, 'the impossible date is still there');
    assert.equal(
      fs.readFileSync(path.join(repo, 'bài viết/xã Thạnh Lợi.txt'), 'utf8'),
      'Tít: xã họp tổng kết\n\nCác hợp tác xã (HTX) họp ngày 31/4/2024, giai đoạn 2016 - 2020.\n\nLan Anh\n',
    );

    // The editor corrects the date and stages: both hooks pass, nothing changes.
    write(repo, 'bài viết/xã Thạnh Lợi.txt', 'Tít: xã họp tổng kết\n\nCác hợp tác xã (HTX) họp ngày 30/4/2024, giai đoạn 2016 - 2020.\n\nLan Anh\n');
    git(repo, 'add', '-A');
    for (const h of [check, fix]) {
      r = runHook(h, repo, bin);
      assert.deepEqual({ failed: r.failed, code: r.code, modified: r.modified }, { failed: false, code: 0, modified: false }, `${h.id}: ${r.output}`);
    }

    // A warning alone fails the check (pre-commit would not show it otherwise); args can relax it.
    write(repo, 'bài viết/sạch.md', '# Tít\n\nTrời  đẹp.\n\nLan Anh\n');
    git(repo, 'add', '-A');
    assert.equal(runHook(check, repo, bin).code, 1);
    assert.equal(runHook({ ...check, args: ['--max-warnings', '5'] }, repo, bin).code, 0);
    assert.equal(runHook({ ...check, exclude: '^bài viết/' }, repo, bin).files.length, 0);
  });

  it('bin/vnstyle.js explains a missing build instead of a stack trace (a git install whose prepare did not run)', () => {
    const dir = path.join(projectWithVnstyle(), 'node_modules', 'vnstyle');
    fs.rmSync(path.join(dir, 'dist'), { recursive: true });
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'vnstyle.js'), '.'], { encoding: 'utf8', env: cleanEnv() });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^vnstyle: thiếu bản dựng .*dist\/cli\.js\. Hãy cài vnstyle từ npm \(npm install --save-dev vnstyle\)/);
    assert.match(r.stderr, /\nvnstyle: the build .*dist\/cli\.js is missing\./);
  });
});
