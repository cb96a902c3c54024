/**
 * npm run docs — writes docs/rules/<id>.md, the README rule table and
 * schemas/vnstyle.schema.json from the rules' metadata. `--check` only compares
 * (exit 1 when something is missing or stale).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/core/rules';
import { renderRuleDoc, renderRuleTable, replaceBetween } from '../src/docs/render';
import { configSchema } from '../src/docs/schema';
import pkg from '../package.json';
import { installSpellingModel } from '../src/node/spelling-model';

installSpellingModel(); // the spelling rules' examples need it

const root = path.resolve(__dirname, '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

function put(rel: string, content: string): void {
  const file = path.join(root, rel);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === content) return;
  stale.push(rel);
  if (!check) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

for (const rule of RULES) put(`docs/rules/${rule.id}.md`, renderRuleDoc(rule));
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
put('README.md', replaceBetween(readme, '<!-- rules:start -->', '<!-- rules:end -->', renderRuleTable()));
put('schemas/vnstyle.schema.json', JSON.stringify(configSchema(RULES, pkg.version), null, 2) + '\n');
for (const f of fs.readdirSync(path.join(root, 'docs', 'rules'))) {
  if (!RULES.some((r) => `${r.id}.md` === f)) {
    stale.push(`docs/rules/${f} (no such rule)`);
    if (!check) fs.rmSync(path.join(root, 'docs', 'rules', f));
  }
}
console.log(stale.length ? `${check ? 'stale' : 'wrote'}: ${stale.join(', ')}` : 'docs are up to date');
if (check && stale.length) process.exitCode = 1;
