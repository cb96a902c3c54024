/** Documentation generated from the rules: a missing or stale page fails (npm run docs regenerates). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';
import { renderRuleDoc, renderRuleTable, replaceBetween } from '../../src/docs/render';
import { configSchema } from '../../src/docs/schema';
import { ROOT } from './helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('generated documentation', () => {
  for (const rule of RULES) {
    it(`docs/rules/${rule.id}.md is present and up to date`, () => {
      const file = path.join(ROOT, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(fs.existsSync(file), `missing ${file}: run npm run docs`);
      assert.equal(fs.readFileSync(file, 'utf8'), renderRuleDoc(rule), `stale ${file}: run npm run docs`);
    });
  }

  it('has no page for a rule that does not exist', () => {
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).map((f) => f.replace(/\.md$/, ''));
    assert.deepEqual(
      pages.filter((p) => !RULES.some((r) => r.id === p)),
      [],
    );
  });

  it('README rule table is up to date', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.equal(readme, replaceBetween(readme, '<!-- rules:start -->', '<!-- rules:end -->', renderRuleTable()));
  });

  it('schemas/vnstyle.schema.json is up to date', () => {
    const file = path.join(ROOT, 'schemas', 'vnstyle.schema.json');
    assert.equal(fs.readFileSync(file, 'utf8'), JSON.stringify(configSchema(RULES, pkg.version), null, 2) + '\n');
  });

  it('a rule page is Vietnamese first, then English, and shows the examples', () => {
    const page = renderRuleDoc(RULES.find((r) => r.id === 'abbreviation-undefined')!);
    assert.ok(page.indexOf('## Tiếng Việt') < page.indexOf('## English'));
    assert.match(page, /Viết tắt "CB" chưa được giải thích\. Lần đầu hãy viết: "cán bộ \(CB\)"\./);
    assert.match(page, /Abbreviation "CB" is not explained\. At its first use write: "cán bộ \(CB\)"\./);
  });
});
