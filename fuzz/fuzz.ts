/**
 * The fuzz loop: seeded documents (our generated articles and, when ../shared exists, the real
 * corpora), mutated, checked against every invariant; the first failure of each class is
 * minimised and kept. Shared by `npm run fuzz` and the unit test's short run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Format } from '../src/core/types';
import { Random } from './random';
import { generatedArticle } from './articles';
import { mutate } from './mutators';
import { checkDocument, Violation } from './invariants';

export interface Seed {
  text: string;
  format: Format;
}

export interface FuzzReport {
  documents: number;
  exceptions: number;
  violations: number;
  /** Failure class → how many documents, and the minimised reproducer. */
  classes: Map<string, { count: number; reproducer: Seed; detail: string }>;
}

/** Real articles from ../shared (dev and dev-layouts), when that folder exists. */
export function corpusSeeds(root: string, limit = 2000): Seed[] {
  const out: Seed[] = [];
  for (const dir of ['dev', 'dev-layouts']) {
    const d = path.join(root, '..', 'shared', 'corpus', dir);
    if (!fs.existsSync(d)) continue;
    for (const name of fs.readdirSync(d).sort()) {
      if (!name.endsWith('.txt') || out.length >= limit) continue;
      out.push({ text: fs.readFileSync(path.join(d, name), 'utf8'), format: 'text' });
    }
  }
  return out;
}

/** Shrink a failing document while it still fails with the same class: lines, then chunks, then characters. */
export function minimise(
  seed: Seed,
  kind: string,
  budgetMs = 20_000,
  fails = (text: string) => checkDocument(text, seed.format).some((v) => v.kind === kind),
): Seed {
  let text = seed.text;
  const deadline = Date.now() + budgetMs;
  for (const unit of ['line', 'chunk', 'char'] as const) {
    let size = unit === 'line' ? 0 : unit === 'chunk' ? Math.max(1, text.length >> 2) : 1;
    for (;;) {
      let shrunk = false;
      const pieces = unit === 'line' ? text.split(/(?<=\n)/) : null;
      const count = pieces ? pieces.length : Math.ceil(text.length / size);
      for (let i = count - 1; i >= 0 && Date.now() < deadline; i--) {
        const candidate = pieces ? [...pieces.slice(0, i), ...pieces.slice(i + 1)].join('') : text.slice(0, i * size) + text.slice((i + 1) * size);
        if (candidate.length < text.length && fails(candidate)) {
          text = candidate;
          shrunk = true;
          if (pieces) break;
        }
      }
      if (Date.now() >= deadline) return { text, format: seed.format };
      if (unit === 'chunk' && !shrunk && size > 1) size = Math.max(1, size >> 1);
      else if (!shrunk) break;
    }
  }
  return { text, format: seed.format };
}

export interface FuzzOptions {
  seed: number;
  count: number;
  /** First document number (a worker takes a range of them). */
  from?: number;
  /** Real articles to mutate besides the generated ones. */
  corpus?: Seed[];
  /** Minimise the first failure of each class (slow on big documents). */
  minimise?: boolean;
  onProgress?: (done: number, report: FuzzReport) => void;
}

export function fuzz(options: FuzzOptions): FuzzReport {
  const report: FuzzReport = { documents: 0, exceptions: 0, violations: 0, classes: new Map() };
  const corpus = options.corpus ?? [];
  const from = options.from ?? 0;
  for (let i = from; i < from + options.count; i++) {
    // Document i depends on the seed and i only: any range of documents can be run alone.
    const r = new Random(Math.imul(options.seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35));
    const base: Seed = corpus.length && r.chance(0.4) ? r.pick(corpus) : generatedArticle(r);
    const doc: Seed = r.chance(0.1) ? base : { text: mutate(base.text, r).text, format: base.format };
    const found: Violation[] = checkDocument(doc.text, doc.format);
    report.documents++;
    if (found.length) report.violations++;
    if (found.some((v) => v.kind.startsWith('exception'))) report.exceptions++;
    for (const v of found) {
      const c = report.classes.get(v.kind);
      if (c) c.count++;
      else report.classes.set(v.kind, { count: 1, reproducer: options.minimise ? minimise(doc, v.kind) : doc, detail: v.detail });
    }
    options.onProgress?.(i + 1 - from, report);
  }
  return report;
}

/** Write each class's reproducer (and what failed) into `dir`. */
export function writeReproducers(report: FuzzReport, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [kind, c] of report.classes) {
    const base = kind.replace(/[^a-z0-9-]+/gi, '_');
    const file = path.join(dir, `${base}.${c.reproducer.format === 'markdown' ? 'md' : 'txt'}`);
    fs.writeFileSync(file, c.reproducer.text);
    fs.writeFileSync(
      path.join(dir, `${base}.json`),
      JSON.stringify({ kind, count: c.count, format: c.reproducer.format, detail: c.detail, text: c.reproducer.text }, null, 2) + '\n',
    );
    written.push(file);
  }
  return written;
}

/** Merge reports of several ranges (the first reproducer of each class wins). */
export function mergeReports(reports: FuzzReport[]): FuzzReport {
  const out: FuzzReport = { documents: 0, exceptions: 0, violations: 0, classes: new Map() };
  for (const r of reports) {
    out.documents += r.documents;
    out.exceptions += r.exceptions;
    out.violations += r.violations;
    for (const [k, c] of r.classes) {
      const have = out.classes.get(k);
      if (have) have.count += c.count;
      else out.classes.set(k, { ...c });
    }
  }
  return out;
}
