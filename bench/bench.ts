/**
 * npm run bench [-- DIR] — numbers only, measured in one run, never pass/fail.
 *
 *  - floor: read every article + one regular-expression pass (what any linter must pay);
 *  - engine over the folder in this process (articles/s, MB/s);
 *  - the vnstyle command over the folder (worker threads), wall time;
 *  - re-linting one 5,000-word article (plain text and Markdown): p50 / p95;
 *  - adversarial inputs (long runs of brackets, capitals, digits, dots): time per 100 KB.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { lint, todayFromClock } from '../src/core/engine';
import { Article } from '../src/core/article';
import { AbbreviationDictionary } from '../src/core/dictionary';
import { wordsOf } from '../src/core/analysis/words';
import { spellingView } from '../src/core/analysis/spelling';
import { resolveConfig } from '../src/core/config';
import { RULES } from '../src/core/rules';
import { collectFiles } from '../src/node/files';
import { formatOf } from '../src/node/text-file';
import { installSpellingModel } from '../src/node/spelling-model';

installSpellingModel();

const root = path.resolve(__dirname, '..');
const shared = path.resolve(root, '..', 'shared', 'corpus', 'dev');
const dir = process.argv[2] ?? (fs.existsSync(shared) ? shared : path.join(root, 'samples'));
const config = resolveConfig({}, RULES);
const files = collectFiles([dir]).files.filter((f) => path.basename(f).toLowerCase() !== 'readme.md');
const ms = (t0: number) => performance.now() - t0;
const fmt = (n: number, d = 1) => n.toFixed(d);

console.log(`vnstyle bench — ${files.length} articles in ${path.relative(process.cwd(), dir) || dir}, ${RULES.length} rules, Node ${process.version}`);

// Warm up: JIT, lazy tables.
for (const f of files.slice(0, 20)) lint(fs.readFileSync(f, 'utf8'), { format: formatOf(f), config });

// Floor.
let t0 = performance.now();
let bytes = 0;
let caps = 0;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text);
  caps += text.match(/\p{Lu}{2,}/gu)?.length ?? 0;
}
const floor = ms(t0);

// Engine, serial, in process.
t0 = performance.now();
let findings = 0;
for (const f of files) findings += lint(fs.readFileSync(f, 'utf8'), { format: formatOf(f), config }).findings.length;
const engine = ms(t0);

// The command, as a user runs it.
t0 = performance.now();
const cmd = spawnSync(process.execPath, [path.join(root, 'bin', 'vnstyle.js'), '--format', 'json', '--output-file', '/dev/null', '--no-config-lookup', dir], { encoding: 'utf8' });
const command = ms(t0);

const mb = bytes / 1e6;
console.log('\n| measure | ms | articles/s | MB/s | × floor |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| floor: read + one regex pass (${caps} matches) | ${fmt(floor)} | ${fmt(files.length / (floor / 1000), 0)} | ${fmt(mb / (floor / 1000))} | 1.0 |`);
console.log(`| engine, serial, in process (${findings} findings) | ${fmt(engine)} | ${fmt(files.length / (engine / 1000), 0)} | ${fmt(mb / (engine / 1000))} | ${fmt(engine / floor)} |`);
console.log(`| vnstyle command, all cores, incl. start-up (exit ${cmd.status}) | ${fmt(command)} | ${fmt(files.length / (command / 1000), 0)} | ${fmt(mb / (command / 1000))} | ${fmt(command / floor)} |`);

// Re-lint one 5,000-word article.
function article5000(markdown: boolean): string {
  const sources = files.length ? files : [path.join(root, 'samples', 'xa-thanh-loi.txt')];
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

console.log('\n| re-lint one article | words | p50 ms | p95 ms |');
console.log('|---|---:|---:|---:|');
for (const format of ['text', 'markdown'] as const) {
  const r = percentiles(article5000(format === 'markdown'), format);
  console.log(`| ${format} | ${r.words} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} |`);
}

// What each rule costs in that re-lint: its check alone on an article whose shared analyses
// (words, sentences, the spelling view…) are already computed, p50 of many runs; then those analyses.
function median(run: () => void, n: number): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    run();
    times.push(ms(s));
  }
  return times.sort((a, b) => a - b)[n >> 1];
}
{
  const text = article5000(false);
  const { article } = lint(text, { format: 'text', config });
  const dictionary = new AbbreviationDictionary(config.abbreviations);
  const today = todayFromClock();
  const ruleIds = new Set(RULES.map((r) => r.id));
  const rows = RULES.map((rule) => {
    const context = { article, options: config.rules[rule.id]?.options ?? {}, config, house: config.house, dictionary, today, ruleIds, report: () => {} };
    return { id: rule.id, ms: median(() => rule.check(context), 60) };
  });
  const fresh = () => new Article(text, 'text');
  const base = median(() => wordsOf(fresh()), 40);
  const view = median(() => spellingView(fresh()), 40) - base;
  console.log('\n| rule (5,000-word text article, analyses shared) | p50 ms |');
  console.log('|---|---:|');
  for (const r of rows.sort((a, b) => b.ms - a.ms)) console.log(`| ${r.id} | ${fmt(r.ms, 3)} |`);
  console.log(`| all rules | ${fmt(rows.reduce((a, r) => a + r.ms, 0), 3)} |`);
  console.log(`| shared: article model and words | ${fmt(base, 3)} |`);
  console.log(`| shared: spelling view (syllable ids, neighbours) | ${fmt(view, 3)} |`);
}

// Adversarial inputs: time should grow linearly with size.
const adversarial: Record<string, (n: number) => string> = {
  'brackets ((((': (n) => 'Tít\n\n' + '('.repeat(n) + ')'.repeat(n),
  'capitals ABC ABC': (n) => 'Tít\n\n' + 'ABC '.repeat(n / 4),
  'digits 1/1/1/1': (n) => 'Tít\n\n' + '1/'.repeat(n / 2),
  'dots ....': (n) => 'Tít\n\n' + '.'.repeat(n),
  'one long word': (n) => 'Tít\n\n' + 'a'.repeat(n),
  'markdown ***[': (n) => '# Tít\n\n' + '*[`'.repeat(n / 3),
};
console.log('\n| adversarial input | 25 KB ms | 100 KB ms | ratio (4 = linear) |');
console.log('|---|---:|---:|---:|');
for (const [name, make] of Object.entries(adversarial)) {
  const time = (n: number) => {
    const text = make(n);
    const format = name.startsWith('markdown') ? 'markdown' : 'text';
    lint(text, { format, config });
    const s = performance.now();
    lint(text, { format, config });
    return ms(s);
  };
  const a = time(25_000);
  const b = time(100_000);
  console.log(`| ${name} | ${fmt(a, 2)} | ${fmt(b, 2)} | ${fmt(b / Math.max(a, 0.01))} |`);
}
