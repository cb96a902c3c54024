/**
 * --changed-since REF on real git repositories built here: only findings on lines a branch
 * added or changed (merge-base semantics, uncommitted and untracked files included), in
 * every format, with --max-warnings, baselines and --fix; clear errors otherwise.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingsOf, tempDir, vnstyle, write } from './cli-helpers';
import { git, gitEnv, repoWith, writeFiles } from './git-helpers';
import { parseUnifiedZero, spansOfLines, unquotePath } from '../../src/node/git-changes';
import { mapSpans, touchesSpans } from '../../src/core/edits';
import { applyFixes } from '../../src/core/engine';
import { TODAY } from './helpers';

const run = (args: string[], cwd: string) => vnstyle(args, { cwd, env: gitEnv() });

/** The archive on main (old faults everywhere) and a branch "pr" that touches a little of it. */
const ARCHIVE = {
  'bài viết/xã Thạnh Lợi.txt': 'Tít: xã họp tổng kết\n\nCác HTX họp ngày 31/4/2024.\n\nLan Anh\n',
  'crlf.txt': 'Tít\r\n\r\nMột đoạn văn.\r\n\r\nLan Anh\r\n',
  'cu/tin ngắn.md': '# Tin ngắn\n\nCác HTX họp.\n\nSáng nay trời đẹp.\n\nLan Anh\n',
  'trích "dẫn".txt': 'Tít\n\nNội dung.\n\nLan Anh\n',
  'cũ.txt': 'Tít\n\nNgày 31/4/2024.\n\nLan Anh\n',
  'cộng.txt': 'Tít\n\nMở đầu.\n\nĐoạn giữa.\n\nLan Anh\n',
  'xoá.txt': 'Tít\n\nCác HTX họp.\n\nDòng bỏ.\n\nLan Anh\n',
};

function pullRequest(): string {
  const repo = repoWith(ARCHIVE);
  git(repo, 'checkout', '-q', '-b', 'pr');
  fs.mkdirSync(path.join(repo, 'mới'));
  git(repo, 'mv', 'cu/tin ngắn.md', 'mới/tin ngắn.md');
  writeFiles(repo, {
    'bài viết/xã Thạnh Lợi.txt': 'Tít: xã họp tổng kết\n\nCác HTX họp ngày 31/4/2024.\n\nHạn chót ngày 30/2/2024, giai đoạn 2016 -2020.\n\nLan Anh\n',
    'crlf.txt': 'Tít\r\n\r\nMột đoạn văn về UBND.\r\n\r\nLan Anh\r\n',
    'mới/tin ngắn.md': '# Tin ngắn\n\nCác HTX họp.\n\nSáng nay  trời đẹp.\n\nLan Anh\n',
    'trích "dẫn".txt': 'Tít\n\nNội dung của HĐND.\n\nLan Anh\n',
    // An added line that starts with "++" shows as "+++ …" in the patch: not a file header.
    'cộng.txt': 'Tít\n\nMở đầu.\n++ Tin liên quan\n\nĐoạn giữa của HTX.\n\nLan Anh\n',
    'xoá.txt': 'Tít\n\nCác HTX họp.\n\nLan Anh\n',
  });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Bài mới');
  // Not committed, not even added: a new article counts whole.
  write(repo, 'nháp mới.txt', 'Tít\n\nCác UBND họp.\n\nLan Anh\n');
  return repo;
}

const EXPECTED = [
  'bài viết/xã Thạnh Lợi.txt:5:15: error [date-invalid]',
  'bài viết/xã Thạnh Lợi.txt:5:36: warning [year-range]',
  'crlf.txt:3:17: warning [abbreviation-undefined]',
  'cộng.txt:6:15: warning [abbreviation-undefined]',
  'mới/tin ngắn.md:5:9: warning [whitespace]',
  'nháp mới.txt:3:5: warning [abbreviation-undefined]',
  'trích "dẫn".txt:3:14: warning [abbreviation-undefined]',
];

describe('vnstyle --changed-since: what a branch changed', () => {
  let repo: string;
  before(() => {
    repo = pullRequest();
  });

  it('reports only findings on added or changed lines: spaces, Vietnamese and quoted names, CRLF, a rename, an untracked file', () => {
    const all = run(['--format', 'unix', '.'], repo);
    assert.match(all.stdout, /31\/4\/2024/, 'the archive has old faults');
    const r = run(['--format', 'unix', '--changed-since', 'main', '.'], repo);
    assert.equal(r.stderr, '');
    assert.deepEqual(findingsOf(r.stdout), EXPECTED);
    assert.match(r.stdout, /^bài viết\/xã Thạnh Lợi\.txt:5:15: error Ngày "30\/2\/2024" không tồn tại/);
    assert.equal(r.code, 1);
    assert.equal(
      run(['--format', 'unix', '--concurrency', '3', '--changed-since', 'main', '.'], repo).stdout,
      r.stdout,
      'worker threads get the changed lines too',
    );
  });

  it('the same findings in every format; files without a changed line are not checked at all', () => {
    const newOnes = ['30/2/2024', '2016 -2020', 'UBND', 'HĐND', 'Thừa dấu cách'];
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit', 'unix', 'markdown']) {
      const r = run(['--format', format, '--changed-since', 'main', '.'], repo);
      assert.equal(r.code, 1, format);
      for (const s of newOnes) assert.ok(r.stdout.includes(s), `${format} lacks ${s}`);
      assert.ok(!r.stdout.includes('31/4/2024'), `${format} reports an old fault`);
    }
    const json = JSON.parse(run(['--format', 'json', '--changed-since', 'main', '.'], repo).stdout) as Array<{ filePath: string }>;
    assert.deepEqual(
      json.map((f) => path.relative(repo, f.filePath)),
      ['bài viết/xã Thạnh Lợi.txt', 'crlf.txt', 'cộng.txt', 'mới/tin ngắn.md', 'nháp mới.txt', 'trích "dẫn".txt'],
    );
    const sarif = JSON.parse(run(['--format', 'sarif', '--changed-since', 'main', '.'], repo).stdout);
    assert.equal(sarif.runs[0].results.length, 7);
  });

  it('a commit as REF: only what came after it; HEAD: only what is not committed', () => {
    assert.deepEqual(findingsOf(run(['--format', 'unix', '--changed-since', 'HEAD~1', '.'], repo).stdout), EXPECTED);
    assert.deepEqual(findingsOf(run(['--format', 'unix', '--changed-since', 'HEAD', '.'], repo).stdout), [
      'nháp mới.txt:3:5: warning [abbreviation-undefined]',
    ]);
  });

  it('--max-warnings counts only the warnings on changed lines', () => {
    const dir = repoWith({ 'a.txt': 'Tít\n\nCác HTX họp.\n\nLan Anh\n' });
    git(dir, 'checkout', '-q', '-b', 'pr');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Tít\n\nCác HTX họp.\n\nTrời đẹp.\n\nLan Anh\n');
    assert.equal(run(['--max-warnings', '0', '.'], dir).code, 1, 'the old warning counts without --changed-since');
    const clean = run(['--max-warnings', '0', '--changed-since', 'main', '.'], dir);
    assert.equal(clean.code, 0, clean.stderr);
    assert.equal(clean.stdout, '');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Tít\n\nCác HTX họp.\n\nTrời  đẹp.\n\nLan Anh\n');
    const r = run(['--max-warnings', '0', '--changed-since', 'main', '.'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Có 1 cảnh báo, vượt ngưỡng --max-warnings 0\./);
  });

  it('with a baseline: accepted findings on changed lines stay accepted; the rest are judged on changed lines only', () => {
    const dir = repoWith({ 'a.txt': 'Tít\n\nNgày 31/4/2024.\n\nLan Anh\n' });
    git(dir, 'checkout', '-q', '-b', 'pr');
    // The accepted fault moves to a new paragraph (a changed line), a new fault comes beside it.
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Tít\n\nMở đầu.\n\nNgày 31/4/2024.\n\nHạn 30/2/2024 nhé.\n\nLan Anh\n');
    write(
      dir,
      'base.json',
      JSON.stringify({ version: 1, tool: 'vnstyle', entries: [{ file: 'a.txt', ruleId: 'date-invalid', anchor: 'Ngày ⟦31/4/2024⟧.', count: 1 }] }),
    );
    const r = run(['--format', 'unix', '--baseline', 'base.json', '--changed-since', 'main', 'a.txt'], dir);
    assert.deepEqual(findingsOf(r.stdout), ['a.txt:7:5: error [date-invalid]']);
    assert.equal(r.code, 1);
  });

  it('--fix fixes only changed lines (exact bytes on disk, CRLF kept); --fix-dry-run --format diff shows just that', () => {
    const before = 'Tít\r\n\r\nCác HTX họp giai đoạn 2010 -2015.\r\n\r\nLan Anh\r\n';
    const dir = repoWith({ 'a.txt': before });
    git(dir, 'checkout', '-q', '-b', 'pr');
    const edited = 'Tít\r\n\r\nCác HTX họp giai đoạn 2010 -2015.\r\n\r\nKế hoạch giai đoạn 2016 -2020 của UBND.\r\n\r\nLan Anh\r\n';
    fs.writeFileSync(path.join(dir, 'a.txt'), edited);
    const dry = run(['--fix-dry-run', '--format', 'diff', '--changed-since', 'main', 'a.txt'], dir);
    assert.equal(
      dry.stdout,
      '--- a/a.txt\n+++ b/a.txt\n@@ -2,6 +2,6 @@\n \r\n Các HTX họp giai đoạn 2010 -2015.\r\n \r\n-Kế hoạch giai đoạn 2016 -2020 của UBND.\r\n+Kế hoạch giai đoạn 2016 - 2020 của Ủy ban nhân dân (UBND).\r\n \r\n Lan Anh\r\n',
    );
    const r = run(['--fix', '--format', 'unix', '--changed-since', 'main', 'a.txt'], dir);
    assert.equal(r.stdout, '');
    assert.equal(r.code, 0);
    assert.equal(
      fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'),
      'Tít\r\n\r\nCác HTX họp giai đoạn 2010 -2015.\r\n\r\nKế hoạch giai đoạn 2016 - 2020 của Ủy ban nhân dân (UBND).\r\n\r\nLan Anh\r\n',
    );
  });

  it('a git configuration that changes diff output (prefixes, colours, renames, quoting, relative paths) changes nothing', () => {
    const hostile = pullRequest();
    for (const [k, v] of [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['color.ui', 'always'],
      ['color.diff', 'always'],
      ['diff.renames', 'false'],
      ['core.quotePath', 'true'],
      ['diff.relative', 'true'],
      ['diff.context', '7'],
    ])
      git(hostile, 'config', k, v);
    fs.mkdirSync(path.join(hostile, 'sub'));
    // Run from a subfolder: paths still resolve against the repository's top.
    const r = run(['--format', 'unix', '--changed-since', 'main', '..'], path.join(hostile, 'sub'));
    assert.deepEqual(
      findingsOf(r.stdout),
      EXPECTED.map((l) => `../${l}`),
    );
  });
});

describe('vnstyle --changed-since origin/main in a clone (a real remote ref)', () => {
  it('judges the branch from where it left main: later changes on main are not blamed on it', () => {
    const origin = repoWith({ 'tin.txt': 'Tít\n\nĐoạn một.\n\nĐoạn hai.\n\nLan Anh\n' });
    const clone = path.join(tempDir(), 'bản sao');
    git(path.dirname(clone), 'clone', '-q', origin, clone);
    git(clone, 'checkout', '-q', '-b', 'sua-tin');
    fs.writeFileSync(path.join(clone, 'tin.txt'), 'Tít\n\nĐoạn một của HTX.\n\nĐoạn hai.\n\nLan Anh\n');
    git(clone, 'commit', '-q', '-am', 'Sửa đoạn một');
    // Meanwhile main rewrites paragraph two (with a fault) and the clone fetches it.
    fs.writeFileSync(path.join(origin, 'tin.txt'), 'Tít\n\nĐoạn một.\n\nĐoạn hai của UBND.\n\nLan Anh\n');
    git(origin, 'commit', '-q', '-am', 'Sửa đoạn hai');
    git(clone, 'fetch', '-q', 'origin');
    const r = run(['--format', 'unix', '--changed-since', 'origin/main', '.'], clone);
    assert.deepEqual(findingsOf(r.stdout), ['tin.txt:3:14: warning [abbreviation-undefined]']);
    assert.equal(r.code, 0);
    // A plain diff against origin/main would have blamed the branch for paragraph two.
    assert.match(git(clone, 'diff', '-U0', 'origin/main', '--', 'tin.txt'), /^\+Đoạn hai\.$/m);
  });

  it('a shallow clone without the common history: exit 2 and what to fetch', () => {
    const origin = repoWith({ 'tin.txt': 'Tít\n\nĐoạn một.\n\nLan Anh\n' });
    git(origin, 'checkout', '-q', '-b', 'sua-tin');
    fs.writeFileSync(path.join(origin, 'tin.txt'), 'Tít\n\nĐoạn một, sửa.\n\nLan Anh\n');
    git(origin, 'commit', '-q', '-am', 'Sửa');
    git(origin, 'checkout', '-q', 'main');
    fs.writeFileSync(path.join(origin, 'khac.txt'), 'Tít\n\nKhác.\n\nLan Anh\n');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'Khác');
    const clone = path.join(tempDir(), 'nông');
    git(path.dirname(clone), 'clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'sua-tin', `file://${origin}`, clone);
    const r = run(['--changed-since', 'origin/main', '.'], clone);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /^vnstyle: --changed-since: "origin\/main" và HEAD không có commit chung trong bản sao nông \(shallow\) này\. Trong CI, hãy lấy đủ lịch sử trước \(actions\/checkout với fetch-depth: 0/,
    );
  });
});

describe('vnstyle --changed-since: errors (exit 2, nothing linted)', () => {
  it('outside a git repository, an unknown ref, unrelated histories; --lang en', () => {
    const plain = tempDir();
    write(plain, 'a.txt', 'Tít\n\nCác HTX họp.\n\nLan Anh\n');
    let r = run(['--changed-since', 'main', '.'], plain);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      new RegExp(`^vnstyle: --changed-since: ${plain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} không nằm trong một kho git \\(fatal: not a git repository`),
    );
    r = run(['--lang', 'en', '--changed-since', 'main', '.'], plain);
    assert.match(r.stderr, /is not inside a git repository .*Run vnstyle inside the repository, or drop --changed-since\.\n$/);

    const repo = repoWith({ 'a.txt': 'Tít\n\nCác HTX họp.\n\nLan Anh\n' });
    r = run(['--changed-since', 'origin/mian', '.'], repo);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^vnstyle: --changed-since: git không biết "origin\/mian" \(nhánh, thẻ hoặc commit\)\. Trong CI/);
    r = run(['--lang', 'en', '--changed-since', 'v9.9', '.'], repo);
    assert.match(r.stderr, /^vnstyle: --changed-since: git does not know "v9\.9" \(branch, tag or commit\)\./);

    git(repo, 'checkout', '-q', '--orphan', 'mo-coi');
    git(repo, 'commit', '-q', '-m', 'Không chung gốc');
    r = run(['--changed-since', 'main', '.'], repo);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^vnstyle: --changed-since: "main" và HEAD không có commit chung\. /);
  });

  it('refuses --stdin, --update-baseline, an empty ref and an option as ref', () => {
    const repo = repoWith({ 'a.txt': 'Tít\n\nCác HTX họp.\n\nLan Anh\n' });
    const cases: Array<[string[], RegExp]> = [
      [['--stdin', '--changed-since', 'main'], /--changed-since so sánh các tệp trong kho git, không dùng cùng --stdin\./],
      [
        ['--baseline', 'b.json', '--update-baseline', '--changed-since', 'main', '.'],
        /--update-baseline ghi mọi vấn đề hiện có; không dùng cùng --changed-since\./,
      ],
      [['--changed-since=', '.'], /--changed-since cần một tham chiếu git \(nhánh, thẻ hoặc commit\), không phải ""\./],
      [['--changed-since=--output=x', '.'], /không phải "--output=x"/],
    ];
    for (const [args, message] of cases) {
      const r = vnstyle(args, { cwd: repo, env: gitEnv(), input: '' });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
    assert.ok(!fs.existsSync(path.join(repo, 'b.json')));
  });
});

describe('changed lines: parsing git output and following fixes', () => {
  it('unquotes the names git prints after "+++ "', () => {
    assert.equal(unquotePath('b/tin ngắn.md\t'), 'b/tin ngắn.md');
    assert.equal(unquotePath('b/a.md'), 'b/a.md');
    assert.equal(unquotePath('/dev/null'), null);
    assert.equal(unquotePath('"b/tr\\303\\255ch \\"d\\341\\272\\253n\\".txt"\t'), 'b/trích "dẫn".txt');
    assert.equal(unquotePath('"b/tab\\there\\\\x"'), 'b/tab\there\\x');
  });

  it('reads added line ranges per file, skipping hunk bodies by count', () => {
    const patch = [
      'diff --git a/a.md b/a.md',
      '--- a/a.md',
      '+++ b/a.md',
      '@@ -1,0 +2,3 @@ x',
      '++++ b/fake.md',
      '+diff --git a/x b/x',
      '+@@ -1 +1 @@',
      '@@ -9 +12 @@',
      '-old',
      '+new',
      '\\ No newline at end of file',
      '@@ -20,2 +22,0 @@',
      '-gone',
      '-gone',
      'diff --git a/d.md b/d.md',
      'deleted file mode 100644',
      '--- a/d.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
      '',
    ].join('\n');
    assert.deepEqual(
      [...parseUnifiedZero(patch)],
      [
        [
          'a.md',
          [
            [2, 4],
            [12, 12],
          ],
        ],
      ],
    );
  });

  it('line spans count lines at \\n (a lone \\r is not a line break to git)', () => {
    const text = 'a\r\nb\rc\nd';
    assert.deepEqual(spansOfLines(text, [[2, 2]]), [{ start: 3, end: 7 }]);
    assert.deepEqual(spansOfLines(text, [[3, 9]]), [{ start: 7, end: 8 }], 'past the end: clamped');
  });

  it('spans follow edits; a finding touches a span by a shared character, or empty inside it', () => {
    const spans = [{ start: 10, end: 20 }];
    assert.deepEqual(mapSpans(spans, [{ start: 2, end: 4, text: '' }]), [{ start: 8, end: 18 }]);
    assert.deepEqual(mapSpans(spans, [{ start: 10, end: 10, text: 'abc' }]), [{ start: 10, end: 23 }], 'inserted at the start: inside');
    assert.deepEqual(mapSpans(spans, [{ start: 20, end: 20, text: 'abc' }]), [{ start: 10, end: 20 }], 'inserted at the end: outside');
    assert.deepEqual(mapSpans(spans, [{ start: 5, end: 12, text: 'x' }]), [{ start: 5, end: 14 }], 'an edit across the start: the span holds it');
    assert.deepEqual(mapSpans(spans, [{ start: 18, end: 25, text: 'xy' }]), [{ start: 10, end: 20 }]);
    assert.equal(touchesSpans({ start: 19, end: 22 }, spans, 30), true);
    assert.equal(touchesSpans({ start: 20, end: 22 }, spans, 30), false);
    assert.equal(touchesSpans({ start: 20, end: 20 }, spans, 30), false);
    assert.equal(touchesSpans({ start: 20, end: 20 }, spans, 20), true, 'empty at the end of the text');
    assert.equal(touchesSpans({ start: 10, end: 10 }, spans, 30), true);
  });

  it('applyFixes with a scope fixes only there, over several passes, and returns the scope in the fixed text', () => {
    const text = 'Tít\n\nCác HTX họp.\n\nCác HTX và UBND họp giai đoạn 2016 -2020.\n\nLan Anh\n';
    const line5 = { start: text.indexOf('Các HTX và'), end: text.indexOf('\n\nLan') + 1 };
    const r = applyFixes(text, { today: TODAY, scope: [line5] });
    assert.equal(r.text, 'Tít\n\nCác HTX họp.\n\nCác HTX và Ủy ban nhân dân (UBND) họp giai đoạn 2016 - 2020.\n\nLan Anh\n');
    assert.deepEqual(r.scope, [{ start: line5.start, end: r.text.indexOf('\n\nLan') + 1 }]);
  });
});
