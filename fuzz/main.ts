/**
 * npm run fuzz [-- --seed N] [--count N] [--out DIR] [--no-growth] [--growth-only] [--sizes a,b,c,d]
 *
 * Mutated articles checked against every invariant (fuzz/invariants.ts), the first failure of
 * each class minimised into DIR (default fuzz-failures/); then the growth test: every
 * adversarial pattern at four sizes ×4 apart, timed, with the ratios (target ≤ 4.5), and a
 * 50 MB article through the command (time and peak memory). Exit 1 on any violation or ratio
 * over the target.
 */
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { corpusSeeds, fuzz, FuzzReport, mergeReports, minimise, writeReproducers } from './fuzz';
import { growth, timeIt } from './growth';
import { FULL_SIZES } from './patterns';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const seed = Number(arg('seed', '1'));
const count = Number(arg('count', '2000'));
const out = path.resolve(arg('out', path.join(root, 'fuzz-failures')));
const sizes = arg('sizes', FULL_SIZES.join(',')).split(',').map(Number);
const target = 4.5;
let failed = false;

type Plain = Omit<FuzzReport, 'classes'> & {
  classes: Array<[string, { count: number; reproducer: { text: string; format: 'text' | 'markdown' }; detail: string }]>;
};

if (!isMainThread) {
  // A worker: one range of documents, its report sent back as plain data.
  const { from, n } = workerData as { from: number; n: number };
  const report = fuzz({ seed, count: n, from, corpus: corpusSeeds(root) });
  parentPort!.postMessage({ ...report, classes: [...report.classes] } satisfies Plain);
} else void run();

async function run(): Promise<void> {
  if (!args.includes('--growth-only')) await runFuzz();
  if (!args.includes('--no-growth')) runGrowth();
  process.exitCode = failed ? 1 : 0;
}

async function runFuzz(): Promise<void> {
  const corpus = corpusSeeds(root);
  const workers = Math.max(1, Math.min(Number(arg('workers', String(os.availableParallelism?.() ?? os.cpus().length))), Math.ceil(count / 500)));
  console.log(
    `vnstyle fuzz — seed ${seed}, ${count} documents (${corpus.length} real articles among the seeds${corpus.length ? '' : ': ../shared not found'}), ${workers} worker(s)`,
  );
  const t0 = performance.now();
  const per = Math.ceil(count / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, k) => {
      const from = k * per;
      const n = Math.max(0, Math.min(per, count - from));
      return new Promise<FuzzReport>((resolve, reject) => {
        const w = new Worker(__filename, { workerData: { from, n }, argv: process.argv.slice(2) });
        w.once('message', (m: Plain) => resolve({ ...m, classes: new Map(m.classes) }));
        w.once('error', reject);
      });
    }),
  );
  const report = mergeReports(parts);
  for (const [kind, c] of report.classes) c.reproducer = minimise(c.reproducer, kind);
  const s = (performance.now() - t0) / 1000;
  console.log(`${report.documents} documents in ${s.toFixed(0)} s: ${report.exceptions} with exceptions, ${report.violations} with invariant violations.`);
  if (report.classes.size) {
    failed = true;
    for (const [kind, c] of report.classes) console.log(`  ${kind}: ${c.count} document(s) — ${c.detail.slice(0, 200)}`);
    const files = writeReproducers(report, out);
    console.log(`Minimised reproducers: ${files.length} in ${path.relative(process.cwd(), out) || out}`);
  }
}

function runGrowth(): void {
  console.log(`\nGrowth: seconds at ${sizes.map((n) => `${n / 1000} KB`).join(', ')}; each ratio is the cost of 4× the size (4 = linear, target ≤ ${target}).`);
  console.log(`| pattern | ${sizes.map((n) => `${n / 1000} KB s`).join(' | ')} | ratios |`);
  console.log(`|---|${sizes.map(() => '---:').join('|')}|---|`);
  growth(sizes, timeIt(3), undefined, (row) => {
    // Below 2 ms a ratio is noise: only ratios between measurable costs count.
    const over = row.ratios.some((x, i) => x > target && row.costs[i + 1] > 0.002);
    if (over) failed = true;
    console.log(`| ${row.name} | ${row.costs.map((c) => c.toFixed(3)).join(' | ')} | ${row.ratios.map((x) => x.toFixed(1)).join(' ')}${over ? ' ✖' : ''} |`);
  });
  // A 50 MB article through the command: time and peak memory of the process.
  const big = path.join(os.tmpdir(), `vnstyle-fuzz-50mb-${process.pid}.txt`);
  const unit = fs.readFileSync(path.join(root, 'samples', 'xa-thanh-loi.txt'), 'utf8');
  const body = unit.split('\n').slice(2).join('\n');
  const fd = fs.openSync(big, 'w');
  let bytes = 0;
  fs.writeSync(fd, unit);
  while (bytes < 50 * 1024 * 1024) bytes += fs.writeSync(fd, body);
  fs.closeSync(fd);
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, path.join(root, 'bin', 'vnstyle.js'), '--no-config-lookup', '--format', 'json', '-o', os.devNull, big],
    { encoding: 'utf8' },
  );
  const s = (performance.now() - t0) / 1000;
  const rss = Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1] ?? NaN) / 1024;
  fs.rmSync(big, { force: true });
  const ok = s <= 30 && rss <= 500;
  if (!ok) failed = true;
  console.log(
    `\n50 MB article (${(bytes / 1048576).toFixed(0)} MB), vnstyle --format json: ${s.toFixed(1)} s, peak RSS ${Number.isNaN(rss) ? '? (no /usr/bin/time)' : `${rss.toFixed(0)} MB`}, exit ${r.status}${ok ? '' : ' ✖ (target ≤ 30 s, ≤ 500 MB)'}`,
  );
}
