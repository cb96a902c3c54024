import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { compareSnapshots, formatComparison, formatSnapshot, parseSnapshot, snapshotMessage, SnapshotError, SnapshotLine } from '../../scripts/snapshot';
import { ROOT } from './helpers';
import { tempDir, write } from './cli-helpers';

const line = (file: string, at: string, ruleId: string, messageId: string, message: string, severity = 'warning'): SnapshotLine => {
  const [l, c] = at.split(':').map(Number);
  return { file, line: l, column: c, severity, ruleId, messageId, message };
};

describe('corpus snapshot: format', () => {
  it('writes a header, then one line per finding sorted by file, line, column, rule', () => {
    const text = formatSnapshot(
      [
        line('b.txt', '1:1', 'dash', 'space', 'Gạch nối.'),
        line('a.txt', '10:2', 'quotes', 'mixed', 'Ngoặc.'),
        line('a.txt', '2:30', 'ellipsis', 'space', 'Chấm lửng.'),
        line('a.txt', '2:5', 'whitespace', 'trailing', 'Dấu cách.', 'info'),
      ],
      { 'vnstyle corpus snapshot': 'dev', articles: 2 },
    );
    assert.equal(
      text,
      '# vnstyle corpus snapshot: dev\n# articles: 2\n' +
        'a.txt:2:5\tinfo\twhitespace\ttrailing\tDấu cách.\n' +
        'a.txt:2:30\twarning\tellipsis\tspace\tChấm lửng.\n' +
        'a.txt:10:2\twarning\tquotes\tmixed\tNgoặc.\n' +
        'b.txt:1:1\twarning\tdash\tspace\tGạch nối.\n',
    );
  });

  it('reads back what it wrote, tabs, line breaks and backslashes in a message included', () => {
    const lines = [line('thư mục/a b.txt', '3:4', 'misspelling', 'wrong', 'Sai\t"a\\b"\nrồi.')];
    const text = formatSnapshot(lines, { articles: 1 });
    assert.equal(text.split('\n').length, 3, 'one line per finding');
    assert.deepEqual(parseSnapshot(text), { header: { articles: '1' }, lines });
  });

  it('refuses a file that is not a snapshot, naming the line', () => {
    assert.throws(
      () => parseSnapshot('# articles: 1\na.txt:1:1\twarning\tdash\n', 'old.snap'),
      (e: Error) => e instanceof SnapshotError && e.message.startsWith('old.snap:2: not a snapshot line'),
    );
  });

  it('cuts a long passage of the article a message quotes, and only that', () => {
    const residue = '>> Tổng đài tư vấn sức khỏe miễn phí gọi ngay hôm nay số máy 0900';
    const text = `Tít\n\n${residue}\n`;
    assert.equal(
      snapshotMessage({ message: `Dòng "${residue}" là phần thừa của trang web.`, data: { text: residue } }, text),
      'Dòng ">> Tổng đài tư vấn sức k … số máy 0900" là phần thừa của trang web.',
    );
    // Long data that is our own wording (not in the article) stays whole; short quotes stay whole.
    const reason = 'âm tiết tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc nặng';
    assert.equal(snapshotMessage({ message: `"bàc": ${reason}.`, data: { word: 'bàc', reason } }, 'Tít\n\nbàc\n'), `"bàc": ${reason}.`);
  });
});

describe('corpus snapshot: compare', () => {
  const before = [
    line('a.txt', '1:1', 'dash', 'space', 'Gạch nối.'),
    line('a.txt', '2:1', 'dash', 'space', 'Gạch nối.'),
    line('a.txt', '3:1', 'quotes', 'mixed', 'Ngoặc thẳng.'),
    line('b.txt', '1:1', 'misspelling', 'wrong', '"cọ sát" sai.'),
  ];

  it('finds nothing between a snapshot and itself', () => {
    assert.deepEqual(compareSnapshots(before, [...before].reverse()), []);
    assert.equal(formatComparison([], 20), 'No difference: the same findings, at the same places, with the same messages.\n');
  });

  it('counts added, removed and changed findings per rule', () => {
    const after = [
      line('a.txt', '1:1', 'dash', 'space', 'Gạch nối.'),
      line('a.txt', '3:1', 'quotes', 'mixed', 'Ngoặc kép thẳng.'),
      line('b.txt', '1:1', 'misspelling', 'wrong', '"cọ sát" sai.', 'error'),
      line('c.txt', '4:2', 'dash', 'space', 'Gạch nối.'),
      line('c.txt', '5:2', 'dash', 'space', 'Gạch nối.'),
    ];
    const diffs = compareSnapshots(before, after);
    assert.deepEqual(
      diffs.map((d) => [d.ruleId, d.before, d.after, d.added.length, d.removed.length, d.changed.length]),
      [
        ['dash', 2, 3, 2, 1, 0],
        ['misspelling', 1, 1, 0, 0, 1],
        ['quotes', 1, 1, 0, 0, 1],
      ],
    );
    assert.equal(
      formatComparison(diffs, 1),
      [
        '| rule | before | after | added | removed | changed |',
        '|---|---:|---:|---:|---:|---:|',
        '| dash | 2 | 3 | +2 | −1 | ~0 |',
        '| misspelling | 1 | 1 | +0 | −0 | ~1 |',
        '| quotes | 1 | 1 | +0 | −0 | ~1 |',
        '',
        '## dash: 2 → 3',
        '+ c.txt:4:2 warning space: Gạch nối.',
        '  … 1 more',
        '- a.txt:2:1 warning space: Gạch nối.',
        '',
        '## misspelling: 1 → 1',
        '~ b.txt:1:1 wrong: warning → error; (same message)',
        '',
        '## quotes: 1 → 1',
        '~ a.txt:3:1 mixed: Ngoặc thẳng. → Ngoặc kép thẳng.',
        '',
      ].join('\n'),
    );
  });

  it('counts the same finding twice at one place twice', () => {
    const twice = [before[0], before[0]];
    assert.deepEqual(
      compareSnapshots([before[0]], twice).map((d) => [d.ruleId, d.added.length, d.removed.length]),
      [['dash', 1, 0]],
    );
  });
});

describe('npm run corpus -- DIR --snapshot / --compare', () => {
  const corpus = path.join(ROOT, 'dist', 'corpus.js');
  const run = (args: string[]) => spawnSync(process.execPath, [corpus, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes a snapshot, finds no difference on the same folder, then shows a changed article per rule (exit 1)', () => {
    const dir = tempDir();
    write(dir, 'a.txt', 'Tít bài\n\nCác HTX họp giai đoạn 2016 -2020.\n\nLan Anh\n');
    write(dir, 'sub/b.txt', 'Tít bài\n\nMưa to.\n\nLan Anh\n');
    const snap = path.join(tempDir(), 'dev.snap');
    let r = run([dir, '--snapshot', snap]);
    assert.equal(r.status, 0, r.stderr);
    const lines = fs
      .readFileSync(snap, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    assert.deepEqual(
      lines.map((l) => l.split('\t').slice(0, 4).join(' ')),
      ['a.txt:3:5 warning abbreviation-undefined undefined', 'a.txt:3:23 warning year-range asymmetric'],
    );
    r = run([dir, '--compare', snap]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /No difference/);
    write(dir, 'sub/b.txt', 'Tít bài\n\nMưa to giai đoạn 2016 -2020 .\n\nLan Anh\n');
    r = run([dir, '--compare', snap]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /\(2 findings → 4\)/);
    assert.match(r.stdout, /^\| punctuation-spacing \| 0 \| 1 \| \+1 \| −0 \| ~0 \|\n\| year-range \| 1 \| 2 \| \+1 \| −0 \| ~0 \|$/m);
    assert.match(r.stdout, /^## year-range: 1 → 2\n\+ sub\/b\.txt:3:18 warning asymmetric: Khoảng năm "2016 -2020" /m);
  });

  it('refuses to write a snapshot where git would commit it, and says where to write it', () => {
    const dir = tempDir();
    write(dir, 'a.txt', 'Tít bài\n\nMưa to.\n\nLan Anh\n');
    const r = run([dir, '--snapshot', path.join(ROOT, 'test', 'dev.snap')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /outside the repository/);
    assert.equal(fs.existsSync(path.join(ROOT, 'test', 'dev.snap')), false);
  });

  it('says when the snapshot to compare with does not exist', () => {
    const r = run([tempDir(), '--compare', path.join(tempDir(), 'none.snap')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no such file \(write one first with --snapshot FILE\)/);
  });
});
