/** Data files: the abbreviation dictionary keeps the curated table's rows, provenance and senses. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import data from '../../src/data/abbreviations.json';
import { AbbreviationDictionary } from '../../src/core/dictionary';
import { SHARED, hasShared } from './helpers';

describe('abbreviation dictionary', () => {
  it('keeps every row of the curated table with its full form and provenance', function () {
    const tsv = path.join(SHARED, 'data', 'abbreviations-curated.tsv');
    if (!hasShared || !fs.existsSync(tsv)) this.skip();
    const rows = fs
      .readFileSync(tsv, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('abbr\t'))
      .map((l) => l.split('\t'));
    assert.equal(rows.length, 148);
    for (const [abbr, full, , provenance] of rows) {
      const e = data.entries.find((x) => x.abbr === abbr);
      assert.ok(e, abbr);
      assert.equal(e.senses[0], full, abbr);
      assert.deepEqual(e.provenance, provenance.split('+'), abbr);
      assert.equal(e.confirmed, !provenance.split('+').includes('C'), abbr);
    }
  });

  it('marks ambiguous abbreviations and keeps their other meanings', () => {
    const d = new AbbreviationDictionary();
    assert.deepEqual(d.lookup('ĐV')?.senses, ['đảng viên', 'đoàn viên', 'đơn vị']);
    assert.equal(d.lookup('ĐV')?.ambiguous, true);
    assert.equal(d.lookup('CB')?.ambiguous, false);
    assert.equal(d.lookup('TU')?.confirmed, false);
  });

  it('lets the configuration override and extend it', () => {
    const d = new AbbreviationDictionary({ CB: 'công binh', ABC: ['một', 'hai'] });
    assert.deepEqual(d.lookup('CB')?.senses, ['công binh']);
    assert.equal(d.lookup('ABC')?.ambiguous, true);
  });
});
