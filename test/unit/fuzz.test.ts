/**
 * A short fuzz run and the growth test at small sizes, in every `npm test`. The long run is
 * `npm run fuzz -- --count 100000` (README, "Reliability"). Growth here is counted as work
 * (fuzz/meter.ts), never timed: the counts are the same on every machine.
 */
import * as assert from 'node:assert/strict';
import { fuzz, corpusSeeds, minimise } from '../../fuzz/fuzz';
import { growth } from '../../fuzz/growth';
import { meterWork } from '../../fuzz/meter';
import { PATTERNS } from '../../fuzz/patterns';
import { ROOT, hasShared, useSourceSpellingModel } from './helpers';

useSourceSpellingModel(); // fuzz/growth imports src/cli/lint-file, which installs the bundle's model

describe('fuzz: mutated articles keep every invariant', function () {
  this.timeout(600_000);

  it('2,000 documents (seed 20261203): no exception, no violation', () => {
    const report = fuzz({ seed: 20261203, count: 2000, corpus: hasShared ? corpusSeeds(ROOT, 300) : [] });
    const classes = [...report.classes].map(([k, c]) => `${k}: ${c.detail} — ${JSON.stringify(c.reproducer.text.slice(0, 200))}`);
    assert.deepEqual(classes, []);
    assert.equal(report.documents, 2000);
  });

  it('the minimiser shrinks a failing document to what still fails', () => {
    const seed = { text: 'Tít bài\n\nMột dòng.\nHai dòng có LỖI ở giữa.\nBa dòng.\n', format: 'text' as const };
    assert.equal(minimise(seed, 'test', 10_000, (t) => t.includes('LỖI')).text, 'LỖI');
  });
});

describe('growth: work at 4 sizes ×4 apart is linear for every adversarial pattern', function () {
  this.timeout(600_000);
  it(`${PATTERNS.length} patterns at 2, 8 and 32 thousand characters: each ratio ≤ 4.5`, () => {
    const over: string[] = [];
    growth([2000, 8000, 32000], meterWork, undefined, (row) => {
      if (row.ratios.some((x) => x > 4.5)) over.push(`${row.name}: ${row.costs.join(' → ')} (×${row.ratios.map((x) => x.toFixed(2)).join(', ×')})`);
    });
    assert.deepEqual(over, []);
  });

  it('the meter counts a quadratic loop as quadratic', () => {
    const quadratic = (n: number) => () => {
      const s = 'a'.repeat(n);
      for (let i = 0; i < n; i++) s.indexOf('b', i); // a search from each position to the end
    };
    const [a, b] = [meterWork(quadratic(500)), meterWork(quadratic(2000))];
    assert.ok(b / a > 12, `ratio ${b / a}`);
  });
});
