/**
 * Every rule's own examples are its tests (STYLE.md 3): each invalid example yields
 * exactly the marked findings, its fixes give the stated texts, and each valid example
 * is silent. A rule without examples fails.
 */
import * as assert from 'node:assert/strict';
import { RULES } from '../../src/core/rules';
import { lint, applyFixes, applyEdits } from '../../src/core/engine';
import { resolveConfig } from '../../src/core/config';
import type { ExampleConfig, Rule } from '../../src/core/rule';
import { TODAY, parseMarked } from './helpers';

function configFor(rule: Rule, ex: ExampleConfig | undefined) {
  const config = resolveConfig({ profile: ex?.profile, house: ex?.house, abbreviations: ex?.abbreviations, allow: ex?.allow, byline: ex?.byline }, RULES);
  const rc = config.rules[rule.id];
  if (rc.severity === 'off') rc.severity = rule.meta.severity;
  if (ex?.options) rc.options = { ...rc.options, ...ex.options };
  return config;
}

describe('rule examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has valid and invalid examples', () => {
        assert.ok(rule.meta.examples.valid.length > 0, 'no valid example');
        assert.ok(rule.meta.examples.invalid.length > 0, 'no invalid example');
      });
      rule.meta.examples.invalid.forEach((ex, i) => {
        it(`invalid #${i + 1}: ${JSON.stringify(ex.text.slice(0, 60))}`, () => {
          const { text, ranges } = parseMarked(ex.text);
          const config = configFor(rule, ex.config);
          const only = new Set([rule.id]);
          const format = ex.format ?? 'text';
          const result = lint(text, { format, config, only, today: TODAY });
          assert.deepEqual(result.failures, []);
          const got = result.findings.map((f) => ({ messageId: f.messageId, range: [f.start, f.end], text: text.slice(f.start, f.end) }));
          const want = ranges.map((r, k) => ({ messageId: ex.findings[k], range: [r.start, r.end], text: text.slice(r.start, r.end) }));
          assert.equal(ranges.length, ex.findings.length, 'each ⟦…⟧ needs a message id in `findings`');
          assert.deepEqual(got, want);
          if (rule.meta.fixable === 'fix' || rule.meta.fixable === 'both')
            assert.ok(ex.output !== undefined, 'a rule that fixes needs `output` on each invalid example');
          if (ex.output !== undefined) {
            const fixed = applyFixes(text, { format, config, only, today: TODAY });
            assert.equal(fixed.text, ex.output);
          }
          if (ex.fixes) {
            const first = result.findings[0];
            assert.deepEqual(
              first.fixes.map((f) => applyEdits(text, f.edits)),
              ex.fixes,
            );
            if (ex.preferred !== undefined) {
              const idx = first.fixes.findIndex((f) => f.preferred);
              assert.equal(idx === -1 ? null : idx, ex.preferred);
            }
          }
          for (const f of result.findings) assert.ok(f.fixes.filter((x) => x.preferred).length <= 1, 'at most one preferred fix');
        });
      });
      it('reads only the house choices it declares (meta.house, shown on its page)', () => {
        const read = new Set<string>();
        for (const ex of [...rule.meta.examples.invalid, ...rule.meta.examples.valid]) {
          const config = configFor(rule, ex.config);
          config.house = new Proxy(config.house, { get: (t, k) => (read.add(String(k)), Reflect.get(t, k)) });
          lint(parseMarked(ex.text).text, { format: ex.format ?? 'text', config, only: new Set([rule.id]), today: TODAY });
        }
        assert.deepEqual([...read].sort(), [...(rule.meta.house ?? [])].sort());
      });
      rule.meta.examples.valid.forEach((ex, i) => {
        it(`valid #${i + 1}: ${JSON.stringify(ex.text.slice(0, 60))}`, () => {
          const result = lint(ex.text, { format: ex.format ?? 'text', config: configFor(rule, ex.config), only: new Set([rule.id]), today: TODAY });
          assert.deepEqual(result.failures, []);
          assert.deepEqual(
            result.findings.map((f) => `${f.messageId} ${JSON.stringify(ex.text.slice(f.start, f.end))}`),
            [],
          );
        });
      });
    });
  }
});
