/**
 * npm run mine-abbreviations -- [corpus.jsonl.gz]
 *
 * Counts, over a news corpus (default ../shared/corpus/lm/baomoi-2017-lm.jsonl.gz, one JSON
 * object a line with a `text`), how often each abbreviation is used and how often the articles
 * define it (`full form (ABBR)`), with each full form written. Counts only: no text is kept.
 * The figures are the provenance of the rows in src/data/abbreviations-newsroom.tsv (column "L").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import * as zlib from 'node:zlib';
import { Article } from '../src/core/article';
import { analyseAbbreviations } from '../src/core/analysis/abbreviations';

const file = process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'corpus', 'lm', 'baomoi-2017-lm.jsonl.gz');
const minDefinitions = Number(process.argv[3] ?? 5);

async function main(): Promise<void> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const uses = new Map<string, number>(); // articles using the abbreviation
  const defs = new Map<string, Map<string, number>>(); // abbreviation → full form (lower case) → articles
  let articles = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text: string }).text;
    articles++;
    const a = analyseAbbreviations(new Article(text, 'text'));
    for (const abbr of new Set(a.uses.map((u) => u.abbr))) uses.set(abbr, (uses.get(abbr) ?? 0) + 1);
    for (const [abbr, d] of a.definitions) {
      if (!d.full) continue;
      let m = defs.get(abbr);
      if (!m) defs.set(abbr, (m = new Map()));
      const full = d.full.toLocaleLowerCase('vi');
      m.set(full, (m.get(full) ?? 0) + 1);
    }
  }
  console.log(`${articles} articles; abbreviations defined in at least ${minDefinitions} articles:\n`);
  console.log('abbr\tused in\tdefined in\tfull forms (articles)');
  const rows = [...defs]
    .map(([abbr, m]) => ({ abbr, defined: [...m.values()].reduce((x, y) => x + y, 0), forms: [...m].sort((x, y) => y[1] - x[1]) }))
    .filter((r) => r.defined >= minDefinitions)
    .sort((x, y) => (uses.get(y.abbr) ?? 0) - (uses.get(x.abbr) ?? 0));
  for (const r of rows)
    console.log(
      `${r.abbr}\t${uses.get(r.abbr) ?? 0}\t${r.defined}\t${r.forms
        .slice(0, 4)
        .map(([f, n]) => `${f} (${n})`)
        .join('; ')}`,
    );
}

void main();
