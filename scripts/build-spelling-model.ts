/**
 * Rebuilds src/data/spelling-model.bin from the news corpus (counts only, never sentences):
 *
 *   node scripts/build.mjs --quiet && node dist/build-spelling-model.js [CORPUS.jsonl.gz]
 *        [--min-syllable N] [--min-pair N] [--out FILE] [--dump]
 *
 * The corpus is read streaming (gunzip + a line reader), one JSON object a line with a `text`.
 * Words are split exactly as the rules split them (letters and combining marks, NFC, lower
 * case); a syllable is counted in its canonical form (tone mark where QĐ 1989 puts it) and
 * only when it is a Vietnamese syllable by structure; a pair is two such syllables with only
 * spaces between them. Rare forms are dropped (the minimum counts), so the corpus's own
 * typos are not learned. `--dump` prints the syllable table (TSV) of an existing model.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as readline from 'node:readline';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { canonicalSyllable, wordHash } from '../src/core/text/syllable';
import { isUpperUnit, isWordUnit } from '../src/core/text/chars';
import { decodeSpellingModel, encodeSpellingModel, ModelHeader } from '../src/core/text/spelling-model';
import { isPairGap } from '../src/core/text/spelling-context';

const root = path.resolve(__dirname, '..');
const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    'min-syllable': { type: 'string', default: '3' },
    'min-pair': { type: 'string', default: '3' },
    'min-word': { type: 'string', default: '20' },
    out: { type: 'string', default: path.join(root, 'src', 'data', 'spelling-model.bin') },
    dump: { type: 'boolean', default: false },
  },
});

if (values.dump) {
  const model = decodeSpellingModel(fs.readFileSync(values.out!));
  const h = model.header;
  console.log(
    `# ${JSON.stringify(h.provenance)}\n# min syllable ${h.minSyllableCount}, min pair ${h.minPairCount}, min word ${h.minWordCount}, ${h.tokens} tokens`,
  );
  h.syllables.forEach((s, i) => console.log(`${s}\t${h.counts[i]}\t${h.successors[i]}`));
  console.log(`# words that are no syllable: ${h.words.join(' ')}`);
  process.exit(0);
}

const corpus = positionals[0] ?? path.resolve(root, '..', 'shared', 'corpus', 'lm', 'baomoi-2017-lm.jsonl.gz');
if (!fs.existsSync(corpus)) {
  console.error(`no corpus at ${corpus}: pass the path of baomoi-2017-lm.jsonl.gz (see src/data/spelling-model.md)`);
  process.exit(2);
}
const minSyllable = Number(values['min-syllable']);
const minPair = Number(values['min-pair']);
const minWord = Number(values['min-word']);
const NAME_JOIN = '|';

const syllables = new Map<string, number>();
/** Words that are no Vietnamese syllable (names, loans, abbreviations), lower case. */
const others = new Map<string, number>();
/** Pair counts keyed by "a b". */
const pairs = new Map<string, number>();
const canonical = new Map<string, string | null>(); // lower-case word → its canonical syllable, or null
let tokens = 0;
let documents = 0;

function canon(lower: string): string | null {
  let c = canonical.get(lower);
  if (c === undefined) canonical.set(lower, (c = canonicalSyllable(lower, wordHash(lower))));
  return c;
}

function count(text: string): void {
  let prev: string | null = null;
  let prevEnd = -1;
  let prevCapital = false;
  for (let i = 0; i < text.length;) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordUnit(text.charCodeAt(i))) i++;
    const capital = isUpperUnit(text.charCodeAt(start));
    const lower = text.slice(start, i).toLowerCase();
    const word = canon(lower);
    tokens++;
    if (!word) others.set(lower, (others.get(lower) ?? 0) + 1);
    else {
      syllables.set(word, (syllables.get(word) ?? 0) + 1);
      // A lower-case word's pairs, and the pairs inside names apart: "Cần Thơ" says nothing of "cần thở".
      if (prev && isPairGap(text, prevEnd, start) && (!capital || prevCapital)) {
        const k = prev + (capital ? NAME_JOIN : ' ') + word;
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
    }
    prev = word;
    prevEnd = i;
    prevCapital = capital;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const hash = createHash('sha256');
  const input = fs.createReadStream(corpus);
  input.on('data', (chunk) => hash.update(chunk));
  const lines = readline.createInterface({ input: input.pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { text?: string };
    if (typeof doc.text !== 'string') continue;
    count(doc.text.normalize('NFC'));
    documents++;
  }
  const kept = [...syllables].filter(([, c]) => c >= minSyllable).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const known = new Set(kept.map(([s]) => s));
  const keptPairs: Array<[string, string, number, boolean]> = [];
  const successors = new Map<string, number>();
  let namePairs = 0;
  for (const [k, c] of pairs) {
    const name = k.includes(NAME_JOIN);
    const [a, b] = k.split(name ? NAME_JOIN : ' ');
    if (!name) successors.set(a, (successors.get(a) ?? 0) + 1);
    if (c >= minPair && known.has(a) && known.has(b)) {
      keptPairs.push([a, b, c, name]);
      if (name) namePairs++;
    }
  }
  const header: ModelHeader = {
    provenance: {
      source:
        'baomoi-2017-lm.jsonl.gz: 20,313 news articles (baomoi.com crawl, Jan–Jul 2017) from magizbox/scraper @ 3387ada618569fd73517092f2215a89398d8f7ee, vn_news/data; no licence file, © the original outlets. Only counts are kept: no sentence of the corpus is in this file.',
      corpusSha256: hash.digest('hex'),
      built: new Date().toISOString().slice(0, 10),
      builder: 'scripts/build-spelling-model.ts',
      documents: String(documents),
    },
    minSyllableCount: minSyllable,
    minPairCount: minPair,
    minWordCount: minWord,
    tokens,
    syllables: kept.map(([s]) => s),
    counts: kept.map(([, c]) => c),
    successors: kept.map(([s]) => successors.get(s) ?? 0),
    words: [...others]
      .filter(([, c]) => c >= minWord)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([w]) => w),
  };
  const bytes = encodeSpellingModel(header, keptPairs);
  decodeSpellingModel(bytes); // round trip: fail here, not in an editor
  fs.writeFileSync(values.out!, bytes);
  console.log(
    `${documents} documents, ${tokens} tokens, ${syllables.size} syllables (${kept.length} kept, ≥ ${minSyllable}), ${pairs.size} pairs (${keptPairs.length} kept, ≥ ${minPair}, ${namePairs} of them inside names) → ${path.relative(process.cwd(), values.out!)} ${(bytes.length / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
