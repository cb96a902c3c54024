/**
 * The comparison the bench runs: textlint 15 with textlint-rule-prh, loaded with the same
 * abbreviation list vnstyle ships (src/data/abbreviations.json), written as a prh dictionary.
 *
 * How "an abbreviation must be explained" is said in prh terms: prh replaces a pattern with an
 * expected text and stays silent where the text already reads as expected. So each abbreviation
 * is one prh rule whose expected text is its definition form, `Ủy ban nhân dân (UBND)`, and whose
 * pattern matches the bare abbreviation or that whole definition form:
 *
 *   /(?<![\p{L}\p{N}])(?:(?:Ủy ban nhân dân) \()?UBND\)?(?![\p{L}\p{N}])/
 *
 * A bare `UBND` is reported with the definition as its fix; `Ủy ban nhân dân (UBND)` matches as
 * a whole, equals the expected text and is left alone. The look-arounds stand for word
 * boundaries (prh's own `\b` knows only ASCII letters, and `HĐND` has a Đ). What prh cannot
 * say: "first use only" (it keeps no state across an article, so every later bare use is
 * reported too), and, for the 18 abbreviations with several senses, which sense (any sense's
 * definition form is accepted by the pattern, the first sense is the expected text, so another
 * sense's definition is reported too). Its findings are therefore more numerous than
 * vnstyle's; its work — every abbreviation's pattern over every paragraph — is the same kind
 * of work vnstyle's abbreviation rules do, which is what the bench compares.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import yaml from 'js-yaml';
import abbreviations from '../src/data/abbreviations.json';

interface Entry {
  abbr: string;
  senses: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The prh dictionary: one rule per abbreviation. */
export function prhDictionary(entries: Entry[] = abbreviations.entries): string {
  const rules = entries.map((e) => ({
    expected: `${e.senses[0]} (${e.abbr})`,
    patterns: [`/(?<![\\p{L}\\p{N}])(?:(?:${e.senses.map(escape).join('|')}) \\()?${escape(e.abbr)}\\)?(?![\\p{L}\\p{N}])/`],
    prh: `Chữ viết tắt ${e.abbr} cần được giải thích ở lần dùng đầu: ${e.senses[0]} (${e.abbr}).`,
  }));
  return yaml.dump({ version: 1, rules }, { lineWidth: -1 });
}

/** Write the prh dictionary and a textlint configuration that loads it into `dir`; the configuration's path. */
export function writeTextlintConfig(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const dictionary = path.join(dir, 'abbreviations.prh.yml');
  fs.writeFileSync(dictionary, prhDictionary());
  const config = path.join(dir, 'textlintrc.json');
  fs.writeFileSync(config, JSON.stringify({ rules: { prh: { rulePaths: [dictionary] } } }, null, 2));
  return config;
}

/** textlint's command, from this checkout's devDependencies; null when they are not installed. */
export function textlintBin(root: string): string | null {
  const bin = path.join(root, 'node_modules', 'textlint', 'bin', 'textlint.js');
  return fs.existsSync(bin) && fs.existsSync(path.join(root, 'node_modules', 'textlint-rule-prh')) ? bin : null;
}
