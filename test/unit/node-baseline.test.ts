/** src/node/baseline.ts directly: anchors that survive edits elsewhere, counts, the file on disk. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { anchorOf, Baseline, BaselineWriter } from '../../src/node/baseline';
import { LineIndex } from '../../src/core/text/line-index';
import type { Span } from '../../src/core/types';
import { tempDir, write } from './cli-helpers';

/** anchorOf for the flagged `needle` (its n-th occurrence) in `text`. */
function anchor(text: string, needle: string, nth = 0): string {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} in the text`);
  // The line index is passed where the function takes one (it finds the line around the finding).
  return (anchorOf as (text: string, finding: Span, lines: LineIndex) => string)(text, { start, end: start + needle.length }, new LineIndex(text));
}

describe('src/node/baseline: anchorOf', () => {
  it('is the flagged text between ⟦ ⟧ with up to 24 characters either side, within its line', () => {
    const text = 'Tít bài\n\nSáng nay, tại hội trường xã, các HTX trên địa bàn huyện đã họp bàn về mùa vụ.\nDòng sau.\n';
    // 24 characters either side, the leading space of the cut trimmed.
    assert.equal(anchor(text, 'HTX'), 'tại hội trường xã, các ⟦HTX⟧ trên địa bàn huyện đã h');
    assert.equal(anchor(text, 'Tít'), '⟦Tít⟧ bài', 'nothing from the next line');
    assert.equal(anchor(text, 'Dòng'), '⟦Dòng⟧ sau.');
  });

  it('collapses whitespace and composes letters (NFC), so retyping the same words gives the same anchor', () => {
    const nfd = 'Tít\n\nCác   HTX\tở Hà Nội.\n'.normalize('NFD');
    const nfc = 'Tít\n\nCác HTX ở Hà Nội.\n';
    assert.equal(anchor(nfd, 'HTX'), 'Các ⟦HTX⟧ ở Hà Nội.');
    assert.equal(anchor(nfd, 'HTX'), anchor(nfc, 'HTX'));
  });

  it('does not change when lines are added above, and stops at \\r\\n and a lone \\r', () => {
    const text = 'Tít\r\n\r\nCác HTX họp.\rDòng khác.\r\n';
    assert.equal(anchor(text, 'HTX'), 'Các ⟦HTX⟧ họp.');
    assert.equal(anchor('Đoạn mới thêm vào.\r\n' + text, 'HTX'), 'Các ⟦HTX⟧ họp.');
  });
});

describe('src/node/baseline: Baseline and BaselineWriter', () => {
  const f = (ruleId: string, anchor: string) => ({ ruleId, anchor, line: 1 });

  it('an entry accepts as many identical findings as its count; others in the file, rule or anchor are kept', () => {
    const dir = tempDir();
    const baseline = new Baseline(path.join(dir, 'vnstyle-baseline.json'), [
      { file: 'tin/a.txt', ruleId: 'abbreviation-undefined', anchor: '⟦HTX⟧', count: 2 },
      { file: 'tin/a.txt', ruleId: 'dash', anchor: '2016 ⟦-⟧2020', count: 1 },
    ]);
    const findings = [
      f('abbreviation-undefined', '⟦HTX⟧'),
      f('abbreviation-undefined', '⟦HTX⟧'),
      f('abbreviation-undefined', '⟦HTX⟧'),
      f('abbreviation-undefined', '⟦UBND⟧'),
      f('year-range', '2016 ⟦-⟧2020'),
      f('dash', '2016 ⟦-⟧2020'),
    ];
    assert.deepEqual(baseline.filter(path.join(dir, 'tin', 'a.txt'), findings), [
      f('abbreviation-undefined', '⟦HTX⟧'),
      f('abbreviation-undefined', '⟦UBND⟧'),
      f('year-range', '2016 ⟦-⟧2020'),
    ]);
    // The counts are used up: the same findings again are all kept.
    assert.equal(baseline.filter(path.join(dir, 'tin', 'a.txt'), findings).length, 6);
    // Another file with the same findings: nothing accepted.
    const other = new Baseline(path.join(dir, 'vnstyle-baseline.json'), [{ file: 'tin/a.txt', ruleId: 'dash', anchor: '2016 ⟦-⟧2020', count: 1 }]);
    assert.equal(other.filter(path.join(dir, 'tin', 'b.txt'), [f('dash', '2016 ⟦-⟧2020')]).length, 1);
  });

  it('records paths relative to the baseline file, with /', () => {
    const dir = tempDir();
    const baseline = new Baseline(path.join(dir, 'ci', 'baseline.json'), []);
    assert.equal(baseline.relative(path.join(dir, 'tin', 'thoi-su', 'a.txt')), '../tin/thoi-su/a.txt');
  });

  it('the writer counts identical findings, writes entries sorted by file, rule and anchor, and says how many it recorded', () => {
    const dir = tempDir();
    const file = path.join(dir, 'vnstyle-baseline.json');
    const writer = new BaselineWriter(file);
    writer.add(path.join(dir, 'z.txt'), [f('dash', '⟦-⟧')]);
    writer.add(path.join(dir, 'sub', 'a.txt'), [f('quotes', '⟦"⟧a'), f('abbreviation-undefined', '⟦HTX⟧'), f('abbreviation-undefined', '⟦HTX⟧')]);
    assert.equal(writer.write(), 4);
    assert.equal(
      fs.readFileSync(file, 'utf8'),
      JSON.stringify(
        {
          version: 1,
          tool: 'vnstyle',
          entries: [
            { file: 'sub/a.txt', ruleId: 'abbreviation-undefined', anchor: '⟦HTX⟧', count: 2 },
            { file: 'sub/a.txt', ruleId: 'quotes', anchor: '⟦"⟧a', count: 1 },
            { file: 'z.txt', ruleId: 'dash', anchor: '⟦-⟧', count: 1 },
          ],
        },
        null,
        2,
      ) + '\n',
    );
    // Read back, it accepts exactly what was recorded.
    const loaded = Baseline.load(file);
    assert.deepEqual(
      loaded.filter(path.join(dir, 'sub', 'a.txt'), [
        f('abbreviation-undefined', '⟦HTX⟧'),
        f('abbreviation-undefined', '⟦HTX⟧'),
        f('quotes', '⟦"⟧a'),
        f('quotes', '⟦"⟧b'),
      ]),
      [f('quotes', '⟦"⟧b')],
    );
  });

  it('load: a missing file is an empty baseline; a file that is not a vnstyle baseline is refused by name', () => {
    const dir = tempDir();
    const missing = Baseline.load(path.join(dir, 'none.json'));
    assert.equal(missing.filter(path.join(dir, 'a.txt'), [f('dash', '⟦-⟧')]).length, 1);
    const wrong = write(dir, 'package.json', JSON.stringify({ name: 'x', version: '1.0.0' }));
    assert.throws(() => Baseline.load(wrong), { message: `baseline ${wrong}: not a vnstyle baseline (version 1)` });
    const future = write(dir, 'v2.json', JSON.stringify({ tool: 'vnstyle', version: 2, entries: [] }));
    assert.throws(() => Baseline.load(future), { message: `baseline ${future}: not a vnstyle baseline (version 1)` });
    const broken = write(dir, 'broken.json', '{ "tool": "vnstyle", ');
    assert.throws(
      () => Baseline.load(broken),
      (e: Error) => e.message.startsWith(`baseline ${broken}: `),
    );
  });
});
