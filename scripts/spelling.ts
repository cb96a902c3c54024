/**
 * npm run spelling -- FILE.jsonl [--show missed-non|missed-real|found-non|found-real|unmatched|wrong-fix] [--limit N] [--severity warning]
 *
 * Evaluates the spelling rules on a file in the Viwiki-spelling format (Tran, Dinh, Phan,
 * Nguyen, "Hierarchical Transformer Encoders for Vietnamese Spelling Correction", IEA/AIE
 * 2021, arXiv 2105.13578; CC BY 4.0): one JSON object a line, `{text, mistakes: [{text,
 * start_offset, suggest}]}`, where `start_offset` counts code points (not UTF-16 units).
 *
 * Each annotated mistake is put in one class by the hunspell-vi syllable list (the npm
 * dev dependency dictionary-vi, GPL: a test oracle, never shipped), old-style tone places
 * added: a correction with a word outside the list is a name or English ("names, English");
 * otherwise a mistake outside the list is a non-word, one inside it a real-word slip.
 * Prints per class: mistakes, found (a spelling finding overlaps it), fixed (the finding's
 * preferred fix writes the correction, case aside — what --fix does), first fix right (the first fix
 * offered, preferred or not, writes it — what an editor clicks first); then the spelling findings that overlap
 * no annotated mistake, per 1,000 words, by rule — once for findings of any severity, once for
 * warnings and errors only. `--show` lists cases to read (at the `--severity` given, default any).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { lint, applyEdits } from '../src/core/engine';
import { resolveConfig } from '../src/core/config';
import { RULES } from '../src/core/rules';
import type { Finding, Severity } from '../src/core/types';
import { parseSyllable, tonePosition, moveTone, toneStyleOf } from '../src/core/text/syllable';
import { installSpellingModel } from '../src/node/spelling-model';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    show: { type: 'string', multiple: true },
    limit: { type: 'string', default: '1000' },
    severity: { type: 'string' },
    hints: { type: 'boolean', default: false },
  },
});
const file = positionals[0];
if (!file || !fs.existsSync(file)) {
  console.error(
    'usage: npm run spelling -- FILE.jsonl [--hints] [--show missed-non|missed-real|missed-foreign|unmatched|wrong-fix] [--limit N] [--severity warning]',
  );
  process.exit(2);
}
installSpellingModel();

const root = path.resolve(__dirname, '..');
const oracle = new Set<string>();
for (const line of fs
  .readFileSync(path.join(root, 'node_modules', 'dictionary-vi', 'index.dic'), 'utf8')
  .split('\n')
  .slice(1)) {
  const w = line.split('/')[0].trim().normalize('NFC').toLowerCase();
  if (!w) continue;
  oracle.add(w);
  const r = parseSyllable(w);
  if (r.ok && toneStyleOf(r.syllable) === 'new') oracle.add(moveTone(w, r.syllable.toneAt, tonePosition(r.syllable, 'old'), r.syllable.tone));
}
const inOracle = (s: string) => s.split(/\s+/).every((w) => oracle.has(w.toLowerCase()));

type Klass = 'non-word' | 'real-word' | 'names, English';
interface Mistake {
  start: number;
  end: number;
  text: string;
  suggest: string[];
  klass: Klass;
}

const spellingRules = new Set(RULES.filter((r) => r.meta.category === 'spelling').map((r) => r.id));
/** House-style rules among them: they enforce a house choice the annotators did not (old or new tone placement). */
const HOUSE_STYLE = new Set(['tone-mark-style']);
// The product's defaults; --hints also turns on the rules' uncertain hints (off by default: on news most are wrong).
const hintRules = RULES.filter((r) => r.meta.options?.hints);
const config = resolveConfig(values.hints ? { rules: Object.fromEntries(hintRules.map((r) => [r.id, [r.meta.severity, { hints: true }]])) } : {}, RULES);
const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const show = new Set(values.show ?? []);
const showAt = (values.severity ?? 'info') as Severity;
const limit = Number(values.limit);

/** Measures at one severity: all findings (info and up) and those an editor sees as problems (warning and up). */
interface Tally {
  classes: Map<Klass, { n: number; found: number; fixed: number; first: number }>;
  unmatched: Map<string, number>;
}
const levels: Severity[] = ['info', 'warning'];
const tallies = new Map<Severity, Tally>(levels.map((l) => [l, { classes: new Map(), unmatched: new Map() }]));
const shown = new Map<string, number>();
let words = 0;
let documents = 0;

function print(kind: string, line: string): void {
  if (!show.has(kind)) return;
  const n = shown.get(kind) ?? 0;
  shown.set(kind, n + 1);
  if (n < limit) console.log(`${kind}: ${line}`);
}

const context = (text: string, start: number, end: number) =>
  (text.slice(Math.max(0, start - 40), start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, end + 40)).replace(/\s+/g, ' ');
const overlaps = (f: Finding, m: Mistake) => f.start < m.end && m.start < f.end;

/** The finding's preferred fix (or, with `first`, its first fix, preferred or offered) writes one of the corrections (case aside). */
function fixes(text: string, f: Finding, m: Mistake, first = false): boolean {
  const fix = first ? f.fixes[0] : f.fixes.find((x) => x.preferred);
  if (!fix) return false;
  const from = Math.min(m.start, ...fix.edits.map((e) => e.start));
  const to = Math.max(m.end, ...fix.edits.map((e) => e.end));
  const region = applyEdits(
    text.slice(from, to),
    fix.edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from })),
  ).toLowerCase();
  return m.suggest.some((s) => region === (text.slice(from, m.start) + s + text.slice(m.end, to)).toLowerCase());
}

function tally(level: Severity, text: string, mistakes: Mistake[], all: Finding[]): void {
  const t = tallies.get(level)!;
  const findings = all.filter((f) => rank[f.severity] >= rank[level]);
  const shout = level === showAt;
  for (const m of mistakes) {
    const c = t.classes.get(m.klass) ?? { n: 0, found: 0, fixed: 0, first: 0 };
    t.classes.set(m.klass, c);
    c.n++;
    const hits = findings.filter((f) => overlaps(f, m));
    const tag = m.klass === 'non-word' ? 'non' : m.klass === 'real-word' ? 'real' : 'foreign';
    if (!hits.length) {
      if (shout) print(`missed-${tag}`, `${m.text} → ${m.suggest.join(' | ')}   ${context(text, m.start, m.end)}`);
      continue;
    }
    c.found++;
    if (shout)
      print(
        `found-${tag}`,
        `${m.text} → ${m.suggest.join(' | ')}  [${hits[0].ruleId} ${hits[0].severity}] ${hits[0].message}   ${context(text, m.start, m.end)}`,
      );
    if (hits.some((f) => fixes(text, f, m, true))) c.first++;
    if (hits.some((f) => fixes(text, f, m))) c.fixed++;
    else if (shout) {
      const f = hits[0];
      const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
      print(
        'wrong-fix',
        `${m.text} → ${m.suggest.join(' | ')}  [${f.ruleId}] ${fix ? (fix.preferred ? '(preferred) ' : '') + fix.title : 'no fix'}   ${context(text, m.start, m.end)}`,
      );
    }
  }
  for (const f of findings) {
    if (mistakes.some((m) => overlaps(f, m))) continue;
    const key = `${f.ruleId} (${f.severity})`;
    t.unmatched.set(key, (t.unmatched.get(key) ?? 0) + 1);
    const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
    if (shout)
      print(
        'unmatched',
        `[${f.ruleId} ${f.severity}] ${context(text, f.start, f.end)}  ${fix ? (fix.preferred ? '✎ ' : '? ') + fix.title : ''}  — ${f.message}`,
      );
  }
}

for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line) as { text: string; mistakes: Array<{ text: string; start_offset: number | string; suggest: string[] }> };
  const text = doc.text;
  documents++;
  words += text.split(/\s+/).filter(Boolean).length;
  // Code point → UTF-16 offset.
  const utf16: number[] = [];
  for (let i = 0; i < text.length; i++) {
    utf16.push(i);
    if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff) i++;
  }
  utf16.push(text.length);
  const mistakes: Mistake[] = doc.mistakes.map((m) => {
    const start = utf16[Number(m.start_offset)];
    const end = start + m.text.length;
    if (text.slice(start, end) !== m.text) throw new Error(`${file}, document ${documents}: the mistake "${m.text}" is not at code point ${m.start_offset}`);
    const suggest = m.suggest.filter((s) => s.trim());
    const klass: Klass = !suggest.length || !inOracle(suggest[0]) ? 'names, English' : inOracle(m.text) ? 'real-word' : 'non-word';
    return { start, end, text: m.text, suggest, klass };
  });
  const findings = lint(text, { format: 'text', config }).findings.filter((f) => spellingRules.has(f.ruleId));
  for (const level of levels) tally(level, text, mistakes, findings);
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '–');
const per1000 = (n: number) => ((1000 * n) / words).toFixed(2);
console.log(`\n${path.basename(file)}: ${documents} documents, ${words} words; spelling rules: ${[...spellingRules].join(', ')}`);
for (const level of levels) {
  const t = tallies.get(level)!;
  console.log(`\nFindings at ${level === 'info' ? 'any severity' : 'warning and error'}:\n`);
  console.log('| class | mistakes | found | found % | fixed by the preferred fix | % of found | first fix offered right | % of found |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const k of ['non-word', 'real-word', 'names, English'] as Klass[]) {
    const c = t.classes.get(k) ?? { n: 0, found: 0, fixed: 0, first: 0 };
    console.log(`| ${k} | ${c.n} | ${c.found} | ${pct(c.found, c.n)} | ${c.fixed} | ${pct(c.fixed, c.found)} | ${c.first} | ${pct(c.first, c.found)} |`);
  }
  const total = [...t.unmatched.values()].reduce((a, b) => a + b, 0);
  const house = [...t.unmatched].filter(([k]) => HOUSE_STYLE.has(k.split(' ')[0])).reduce((a, [, n]) => a + n, 0);
  console.log(
    `\nfindings on no annotated mistake: ${total - house}, ${per1000(total - house)} per 1,000 words (${total}, ${per1000(total)} with the house-style rule ${[...HOUSE_STYLE].join(', ')})`,
  );
  for (const [k, n] of [...t.unmatched].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${n} (${per1000(n)} per 1,000 words)`);
}
