/**
 * The growth test: every adversarial pattern at four sizes ×4 apart, and the ratio of each
 * size's cost to the previous one (4 is linear; the target is ≤ 4.5). `cost` is either
 * seconds (npm run fuzz) or a work meter (the unit tests: see meter.ts).
 */
import { lint, applyFixes } from '../src/core/engine';
import { positioned } from '../src/cli/lint-file';
import { createFormatter } from '../src/cli/formatters';
import { PATTERNS, Pattern } from './patterns';

/** Run one pattern once, as its mode says. */
export function runPattern(p: Pattern, text: string): void {
  const today = { year: 2026, month: 11, day: 28 };
  if (p.mode === 'fix') {
    applyFixes(text, { format: p.format, today });
    return;
  }
  const r = lint(text, { format: p.format, today });
  if (p.mode === 'report') {
    const messages = positioned(text, r.findings, r.article.lines);
    createFormatter('stylish', { cwd: '/', lang: 'vi', color: false, version: '0' }).file({ filePath: '/a.txt', messages });
  }
}

export interface GrowthRow {
  name: string;
  sizes: number[];
  costs: number[];
  /** costs[i] / costs[i-1]. */
  ratios: number[];
}

/** Cost of each pattern at each size; `measure` runs the thunk and returns its cost. */
export function growth(sizes: number[], measure: (run: () => void) => number, only?: (name: string) => boolean, onRow?: (row: GrowthRow) => void): GrowthRow[] {
  const rows: GrowthRow[] = [];
  for (const p of PATTERNS) {
    if (only && !only(p.name)) continue;
    const costs = sizes.map((n) => {
      const text = p.make(n);
      return measure(() => runPattern(p, text));
    });
    const row = { name: p.name, sizes, costs, ratios: costs.slice(1).map((c, i) => c / Math.max(costs[i], 1e-9)) };
    onRow?.(row);
    rows.push(row);
  }
  return rows;
}

/** Seconds: the best of `tries` runs (the first run also warms the code up). */
export function timeIt(tries = 3): (run: () => void) => number {
  return (run) => {
    let best = Infinity;
    for (let i = 0; i < tries; i++) {
      const t0 = performance.now();
      run();
      best = Math.min(best, (performance.now() - t0) / 1000);
    }
    return best;
  };
}
