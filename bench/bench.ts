/**
 * npm run bench [-- DIR…] [--size MB] [--runs N] [--only SECTION,…] — numbers only, measured in
 * one run, never pass/fail. Sections:
 *
 *  - throughput: on a set of about --size MB (default 40) built by repeating the dev corpus
 *    (written under the system's temporary folder) and on each DIR (default: the dev corpus),
 *    whole processes side by side: the floor (start Node, read every article, one regex pass),
 *    the vnstyle command with --concurrency auto, 1 and 2, and textlint 15 + textlint-rule-prh
 *    with our abbreviation list; wall time (median of --runs), peak RSS, × floor, × textlint;
 *  - crossover: the command with 1 and 2 threads on growing parts of the large set, and the
 *    size from which 2 threads are faster (the figure `--concurrency auto` is built on);
 *  - relint: re-linting one 5,000-word article (plain text and Markdown), p50 / p95; then a
 *    keystroke: one character typed (or deleted) in one paragraph of it, re-linted through the
 *    document's block cache as the language server does;
 *  - rules: what each rule costs in that re-lint;
 *  - adversarial: inputs built to be slow, at 25, 100 and 400 KB (4× apart: ×4 is linear);
 *  - activation: the desktop extension's activate() in a stub host (bench/activation.cjs says
 *    what that covers and what not), median of 7 fresh processes.
 *
 * The machine may be shared: before each process the bench waits (up to --wait seconds, 20 by
 * default) for the other processes to leave the cores idle, and it prints how many cores they kept
 * busy during each measurement ("others"), and the load average before and after.
 */
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { lint, applyFixes, checkRule, todayFromClock, BlockCache } from '../src/core/engine';
import { Article } from '../src/core/article';
import { AbbreviationDictionary } from '../src/core/dictionary';
import { wordsOf } from '../src/core/analysis/words';
import { spellingView } from '../src/core/analysis/spelling';
import { resolveConfig } from '../src/core/config';
import { RULES } from '../src/core/rules';
import { installSpellingModel } from '../src/node/spelling-model';
import { articlesIn, repeatedSet } from './corpus-set';
import { median, quiet, runNode, summarize, Summary } from './processes';
import { textlintBin, writeTextlintConfig } from './textlint-prh';
import { PATTERNS } from './adversarial';

installSpellingModel();

const SECTIONS = ['throughput', 'crossover', 'relint', 'rules', 'adversarial', 'activation'] as const;
const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    size: { type: 'string', default: '40' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    wait: { type: 'string', default: '20' },
  },
});
const sections = new Set(values.only ? values.only.split(',') : SECTIONS);
for (const s of sections) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: unknown section "${s}" (${SECTIONS.join(', ')})`);
const runs = Math.max(1, Number(values.runs));
quiet.maxMs = Number(values.wait) * 1000;

const root = path.resolve(__dirname, '..');
const shared = path.resolve(root, '..', 'shared', 'corpus', 'dev');
const devDir = fs.existsSync(shared) ? shared : path.join(root, 'samples');
const dirs = positionals.length ? positionals.map((d) => path.resolve(d)) : [devDir];
const config = resolveConfig({}, RULES);
const ms = (t0: number) => performance.now() - t0;
const fmt = (n: number, d = 1) => n.toFixed(d);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vnstyle-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

console.log(`vnstyle bench — ${RULES.length} rules, Node ${process.version}, ${os.availableParallelism()} cores, ${runs} run(s) per process figure (median)`);
console.log(`load average at start: ${load()}`);

const big = Number(values.size) > 0 && (sections.has('throughput') || sections.has('crossover')) ? repeatedSet(devDir, Number(values.size) * 1e6) : null;
if (big) console.log(`large set: ${big.files.length} articles, ${fmt(big.bytes / 1e6)} MB (${path.basename(devDir)} repeated) in ${big.dir}`);

const vnstyle = (concurrency: string, inputs: string[]) => [
  path.join(root, 'bin', 'vnstyle.js'),
  '--format',
  'json',
  '--output-file',
  '/dev/null',
  '--no-config-lookup',
  '--concurrency',
  concurrency,
  ...inputs,
];

// ── Throughput: whole processes side by side ──────────────────────────────────────────────
if (sections.has('throughput')) {
  const tl = textlintBin(root);
  const tlConfig = writeTextlintConfig(path.join(work, 'textlint'));
  if (!tl) console.log('\n(textlint is not installed here: run npm ci for the textlint + prh column)');
  for (const dir of [...(big ? [big.dir] : []), ...dirs]) {
    const files = articlesIn(dir);
    const bytes = files.reduce((a, f) => a + fs.statSync(f).size, 0);
    const jobs: Array<[string, string[]]> = [
      ['floor: read + one regex pass', [path.join(root, 'bench', 'floor.cjs'), dir]],
      ['vnstyle --concurrency auto', vnstyle('auto', [dir])],
      ['vnstyle --concurrency 1', vnstyle('1', [dir])],
      ['vnstyle --concurrency 2', vnstyle('2', [dir])],
      ...(tl
        ? [['textlint 15 + prh (same abbreviations)', [tl, '--config', tlConfig, '--format', 'json', '--output-file', '/dev/null', dir]] as [string, string[]]]
        : []),
    ];
    // Interleaved (every job once, then again), so a burst of load from elsewhere spreads over all of them.
    const results = jobs.map(() => [] as ReturnType<typeof runNode>[]);
    for (let r = 0; r < runs; r++) jobs.forEach(([, args], i) => results[i].push(runNode(args, root)));
    const summaries = results.map(summarize);
    const floor = summaries[0].ms;
    const textlint = tl ? summaries[jobs.length - 1].ms : null;
    console.log(
      `\n### ${dir === big?.dir ? `large set (${path.basename(devDir)} repeated)` : path.relative(process.cwd(), dir) || dir}: ${files.length} articles, ${fmt(bytes / 1e6)} MB`,
    );
    console.log('\n| work (whole process) | wall s | min–max s | CPU s | peak RSS MB | × floor | textlint ÷ this | others, cores | exit |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    summaries.forEach((s: Summary, i) => {
      const opt = (x: number | null, d: number) => (x === null ? 'n/a' : fmt(x, d));
      const cells = [
        jobs[i][0],
        fmt(s.ms / 1000, 2),
        `${fmt(s.minMs / 1000, 2)}–${fmt(s.maxMs / 1000, 2)}`,
        opt(s.cpuS, 2),
        opt(s.peakMb, 0),
        fmt(s.ms / floor),
        textlint ? fmt(textlint / s.ms) : '–',
        opt(s.othersCores, 2),
        String(s.status),
      ];
      console.log(`| ${cells.join(' | ')} |`);
    });
    const auto = summaries[1];
    console.log(
      `\ntargets (vnstyle --concurrency auto): ${fmt(auto.ms / floor)} × floor (≤ 2)${textlint ? `, ${fmt(textlint / auto.ms)} × faster than textlint + prh (≥ 30)` : ''}, peak RSS ${auto.peakMb === null ? 'n/a' : fmt(auto.peakMb, 0)} MB (≤ 150)`,
    );
  }
}

// ── Crossover: from what size do 2 workers beat 1? ────────────────────────────────────────
if (sections.has('crossover') && big) {
  console.log('\n| crossover: part of the large set | MB | 1 thread s | 2 threads s | 1 ÷ 2 | auto s | CPU s, 1 / 2 | others, cores |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const rows: Array<{ n: number; one: number; two: number }> = [];
  // Doubling sizes, until 2 threads have won at three sizes in a row (or the set runs out).
  for (let n = 25; n < big.files.length && !(rows.length >= 3 && rows.slice(-3).every((r) => r.two < r.one)); n *= 2) {
    const part = big.files.slice(0, n);
    const bytes = part.reduce((a, f) => a + fs.statSync(f).size, 0);
    const t: ReturnType<typeof runNode>[][] = [[], [], []];
    for (let r = 0; r < runs; r++) ['1', '2', 'auto'].forEach((c, i) => t[i].push(runNode(vnstyle(c, part), root)));
    const [one, two, auto] = t.map(summarize);
    const others = median(t.flat().map((r) => r.othersCores ?? 0));
    rows.push({ n, one: one.ms, two: two.ms });
    console.log(
      `| ${n} articles | ${fmt(bytes / 1e6, 2)} | ${fmt(one.ms / 1000, 2)} | ${fmt(two.ms / 1000, 2)} | ${fmt(one.ms / two.ms, 2)} | ${fmt(auto.ms / 1000, 2)} | ${fmt(one.cpuS ?? 0, 2)} / ${fmt(two.cpuS ?? 0, 2)} | ${fmt(others, 2)} |`,
    );
  }
  const from = rows.findIndex((_, i) => rows.slice(i).every((r) => r.two < r.one));
  console.log(
    from < 0
      ? '\ncrossover: 2 threads never beat 1 here'
      : `\ncrossover: 2 threads beat 1 from ${rows[from].n} articles on (the largest size where they did not: ${from > 0 ? rows[from - 1].n : 'none measured'})`,
  );
}

// ── Re-lint one 5,000-word article ────────────────────────────────────────────────────────
function article5000(markdown: boolean): string {
  const found = articlesIn(devDir).filter((f) => !/readme/i.test(path.basename(f)));
  const sources = found.length ? found : [path.join(root, 'samples', 'xa-thanh-loi.txt')];
  const paras: string[] = [];
  let words = 0;
  for (let i = 0; words < 5000; i++) {
    const text = fs.readFileSync(sources[i % sources.length], 'utf8');
    for (const p of text.split(/\n+/).slice(1)) {
      if (p.split(/\s+/).length < 15) continue;
      paras.push(markdown && paras.length % 7 === 3 ? `## ${p.split(/\s+/).slice(0, 6).join(' ')}\n\n${p.replace(/(\S+) (\S+)/, '**$1** `$2`')}` : p);
      words += p.split(/\s+/).length;
      if (words >= 5000) break;
    }
  }
  return (markdown ? '# Tít bài thử\n\n' : 'Tít bài thử\n\n') + paras.join('\n\n') + '\n\nNhóm PV\n';
}

function percentiles(text: string, format: 'text' | 'markdown'): { p50: number; p95: number; words: number } {
  for (let i = 0; i < 30; i++) lint(text, { format, config });
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const s = performance.now();
    lint(text, { format, config });
    times.push(ms(s));
  }
  times.sort((a, b) => a - b);
  return { p50: times[150], p95: times[285], words: text.split(/\s+/).length };
}

if (sections.has('relint')) {
  console.log('\n| re-lint one article | words | p50 ms | p95 ms |');
  console.log('|---|---:|---:|---:|');
  for (const format of ['text', 'markdown'] as const) {
    const r = percentiles(article5000(format === 'markdown'), format);
    console.log(`| ${format} | ${r.words} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} (target ≤ 2) |`);
  }
  console.log('\n| keystroke, block cache | words | p50 ms | p95 ms | blocks re-checked / from cache |');
  console.log('|---|---:|---:|---:|---:|');
  for (const format of ['text', 'markdown'] as const) {
    const r = keystrokes(article5000(format === 'markdown'), format);
    console.log(`| ${format} | ${r.words} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} (target ≤ 0.3) | ${r.misses} / ${r.hits} |`);
  }
}

/** One character typed in a paragraph in the middle, then deleted, and so on: each text re-linted through one block cache. */
function keystrokes(text: string, format: 'text' | 'markdown'): { p50: number; p95: number; words: number; misses: number; hits: number } {
  const cache = new BlockCache();
  const at = text.indexOf(' ', text.length >> 1);
  const typed = text.slice(0, at) + 'a' + text.slice(at);
  for (let i = 0; i < 30; i++) lint(i % 2 ? typed : text, { format, config, cache });
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const s = performance.now();
    lint(i % 2 ? typed : text, { format, config, cache });
    times.push(ms(s));
  }
  times.sort((a, b) => a - b);
  return { p50: times[150], p95: times[285], words: text.split(/\s+/).length, misses: cache.misses, hits: cache.hits };
}

// What each rule costs in that re-lint: its check alone on an article whose shared analyses
// (words, sentences, the spelling view…) are already computed, p50 of many runs; then those analyses.
function medianOf(run: () => void, n: number): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    run();
    times.push(ms(s));
  }
  return median(times);
}
if (sections.has('rules')) {
  const text = article5000(false);
  const { article } = lint(text, { format: 'text', config });
  const dictionary = new AbbreviationDictionary(config.abbreviations);
  const today = todayFromClock();
  const ruleIds = new Set(RULES.map((r) => r.id));
  const rows = RULES.map((rule) => {
    const context = { article, options: config.rules[rule.id]?.options ?? {}, config, house: config.house, dictionary, today, ruleIds, report: () => {} };
    return { id: rule.id, ms: medianOf(() => checkRule(rule, context), 60) };
  });
  const fresh = () => new Article(text, 'text');
  const base = medianOf(() => wordsOf(fresh()), 40);
  const view = medianOf(() => spellingView(fresh()), 40) - base;
  console.log('\n| rule (5,000-word text article, analyses shared) | p50 ms |');
  console.log('|---|---:|');
  for (const r of rows.sort((a, b) => b.ms - a.ms)) console.log(`| ${r.id} | ${fmt(r.ms, 3)} |`);
  console.log(
    `| all rules | ${fmt(
      rows.reduce((a, r) => a + r.ms, 0),
      3,
    )} |`,
  );
  console.log(`| shared: article model and words | ${fmt(base, 3)} |`);
  console.log(`| shared: spelling view (syllable ids, neighbours) | ${fmt(view, 3)} |`);
}

// ── Adversarial inputs: time should grow linearly with size ───────────────────────────────
if (sections.has('adversarial')) {
  const sizes = [25_000, 100_000, 400_000];
  console.log('\n| adversarial input | mode | 25 KB ms | 100 KB ms | 400 KB ms | ×, 25→100 KB | ×, 100→400 KB |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  const today = { year: 2026, month: 11, day: 28 };
  for (const p of PATTERNS) {
    const times = sizes.map((n) => {
      const text = p.make(n);
      const run = () => (p.mode === 'fix' ? applyFixes(text, { format: p.format, config, today }) : lint(text, { format: p.format, config, today }));
      run(); // warm-up
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const s = performance.now();
        run();
        best = Math.min(best, ms(s));
      }
      return best;
    });
    const ratio = (a: number, b: number) => fmt(b / Math.max(a, 0.01));
    console.log(
      `| ${p.name} | ${p.mode ?? 'lint'} | ${times.map((t) => fmt(t, 2)).join(' | ')} | ${ratio(times[0], times[1])} | ${ratio(times[1], times[2])} |`,
    );
  }
}

// ── Extension activation, in a stub host ──────────────────────────────────────────────────
if (sections.has('activation')) {
  const rows: number[][] = [];
  for (let i = 0; i < 7; i++) {
    const out = execFileSync(process.execPath, [path.join(root, 'bench', 'activation.cjs')], { encoding: 'utf8' });
    rows.push(out.trim().split(' ').map(Number));
  }
  const col = (k: number) => fmt(median(rows.map((r) => r[k])), 1);
  console.log('\n| activation (stub host, median of 7 processes) | ms |');
  console.log('|---|---:|');
  console.log(`| require dist/extension.js and call activate() | ${fmt(median(rows.map((r) => r[1] + r[2])), 1)} |`);
  console.log(`| load dist/client.js and start the client (before the promise settles) | ${col(3)} |`);
  console.log(`| until the promise activate() returned settles (target ≤ 20) | ${col(0)} |`);
}

console.log(`\nload average at end: ${load()}`);
