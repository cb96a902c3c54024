/**
 * The article the product was designed from (../shared/samples/an-nhon.txt), when
 * ../shared is present; these cases are skipped cleanly without it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, applyFixes, applyEdits } from '../../src/core/engine';
import { resolveConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { SHARED, hasShared, TODAY } from './helpers';

describe('the an-nhon sample article (party-press)', function () {
  before(function () {
    if (!hasShared) this.skip();
  });
  const config = resolveConfig({ profile: 'party-press' }, RULES);
  const read = () => fs.readFileSync(path.join(SHARED, 'samples', 'an-nhon.txt'), 'utf8');
  const run = (text: string) => lint(text, { config, today: TODAY });
  const serious = (text: string) => run(text).findings.filter((f) => f.severity !== 'info');

  it('reports only web-residue, on the "Chia sẻ bài viết" and "BÌNH LUẬN" lines', () => {
    const text = read();
    const r = run(text);
    assert.deepEqual(r.failures, []);
    assert.deepEqual(
      serious(text).map((f) => [f.ruleId, text.slice(f.start, f.end)]),
      [
        ['web-residue', 'Chia sẻ bài viết'],
        ['web-residue', 'BÌNH LUẬN'],
      ],
    );
  });

  it('reads CB, ĐV as defined, 10/10 as a count, the house range and dateline, Quốc Hùng as the byline', () => {
    const text = read();
    const r = run(text);
    assert.equal(text.slice(r.article.byline!.start, r.article.byline!.end), 'Quốc Hùng');
    assert.equal(r.article.dateline!.year, 2017);
    assert.ok(!r.findings.some((f) => /^(?:abbreviation|date|year|time|byline)/.test(f.ruleId)), JSON.stringify(r.findings.map((f) => f.ruleId)));
  });

  it('--fix leaves the article up to and including "Quốc Hùng", then one line break', () => {
    const text = read();
    const fixed = applyFixes(text, { config, today: TODAY }).text;
    const end = text.indexOf('Quốc Hùng') + 'Quốc Hùng'.length;
    assert.equal(fixed, text.slice(0, end) + '\n');
  });

  it('without " (CB, ĐV)": CB and ĐV each reported once, at their first use; the fix puts "(CB, ĐV)" back after the full form', () => {
    const text = read().replace(' (CB, ĐV)', '');
    const f = serious(text).filter((x) => x.ruleId === 'abbreviation-undefined');
    const firstCB = text.indexOf('CB');
    const firstDV = text.indexOf('ĐV');
    assert.deepEqual(
      f.map((x) => [text.slice(x.start, x.end), x.start, x.messageId]),
      [
        ['CB', firstCB, 'fullEarlier'],
        ['ĐV', firstDV, 'fullEarlier'],
      ],
    );
    // The article writes "cán bộ, đảng viên" before the first "CB, ĐV": the definition goes right after it,
    // which also settles the ambiguous ĐV (đảng viên, not đoàn viên, though both words occur).
    const at = read().indexOf(' (CB, ĐV)');
    for (const x of f) {
      const preferred = x.fixes.filter((y) => y.preferred);
      assert.equal(preferred.length, 1);
      assert.deepEqual(preferred[0].edits, [{ start: at, end: at, text: ' (CB, ĐV)' }]);
    }
    // Offered too: each meaning at the first use, and the full form in place of the abbreviation.
    assert.deepEqual(
      f[1].fixes.slice(1).map((x) => x.edits.map((e) => e.text)),
      [['đảng viên (ĐV)'], ['đoàn viên (ĐV)'], ['đơn vị (ĐV)'], ['đảng viên']],
    );
    assert.equal(applyFixes(text, { config, today: TODAY }).text.slice(0, read().indexOf('Quốc Hùng')), read().slice(0, read().indexOf('Quốc Hùng')));
  });

  it('without the byline line: byline-missing', () => {
    const text = read().replace('Quốc Hùng\n\n', '');
    assert.deepEqual(
      run(text)
        .findings.filter((f) => f.ruleId.startsWith('byline'))
        .map((f) => f.ruleId),
      ['byline-missing'],
    );
  });

  it('with "17/07/17 - 7:39": dateline-format, fixed to the house form', () => {
    const original = read();
    const text = original.replace('17/07/2017 - 07:39', '17/07/17 - 7:39');
    const f = run(text).findings.filter((x) => x.ruleId === 'dateline-format');
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0].start, f[0].end), '17/07/17 - 7:39');
    assert.equal(applyEdits(text, f[0].fixes.find((x) => x.preferred)!.edits), original);
  });
});
