/** The engine: contract checks, directives, severities, fixes to a fixpoint. */
import * as assert from 'node:assert/strict';
import { lint, applyFixes, nonOverlappingFixes } from '../../src/core/engine';
import { resolveConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { defineRule } from '../../src/core/rule';
import { TODAY } from './helpers';

const badRule = (report: object, fixable: false | 'fix' = false) =>
  defineRule({
    id: 'bad-rule',
    meta: {
      category: 'structure',
      scope: 'article',
      description: { vi: 'x', en: 'x' },
      rationale: { vi: 'x', en: 'x' },
      severity: 'warning',
      fixable,
      sources: ['test'],
      messages: { m: { vi: 'm', en: 'm' } },
      examples: { valid: [], invalid: [] },
    },
    check(ctx) {
      ctx.report(report as never);
    },
  });

describe('engine', () => {
  it('names the rule that reports an invalid range, an unknown message or an undeclared fix', () => {
    const text = 'abc';
    for (const [report, fixable, pattern] of [
      [{ start: 2, end: 9, messageId: 'm' }, false, /Rule "bad-rule" reported an invalid range \[2, 9\)/],
      [{ start: 0, end: 1, messageId: 'nope' }, false, /unknown messageId "nope"/],
      [
        { start: 0, end: 1, messageId: 'm', fix: { messageId: 'm', edits: [{ start: 0, end: 1, text: 'x' }] } },
        false,
        /reported a fix but its meta.fixable is false/,
      ],
      [
        {
          start: 0,
          end: 1,
          messageId: 'm',
          fix: {
            messageId: 'm',
            edits: [
              { start: 0, end: 2, text: 'x' },
              { start: 1, end: 3, text: 'y' },
            ],
          },
        },
        'fix',
        /edits overlap/,
      ],
    ] as const) {
      const r = lint(text, { rules: [badRule(report, fixable as false | 'fix')] });
      assert.equal(r.failures.length, 1);
      assert.equal(r.failures[0].ruleId, 'bad-rule');
      assert.match(r.failures[0].message, pattern);
    }
  });

  it('honours disable, enable and disable-next-line comments', () => {
    const text =
      'Tiêu đề\n\n<!-- vnstyle-disable-next-line abbreviation-undefined -->\nCác HTX họp.\n<!-- vnstyle-disable -->\nCác BHXH họp.\n<!-- vnstyle-enable -->\nCác BHYT họp.';
    const ids = lint(text, { today: TODAY })
      .findings.filter((f) => f.ruleId === 'abbreviation-undefined')
      .map((f) => text.slice(f.start, f.end));
    assert.deepEqual(ids, ['BHYT']);
  });

  it('applies severity overrides and turns rules off', () => {
    const text = 'Tiêu đề\n\nCác HTX họp.';
    const config = resolveConfig({ rules: { 'abbreviation-undefined': 'error', 'byline-missing': 'off' } }, RULES);
    const r = lint(text, { config, today: TODAY });
    assert.deepEqual(
      r.findings.map((f) => `${f.ruleId}:${f.severity}`),
      ['abbreviation-undefined:error'],
    );
  });

  it('messages follow --lang', () => {
    const text = 'Tiêu đề\n\nCác HTX họp.';
    assert.equal(
      lint(text, { lang: 'en', today: TODAY }).findings[0].message,
      'Abbreviation "HTX" is not explained. At its first use write: "hợp tác xã (HTX)".',
    );
  });

  it('applies fixes to a fixpoint, and fixing twice changes nothing more', () => {
    const text = 'Tiêu đề\n\nSáng 17/7/2017, trưa 17/7/2017, chiều 18-7-2017, các HTX và UBND xã họp giai đoạn 2016 -2020.\n\nQuốc Hùng.\n\nChia sẻ bài viết';
    const once = applyFixes(text, { today: TODAY });
    assert.equal(
      once.text,
      'Tiêu đề\n\nSáng 17/7/2017, trưa 17/7/2017, chiều 18/7/2017, các hợp tác xã (HTX) và Ủy ban nhân dân (UBND) xã họp giai đoạn 2016 - 2020.\n\nQuốc Hùng\n',
    );
    assert.equal(applyFixes(once.text, { today: TODAY }).text, once.text);
  });

  it('never applies overlapping fixes in one pass', () => {
    const fix = (start: number, end: number) => ({ title: 't', preferred: true, edits: [{ start, end, text: 'x' }] });
    assert.deepEqual(
      nonOverlappingFixes([fix(0, 5), fix(3, 8), fix(5, 6), fix(5, 5), fix(5, 5)]).map((f) => f.edits[0].start + '-' + f.edits[0].end),
      ['0-5', '5-6'],
    );
  });
});
