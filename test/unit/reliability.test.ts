/**
 * Issue 10, the engine side: certain fixes keep to prose and to the paragraphs that had a
 * finding, reach their fixpoint in one run, give NFD and NFC the same advice, and never throw
 * on sizes that once overflowed the stack. Each case once lost or changed text.
 */
import * as assert from 'node:assert/strict';
import { lint, applyFixes } from '../../src/core/engine';
import { defineRule, Rule } from '../../src/core/rule';
import { RULES } from '../../src/core/rules';
import { resolveConfig } from '../../src/core/config';
import { createFormatter } from '../../src/cli/formatters';
import { positioned } from '../../src/cli/lint-file';
import { TODAY, useSourceSpellingModel } from './helpers';

useSourceSpellingModel(); // src/cli/lint-file installs the bundle's model on import

const fix = (text: string, format: 'text' | 'markdown' = 'text') => applyFixes(text, { format, today: TODAY });

/** --fix gives `expected` (checked first), a second --fix changes nothing, and no rule failed or was held back. */
function assertFixed(text: string, expected: string, format: 'text' | 'markdown' = 'text'): void {
  const once = fix(text, format);
  assert.equal(once.text, expected);
  assert.equal(fix(once.text, format).text, once.text, 'a second --fix changes nothing');
  assert.deepEqual(once.result.failures, []);
  assert.deepEqual(once.held, []);
  assert.equal(once.converged, true);
}

describe('fixes never lose non-prose text', () => {
  it('web-residue removes its own line and blank lines, never the code block, HTML, comment or table above it', () => {
    const code = '# Tít\n\nNội dung bài viết ở đây.\n\n```\nmã nguồn quan trọng\n```\n\nXem thêm: Bài khác\n';
    assertFixed(code, '# Tít\n\nNội dung bài viết ở đây.\n\n```\nmã nguồn quan trọng\n```\n', 'markdown');
    const html =
      '# Tít\n\nNội dung bài viết ở đây.\n\n<div>\nkhối HTML\n</div>\n\n<!-- vnstyle-disable whitespace -->\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nChia sẻ bài viết\n';
    assertFixed(
      html,
      '# Tít\n\nNội dung bài viết ở đây.\n\n<div>\nkhối HTML\n</div>\n\n<!-- vnstyle-disable whitespace -->\n\n| A | B |\n|---|---|\n| 1 | 2 |\n',
      'markdown',
    );
    // A code block after the residue stays too; a residue line written as a link goes whole.
    assertFixed('# Tít\n\nNội dung.\n\n[Xem thêm: Bài khác](http://x.vn/a)\n\n```\nmã\n```\n', '# Tít\n\nNội dung.\n\n```\nmã\n```\n', 'markdown');
  });

  it('punctuation-spacing keeps a block quote marker ("> a\\n> ” b" is not "> a\\n” b")', () => {
    const text = '# Tít\n\n> Ông nói: “a\n> ” b là vậy.\n';
    assertFixed(text, text, 'markdown');
  });

  it('unicode-nfc composes prose and leaves e-mail addresses and URLs as they are', () => {
    const text = 'Tít bài\n\nLiên hệ nguye\u0302\u0303n@ba\u0301o.vn hoặc http://x.vn/tie\u0302\u0301ng về Vie\u0323\u0302t Nam.\n';
    assertFixed(text, 'Tít bài\n\nLiên hệ nguye\u0302\u0303n@ba\u0301o.vn hoặc http://x.vn/tie\u0302\u0301ng về Việt Nam.\n');
  });

  it('repeated-word fixes a run of 1,025 repeats in one pass', () => {
    const text = `Tít bài\n\nNăng lực ${'của '.repeat(1025)}tổ chức.\n`;
    const once = fix(text);
    assert.equal(once.text, 'Tít bài\n\nNăng lực của tổ chức.\n');
    assert.equal(once.passes, 1);
    assert.equal(fix(once.text).text, once.text);
  });

  it('an inserted dictionary form follows the article’s tone style: no other paragraph is restyled', () => {
    assertFixed('Tít bài\n\nCác UBND họp.\n\nVề thuỷ lợi.\n\nLan Anh\n', 'Tít bài\n\nCác Uỷ ban nhân dân (UBND) họp.\n\nVề thuỷ lợi.\n\nLan Anh\n');
  });

  it('splitting words run together ("baUỷ") does not change the article\'s tone-style majority: one --fix restyles all', () => {
    // Old "ỏe" against new "Uỷ" and the "Uỷ" inside "baUỷ": new is the majority before and after joined-words splits it.
    assertFixed('Sức khỏe y\nUỷ ban baUỷ\n', 'Sức khoẻ y\nUỷ ban ba Uỷ\n');
  });

  it('quotes: a straight mark between spaces is only offered, in the direction its pair gives (a closing one is never made “)', () => {
    const text = 'Tít bài\n\nHọ bán “hàng” tốt, “rẻ” và “bền”, "bom" hàng " Lợi dụng lòng tốt của các chiến sĩ " Khai nói.\n\nLan Anh\n';
    const spaced = [text.indexOf('" L'), text.indexOf('" K')];
    const found = lint(text, { today: TODAY }).findings.filter((f) => f.ruleId === 'quotes' && spaced.includes(f.start));
    assert.deepEqual(
      found.map((f) => f.fixes.map((x) => [x.preferred, x.edits.map((e) => e.text).join('')])),
      [[[false, '“']], [[false, '”']]],
    );
  });

  it('removing residue changes no other paragraph (a lower-case line after it is judged the same before and after)', () => {
    const text = 'Tít bài\n\nMột câu.\n>> Đọc thêm: tin khác\nhai câu.\n\nLan Anh\n';
    const once = fix(text);
    assert.deepEqual(once.held, []);
    assert.equal(fix(once.text).text, once.text);
  });

  it('NFD and NFC text get the same date advice and the same fixed text', () => {
    const nfc = 'Tít bài\n\nSáng 17-7, chiều 18/7 và tối 19/7 năm nay.\n\nLan Anh\n';
    const advice = (t: string) =>
      lint(t, { today: TODAY })
        .findings.filter((f) => f.ruleId !== 'unicode-nfc')
        .map((f) => `${f.ruleId}:${t.slice(f.start, f.end).normalize('NFC')}:${f.fixes.map((x) => x.edits.map((e) => e.text).join('|')).join(';')}`);
    assert.deepEqual(advice(nfc.normalize('NFD')), advice(nfc));
    assert.deepEqual(advice(nfc), ['date-format:17-7:17/7']);
    assert.equal(fix(nfc.normalize('NFD')).text, fix(nfc).text);
  });

  it('an edit inside a decomposed letter rewrites the whole letter (no text lost)', () => {
    // a + U+0332 + U+0309: homoglyph drops the foreign U+0332 from "ả̲"; the letter stays.
    assert.equal(fix('a\u0332\u0309').text, 'ả');
    assert.equal(fix('ả\u0332').text, 'ả');
  });
});

describe('the engine checks every certain fix', () => {
  const rule = (check: Rule['check'], extra: Partial<Rule['meta']> = {}) =>
    defineRule({
      id: 'bad-rule',
      meta: {
        category: 'typography',
        scope: 'article',
        description: { vi: 'x', en: 'x' },
        rationale: { vi: 'x', en: 'x' },
        severity: 'warning',
        fixable: 'fix',
        sources: ['test'],
        messages: { m: { vi: 'm', en: 'm' } },
        examples: { valid: [], invalid: [] },
        ...extra,
      } as Rule['meta'],
      check,
    });

  it('drops a fix that edits code, a URL or markup, names the rule, and never applies it', () => {
    const text = '# Tít\n\nMột `mã` và http://x.vn hai.\n';
    for (const [s, e] of [
      [text.indexOf('mã'), text.indexOf('mã') + 2],
      [text.indexOf('x.vn'), text.indexOf('x.vn') + 1],
      [0, 2],
    ]) {
      const bad = rule((ctx) => ctx.report({ start: 10, end: 13, messageId: 'm', fix: { messageId: 'm', edits: [{ start: s, end: e, text: 'X' }] } }));
      const r = lint(text, { format: 'markdown', rules: [bad] });
      assert.equal(r.findings.length, 1);
      assert.deepEqual(r.findings[0].fixes, []);
      assert.equal(r.failures.length, 1);
      assert.match(r.failures[0].message, /^Rule "bad-rule" proposed a certain fix that edits non-prose text/);
      assert.equal(applyFixes(text, { format: 'markdown', rules: [bad] }).text, text);
    }
  });

  it('drops a fix that changes another paragraph unless the rule declares meta.movesText', () => {
    const text = 'Tít\n\nMột hai.\n\nBa bốn.\n';
    const check: Rule['check'] = (ctx) =>
      ctx.article.text.startsWith('Ba', 15) &&
      ctx.report({ start: 5, end: 8, messageId: 'm', fix: { messageId: 'm', edits: [{ start: 15, end: 17, text: 'Năm' }] } });
    const r = lint(text, { rules: [rule(check)] });
    assert.deepEqual(r.findings[0].fixes, []);
    assert.match(r.failures[0].message, /changes another paragraph.*meta\.movesText/);
    assert.equal(applyFixes(text, { rules: [rule(check, { movesText: true })] }).text, 'Tít\n\nMột hai.\n\nNăm bốn.\n');
  });

  it('a report may remove only its own lines, even when it declares more', () => {
    const text = '# Tít\n\n```\nmã\n```\n\nXem thêm\n';
    const at = text.indexOf('Xem');
    const bad = rule((ctx) =>
      ctx.report({
        start: at,
        end: at + 8,
        messageId: 'm',
        removes: [{ start: 0, end: text.length }],
        fix: { messageId: 'm', edits: [{ start: 6, end: text.length, text: '' }] },
      }),
    );
    const r = lint(text, { format: 'markdown', rules: [bad] });
    assert.match(r.failures[0].message, /declares that it removes \[0, \d+\), which is not a line of its finding/);
    assert.equal(applyFixes(text, { format: 'markdown', rules: [bad] }).text, text);
  });

  it('holds back, and names, a later pass’s fix in a paragraph that had no finding', () => {
    // Rule one fixes paragraph A; rule two reports paragraph B only once A is fixed.
    const one = rule((ctx) => {
      const i = ctx.article.text.indexOf('xấu');
      if (i >= 0) ctx.report({ start: i, end: i + 3, messageId: 'm', fix: { messageId: 'm', edits: [{ start: i, end: i + 3, text: 'tốt' }] } });
    });
    const two = {
      ...rule((ctx) => {
        const t = ctx.article.text;
        const i = t.indexOf('Hai');
        if (!t.includes('xấu') && i >= 0)
          ctx.report({ start: i, end: i + 3, messageId: 'm', fix: { messageId: 'm', edits: [{ start: i, end: i + 3, text: 'HAI' }] } });
      }),
      id: 'cascading-rule',
    };
    const r = applyFixes('Tít\n\nMột xấu.\n\nHai.\n', { rules: [one, two] });
    assert.equal(r.text, 'Tít\n\nMột tốt.\n\nHai.\n');
    assert.equal(r.held.length, 1);
    assert.equal(r.held[0].ruleId, 'cascading-rule');
  });

  it('every rule that fixes across paragraphs says so', () => {
    assert.deepEqual(
      RULES.filter((r) => r.meta.movesText).map((r) => r.id),
      ['abbreviation-before-definition', 'abbreviation-undefined'],
    );
  });
});

describe('sizes that once threw RangeError (argument spreading)', function () {
  this.timeout(120_000);
  it('140,000 dates in one paragraph, 130,000 edits in one fix', () => {
    const dates = `Tít bài\n\nNgày 17/7/2017 và ${'18-7-2017, '.repeat(140_000)}.\n`;
    const r = lint(dates, { today: TODAY, config: resolveConfig({ house: { dateSeparator: '/' } }, RULES) });
    assert.deepEqual(r.failures, []);
    assert.equal(r.findings.find((f) => f.ruleId === 'date-format')?.fixes[0].edits.length, 140_000);
    const nfd = `Tít bài\n\n${'Vie\u0323\u0302t '.repeat(130_000)}.\n`;
    const f = lint(nfd, { today: TODAY }).findings.find((x) => x.ruleId === 'unicode-nfc')!;
    assert.equal(f.fixes[0].edits.length, 130_000);
    assert.equal(applyFixes(nfd, { today: TODAY, rules: RULES.filter((x) => x.id === 'unicode-nfc') }).text, `Tít bài\n\n${'Việt '.repeat(130_000)}.\n`);
  });

  it('125,000 findings in the stylish report', () => {
    // One per paragraph: several in one paragraph are one finding (whitespace groups them).
    const text = `Tít bài\n\n${'a  b\n\n'.repeat(125_000).trimEnd()}\n`;
    const r = lint(text, { today: TODAY, rules: RULES.filter((x) => x.id === 'whitespace') });
    assert.equal(r.findings.length, 125_000);
    const out = createFormatter('stylish', { cwd: '/', lang: 'en', color: false, version: '0' }).file({
      filePath: '/a.txt',
      messages: positioned(text, r.findings, r.article.lines),
    });
    assert.equal(out.split('\n').length, 125_003);
  });
});
