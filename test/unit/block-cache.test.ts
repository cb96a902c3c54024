/**
 * Block-level rules and the per-document block cache: the findings through the cache are those
 * without it after any sequence of edits, and the cache really skips the blocks that did not change.
 */
import * as assert from 'node:assert/strict';
import { BlockCache, lint, type LintOptions } from '../../src/core/engine';
import { resolveConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { defineRule, type Rule } from '../../src/core/rule';
import { applyEdits } from '../../src/core/edits';
import { TODAY } from './helpers';

/** Our own article, with faults for the block-level rules (and the article-level ones) in several paragraphs. */
const ARTICLE = [
  'Kinh tế địa phương tăng trưởng mạnh trong quý ba',
  '',
  'Theo báo cáo, doanh thu đạt 1,000,000 đồng và tăng 25,6 % so với cùng kỳ.... Năng lực của của tổ chức được nâng lên.',
  '',
  'Giải pháp thưạ tế được Ủy ban nhân dân (UBND) tỉnh đề ra; UBND cũng yêu cầu bổ xung kinh phí.',
  '',
  'Các đơn vị đã đã triển khai.. rồi báo cáo kết quả v.v… cho HĐND tỉnh.',
  '',
  'Người dân nói: "Chúng tôi rất mừng" và hoà chung niềm vui với thủy thủ.',
  '',
  'Minh Anh',
].join('\n');

/** The same with a decomposed letter (unicode-nfc) and a Cyrillic "а" inside a Vietnamese word (homoglyph). */
const ARTICLE_NFD = ARTICLE.replace('tăng trưởng', 'ta\u0306ng trưởng').replace('doanh thu', 'dо\u0430nh thu');

const MARKDOWN = [
  '# Tín dụng xanh',
  '',
  'Ngân hàng cho vay 1,000,000 đồng.... Lãi suất **của của** năm nay thấp.',
  '',
  '- Mục một: bổ xung vốn',
  '- Mục hai: `mã..` không đổi',
  '',
  'Hà Anh',
].join('\n');

const options = (extra: Partial<LintOptions> = {}): LintOptions => ({ format: 'text', today: TODAY, ...extra });

/** Lint with and without the cache, and require the same result (findings with their fixes, failures). */
function same(text: string, cache: BlockCache, extra: Partial<LintOptions> = {}): void {
  const cached = lint(text, options({ ...extra, cache }));
  const fresh = lint(text, options(extra));
  assert.deepEqual(cached.findings, fresh.findings);
  assert.deepEqual(cached.failures, fresh.failures);
}

const at = (text: string, needle: string, after = 0) => {
  const i = text.indexOf(needle, after);
  assert.ok(i >= 0, `"${needle}" is in the text`);
  return i;
};
const insert = (text: string, offset: number, s: string) => applyEdits(text, [{ start: offset, end: offset, text: s }]);
const remove = (text: string, start: number, end: number) => applyEdits(text, [{ start, end, text: '' }]);

describe('block cache', () => {
  it('block-level rules declare it, with the kinds they read; article-level rules have check', () => {
    for (const rule of RULES) {
      assert.ok(rule.meta.scope === 'block' || rule.meta.scope === 'article', rule.id);
      assert.equal(!!rule.checkBlock, rule.meta.scope === 'block', `${rule.id}: checkBlock exactly when block-level`);
      assert.equal(!!rule.check, rule.meta.scope === 'article', `${rule.id}: check exactly when article-level`);
      if (rule.facts) assert.equal(rule.meta.scope, 'block', rule.id);
    }
    const block = RULES.filter((r) => r.meta.scope === 'block').map((r) => r.id);
    for (const id of ['ellipsis', 'homoglyph', 'misspelling', 'number-format', 'repeated-word', 'tone-mark-position', 'unicode-nfc'])
      assert.ok(block.includes(id), id);
  });

  it('gives the findings of a lint without it after every kind of edit (text)', () => {
    const cache = new BlockCache();
    let text = ARTICLE_NFD;
    same(text, cache);
    const before = lint(text, options()).findings.map((f) => f.ruleId);
    for (const id of ['number-format', 'ellipsis', 'repeated-word', 'tone-mark-position', 'misspelling', 'unicode-nfc', 'homoglyph', 'abbreviation-undefined'])
      assert.ok(before.includes(id), `the fixture has a ${id} finding`);
    // Typing in one paragraph (everything after it moves by one).
    text = insert(text, at(text, 'đạt'), 'x');
    same(text, cache);
    // Deleting in another, a whole fault with it.
    text = remove(text, at(text, 'đã đã'), at(text, 'đã đã') + 3);
    same(text, cache);
    // Splitting a paragraph in two, then merging it back.
    const split = at(text, ' Năng lực');
    text = applyEdits(text, [{ start: split, end: split + 1, text: '\n\n' }]);
    same(text, cache);
    text = applyEdits(text, [{ start: split, end: split + 2, text: ' ' }]);
    same(text, cache);
    // An article fact a block-level rule reads: the article now writes "…", so "...." is fixed to "…".
    text = insert(text, at(text, 'rất mừng'), '… ');
    same(text, cache);
    // A new block at the top (the headline becomes a paragraph, kinds change), then removed again.
    text = 'Dòng mới 1,000,000 đồng\n\n' + text;
    same(text, cache);
    text = text.slice(text.indexOf('\n\n') + 2);
    same(text, cache);
    // The headline edited: first use, byline and lead stay the article-level rules' business.
    text = insert(text, 0, 'Tin: ');
    same(text, cache);
  });

  it('gives the findings of a lint without it when the configuration or the day changes', () => {
    const cache = new BlockCache();
    const text = ARTICLE;
    same(text, cache);
    const off = resolveConfig({ rules: { 'number-format': 'off', 'repeated-word': 'info' } }, RULES);
    same(text, cache, { config: off });
    const house = resolveConfig({ house: { toneStyle: 'new' } }, RULES);
    same(text, cache, { config: house });
    // An equal configuration in a new object (a server resolves it again for each check).
    same(text, cache, { config: resolveConfig({ house: { toneStyle: 'new' } }, RULES) });
    assert.equal(cache.misses, 0);
    same(text, cache, { today: { year: 2030, month: 1, day: 1 } });
    same(text, cache, { lang: 'en' });
  });

  it('gives the findings of a lint without it in Markdown', () => {
    const cache = new BlockCache();
    let text = MARKDOWN;
    same(text, cache, { format: 'markdown' });
    text = insert(text, at(text, 'Lãi suất'), '**Mới** ');
    same(text, cache, { format: 'markdown' });
    text = insert(text, at(text, '- Mục hai'), '  ');
    same(text, cache, { format: 'markdown' });
  });

  it('re-runs block-level rules on the changed block only (counted, not timed)', () => {
    const calls: Record<string, number> = {};
    const counted: Rule[] = RULES.map((r) =>
      r.checkBlock
        ? {
            ...r,
            checkBlock(block, context, facts) {
              calls[r.id] = (calls[r.id] ?? 0) + 1;
              return r.checkBlock!(block, context, facts);
            },
          }
        : r,
    );
    const blockRules = counted.filter((r) => r.checkBlock);
    const kinds = (r: Rule, text: string) => lint(text, options()).article.blocks.filter((b) => !r.meta.blocks || r.meta.blocks.includes(b.kind)).length;
    const cache = new BlockCache();
    const reset = () => Object.keys(calls).forEach((k) => delete calls[k]);

    const first = lint(ARTICLE, options({ rules: counted, cache }));
    for (const r of blockRules) assert.equal(calls[r.id], kinds(r, ARTICLE), `${r.id}: every block of its kinds, once`);
    assert.equal(cache.hits, 0);

    reset();
    const again = lint(ARTICLE, options({ rules: counted, cache }));
    assert.deepEqual(calls, {});
    assert.deepEqual(again.findings, first.findings);

    reset();
    const edited = insert(ARTICLE, at(ARTICLE, 'Các đơn vị'), 'Hôm qua, ');
    lint(edited, options({ rules: counted, cache }));
    for (const r of blockRules) assert.equal(calls[r.id], 1, `${r.id}: the edited paragraph only`);
    assert.equal(cache.misses, blockRules.length);
    assert.equal(
      cache.hits,
      blockRules.reduce((n, r) => n + kinds(r, edited) - 1, 0),
    );
  });

  it('names a block-level rule that reports outside its block, with or without the cache', () => {
    const rule = defineRule({
      id: 'bad-block-rule',
      meta: {
        category: 'structure',
        scope: 'block',
        description: { vi: 'x', en: 'x' },
        rationale: { vi: 'x', en: 'x' },
        severity: 'warning',
        fixable: false,
        sources: ['test'],
        messages: { m: { vi: 'm', en: 'm' } },
        examples: { valid: [], invalid: [] },
      },
      checkBlock(block, ctx) {
        ctx.report({ start: 0, end: block.end, messageId: 'm' });
      },
    });
    for (const cache of [undefined, new BlockCache()]) {
      const r = lint('Tít\n\nĐoạn một.\n\nĐoạn hai.', options({ rules: [rule], cache }));
      assert.deepEqual(r.findings, []);
      assert.equal(r.failures.length, 1);
      assert.match(r.failures[0].message, /Rule "bad-block-rule" is block-level but reported or edited outside its block \[5, 14\)/);
    }
  });
});
