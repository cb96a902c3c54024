/** The registry itself is tested: every rule file registered, sorted, well-formed (STYLE.md 10). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';
import { PROFILES, PROFILE_DATA, optionDefaults, validateConfig } from '../../src/core/config';
import { ROOT } from './helpers';

describe('rule registry', () => {
  const dir = path.join(ROOT, 'src', 'core', 'rules');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));

  it('registers every rule file, and only those', () => {
    assert.deepEqual([...RULES.map((r) => r.id)].sort(), [...files].sort());
  });

  it('is sorted by id, ids unique and kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
  });

  it('gives each rule both languages for every text, and a known category and severity', () => {
    for (const r of RULES) {
      for (const text of [r.meta.description, r.meta.rationale, ...Object.values(r.meta.messages)]) {
        assert.ok(text.vi.trim() && text.en.trim(), `${r.id}: empty text`);
      }
      assert.ok(['error', 'warning', 'info'].includes(r.meta.severity), r.id);
      assert.ok(r.meta.sources.length > 0, `${r.id}: no source`);
    }
  });

  it('gives each option a default that passes its own schema', () => {
    for (const r of RULES) {
      const problems = validateConfig({ rules: { [r.id]: ['warning', optionDefaults(r)] } }, RULES);
      assert.deepEqual(problems, [], r.id);
    }
  });

  it('names only registered rules in the profiles', () => {
    for (const p of PROFILES)
      for (const id of Object.keys(PROFILE_DATA[p].rules))
        assert.ok(
          RULES.some((r) => r.id === id),
          `${p}: ${id}`,
        );
  });
});
