/**
 * npm run corpus -- DIR [--profile NAME] [--rule ID]… [--sample N] [--seed N] [--lang vi|en]
 *                      [--snapshot FILE] [--compare FILE [--limit N]] [--cache]
 *
 * Lints every article in a folder and prints, per rule, how many findings, on how many
 * articles, per 1,000 words, then a random (seeded, so reproducible) sample of findings
 * with their context, so precision can be judged by reading.
 *
 * --snapshot FILE writes every finding as one sorted line (scripts/snapshot.ts); --compare FILE
 * prints what changed since that snapshot, per rule (exit 1 when anything did). Both in one run:
 * compare with the old snapshot, then replace it. Snapshots hold corpus-derived data: they are
 * refused inside the repository unless git ignores the place.
 *
 * --cache lints each article through a block cache (as editors do) warmed by an edited copy (a
 * character typed at its middle), so most blocks come from the cache, shifted: a snapshot compare
 * with a run without --cache shows that the cache changes no finding.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { BlockCache, lint } from '../src/core/engine';
import { resolveConfig, ProfileName } from '../src/core/config';
import { RULES } from '../src/core/rules';
import { collectFiles } from '../src/node/files';
import { formatOf, readArticle, ReadError } from '../src/node/text-file';
import type { Finding, Lang, Severity } from '../src/core/types';
import { installSpellingModel } from '../src/node/spelling-model';
import { compareSnapshots, formatComparison, formatSnapshot, parseSnapshot, snapshotMessage, SnapshotError, SnapshotLine } from './snapshot';

installSpellingModel();

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    profile: { type: 'string', default: 'recommended' },
    rule: { type: 'string', multiple: true },
    sample: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    lang: { type: 'string', default: 'vi' },
    severity: { type: 'string' },
    hints: { type: 'boolean', default: false },
    snapshot: { type: 'string' },
    compare: { type: 'string' },
    limit: { type: 'string', default: '20' },
    cache: { type: 'boolean', default: false },
  },
});

const dir = positionals[0];
if (!dir) {
  console.error(
    'usage: npm run corpus -- DIR [--profile NAME] [--rule ID] [--sample N] [--seed N] [--severity warning] [--snapshot FILE] [--compare FILE [--limit N]]',
  );
  process.exit(2);
}
const root = path.resolve(__dirname, '..');
const snapshotFile = values.snapshot ? path.resolve(values.snapshot) : undefined;
if (snapshotFile) {
  // Corpus-derived data never goes where it could be committed.
  const inside = !path.relative(root, snapshotFile).startsWith('..') && !path.isAbsolute(path.relative(root, snapshotFile));
  if (inside && spawnSync('git', ['check-ignore', '-q', snapshotFile], { cwd: root }).status !== 0) {
    console.error(
      `--snapshot ${values.snapshot}: a snapshot holds corpus-derived data; write it outside the repository (e.g. /tmp/vnstyle-dev.snap) or into a folder git ignores.`,
    );
    process.exit(2);
  }
}
let previous: SnapshotLine[] | undefined;
if (values.compare) {
  try {
    previous = parseSnapshot(fs.readFileSync(values.compare, 'utf8'), values.compare).lines;
  } catch (e) {
    console.error(
      `--compare ${values.compare}: ${e instanceof SnapshotError ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (write one first with --snapshot FILE)' : (e as Error).message}`,
    );
    process.exit(2);
  }
}

/** mulberry32: a small seeded generator, so a sample can be read again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// --hints: also the rules' uncertain hints (off by default).
const hinted = values.hints
  ? Object.fromEntries(RULES.filter((r) => r.meta.options?.hints).map((r) => [r.id, [r.meta.severity, { hints: true }] as [Severity, { hints: boolean }]]))
  : {};
const config = resolveConfig({ profile: values.profile as ProfileName, rules: hinted }, RULES);
const only = values.rule?.length ? new Set(values.rule) : undefined;
const lang = values.lang as Lang;
const files = collectFiles([dir]).files.filter((f) => path.basename(f).toLowerCase() !== 'readme.md');
type Hit = { file: string; text: string; finding: Finding };
const snapshot: SnapshotLine[] = [];
const byRule = new Map<string, { findings: number; articles: Set<string>; hits: Hit[] }>();
let words = 0;
const layouts = new Map<string, number>();
let failures = 0;
const started = performance.now();
let cacheHits = 0;
for (const file of files) {
  let text: string;
  try {
    text = readArticle(file).text;
  } catch (e) {
    if (e instanceof ReadError) {
      console.error(`skip ${file}: ${e.problem}`);
      continue;
    }
    throw e;
  }
  words += text.split(/\s+/).filter(Boolean).length;
  let cache: BlockCache | undefined;
  if (values.cache) {
    cache = new BlockCache();
    const middle = text.length >> 1;
    lint(text.slice(0, middle) + 'x' + text.slice(middle), { format: formatOf(file), config, lang, only, cache });
  }
  const result = lint(text, { format: formatOf(file), config, lang, only, cache });
  if (cache) cacheHits += cache.hits;
  layouts.set(result.article.layout, (layouts.get(result.article.layout) ?? 0) + 1);
  for (const f of result.failures) {
    failures++;
    console.error(`RULE FAILURE ${f.ruleId} on ${file}: ${f.message}`);
  }
  for (const f of result.findings) {
    if (values.severity && f.severity !== values.severity) continue;
    const at = result.article.lines.positionAt(f.start);
    snapshot.push({
      file: path.relative(dir, file).split(path.sep).join('/'),
      line: at.line + 1,
      column: at.character + 1,
      severity: f.severity,
      ruleId: f.ruleId,
      messageId: f.messageId,
      message: snapshotMessage(f, text),
    });
    let e = byRule.get(f.ruleId);
    if (!e) byRule.set(f.ruleId, (e = { findings: 0, articles: new Set(), hits: [] }));
    e.findings++;
    e.articles.add(file);
    e.hits.push({ file, text, finding: f });
  }
}
const ms = performance.now() - started;

const rel = (f: string) => path.relative(dir, f);
console.log(`${files.length} articles, ${words} words, ${ms.toFixed(0)} ms, profile ${values.profile}${failures ? `, ${failures} RULE FAILURES` : ''}\n`);
const rows = RULES.filter((r) => !only || only.has(r.id)).map((r) => {
  const e = byRule.get(r.id);
  const sev = config.rules[r.id].severity;
  return [r.id, sev, String(e?.findings ?? 0), String(e?.articles.size ?? 0), ((1000 * (e?.findings ?? 0)) / Math.max(words, 1)).toFixed(2)];
});
const head = ['rule', 'severity', 'findings', 'articles', 'per 1k words'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
console.log(`layouts: ${[...layouts].map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
console.log(line(head));
console.log('|' + widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of rows) console.log(line(r));

if (values.cache) console.log(`\nblock cache: ${cacheHits} block results taken from the cache`);
if (previous || snapshotFile) {
  if (previous) {
    const diffs = compareSnapshots(previous, snapshot);
    console.log(`\nCompared with ${values.compare} (${previous.length} findings → ${snapshot.length}):\n`);
    process.stdout.write(formatComparison(diffs, Number(values.limit) > 0 ? Number(values.limit) : Infinity));
    if (diffs.length) process.exitCode = 1;
  }
  if (snapshotFile) {
    const header = {
      'vnstyle corpus snapshot': path.basename(path.resolve(dir)),
      articles: files.length,
      findings: snapshot.length,
      profile: values.profile!,
      lang,
      hints: String(values.hints),
      rules: only ? [...only].join(',') : 'all',
      severity: values.severity ?? 'all',
    };
    fs.mkdirSync(path.dirname(snapshotFile), { recursive: true });
    fs.writeFileSync(snapshotFile, formatSnapshot(snapshot, header));
    console.log(`\nsnapshot: ${snapshot.length} findings written to ${snapshotFile}`);
  }
  process.exit();
}

const n = Number(values.sample);
const random = rng(Number(values.seed));
for (const [id, e] of [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const hits = [...e.hits];
  for (let i = hits.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [hits[i], hits[j]] = [hits[j], hits[i]];
  }
  const sample = hits.slice(0, n);
  console.log(`\n## ${id} — ${sample.length} of ${e.findings}\n`);
  for (const h of sample) {
    const f = h.finding;
    const lineStart = Math.max(h.text.lastIndexOf('\n', f.start - 1) + 1, f.start - 70);
    let lineEnd = h.text.indexOf('\n', f.end);
    if (lineEnd < 0) lineEnd = h.text.length;
    lineEnd = Math.min(lineEnd, f.end + 70);
    const ctx = (h.text.slice(lineStart, f.start) + '⟦' + h.text.slice(f.start, f.end) + '⟧' + h.text.slice(f.end, lineEnd)).replace(/\s+/g, ' ');
    const lineNo = h.text.slice(0, f.start).split('\n').length;
    const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
    console.log(`- ${rel(h.file)}:${lineNo} [${f.severity}] ${ctx}`);
    console.log(`    → ${f.message}${fix ? `  ✎ ${fix.preferred ? '(preferred) ' : ''}${fix.title}` : ''}`);
  }
}
