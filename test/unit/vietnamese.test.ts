/**
 * The Vietnamese text layer against outside references: the syllable validator against a
 * real syllable list (Debian/npm hunspell-vi, test-only), the legacy decoders against the
 * npm converter, and the sample article turned into NFD, TCVN3 and VNI mojibake.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isValidSyllable, parseSyllable, tonePosition, toneStyleOf, moveTone, wordHash } from '../../src/core/text/syllable';
import { isLowerable, isUpperUnit, isWordUnit } from '../../src/core/text/chars';
import { Article } from '../../src/core/article';
import { wordsOf, WordSet } from '../../src/core/analysis/words';
import { decodeTcvn3, decodeVni, decodeDoubleUtf8 } from '../../src/core/text/legacy';
import { BASE_VOWELS, withTone, Tone } from '../../src/core/text/vietnamese';
import { lint, applyFixes } from '../../src/core/engine';
import { resolveConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import syllables from '../../src/data/syllables.json';
import { ROOT, SHARED, hasShared, TODAY } from './helpers';

const vc = require('vietnamese-conversion') as {
  toTCVN3(s: string, from: string): string;
  toVNI(s: string, from: string): string;
  toUnicode(s: string, from: string): string;
};

/** Entries of the oracle that break Vietnamese syllable structure: loans (whitelisted by the rule) and noise. */
const ORACLE_LOANS = [
  'basoi',
  'buýt',
  'email',
  'gen',
  'gip',
  'gram',
  'internet',
  'intranet',
  'ka',
  'moay',
  'palăng',
  'phuy',
  'ping',
  'tivi',
  'tout',
  'tuyn',
  'v',
  'voan',
  'web',
  'xit',
];
const ORACLE_NOISE = ['gỵa', 'quoàng', 'quoạng', 'quoắt', 'têt']; // not Vietnamese syllables: errors in the list

describe('syllable validator against the hunspell-vi syllable list', () => {
  const dic = path.join(ROOT, 'node_modules', 'dictionary-vi', 'index.dic');
  const entries = fs
    .readFileSync(dic, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('/')[0].trim().normalize('NFC'))
    .filter((w) => w && w === w.toLowerCase() && /^\p{L}+$/u.test(w));

  it('accepts every lower-case entry but the named loans and noise, and their old-style forms too', () => {
    assert.ok(entries.length > 6500, `only ${entries.length} entries`);
    const rejected = entries.filter((w) => !isValidSyllable(w));
    assert.deepEqual(rejected.sort(), [...ORACLE_LOANS, ...ORACLE_NOISE].sort());
    let oldForms = 0;
    for (const w of entries) {
      const r = parseSyllable(w);
      if (!r.ok || toneStyleOf(r.syllable) !== 'new') continue;
      const old = moveTone(w, r.syllable.toneAt, tonePosition(r.syllable, 'old'), r.syllable.tone);
      assert.ok(isValidSyllable(old), old);
      oldForms++;
    }
    assert.ok(oldForms > 50, `only ${oldForms} old-style forms checked`);
    console.log(`      (checked ${entries.length} oracle entries and ${oldForms} old-style forms)`);
  });

  it('whitelists the loans the oracle holds', () => {
    for (const loan of ORACLE_LOANS) assert.ok(syllables.loans.includes(loan), loan);
  });

  it('rejects invalid syllables written for this test', () => {
    const invalid = [
      'hòc',
      'tôt',
      'sàch',
      'hỏp',
      'ich',
      'cẻ',
      'kạn',
      'ka',
      'gế',
      'ghà',
      'ngiêng',
      'nghà',
      'qốc',
      'iêu',
      'iên',
      'ăn̄',
      'ă',
      'â',
      'bêng',
      'kóa',
      'cuy',
      'ơng',
      'ing',
      'ic',
      'hoàa',
      'xuôp',
      'tuyêt',
      'giứ̃',
      'đắk',
      'tràng̀',
      'qa',
      'uyê',
      'bnh',
      'nươ',
    ];
    for (const w of invalid) assert.equal(isValidSyllable(w.normalize('NFC')), false, w);
  });
});

describe('legacy decoders', () => {
  const letters: string[] = [];
  for (const v of BASE_VOWELS) for (let t = 0; t < 6; t++) letters.push(withTone(v, t as Tone));
  letters.push('đ');
  const words = [...letters, ...letters.map((l) => l.toUpperCase())].map((l) => `x${l}n`);
  // vietnamese-conversion 2.0.0 writes ỷ/ỹ (and Ỷ/Ỹ) in VNI with codes of other letters (ë, ì), so those are left out of the VNI comparison.
  const VNI_PACKAGE_BUG = new Set(['xỷn', 'xỹn', 'xỶn', 'xỸn']);

  it('decode what vietnamese-conversion encodes (TCVN3, VNI) and UTF-8 read as Windows-1252', () => {
    for (const w of words) {
      assert.equal(decodeTcvn3(vc.toTCVN3(w, 'unicode')), w, `TCVN3 ${w}`);
      if (!VNI_PACKAGE_BUG.has(w)) assert.equal(decodeVni(vc.toVNI(w, 'unicode')), w, `VNI ${w}`);
      const cp1252 = new TextDecoder('windows-1252').decode(Buffer.from(w, 'utf8'));
      assert.equal(decodeDoubleUtf8(cp1252), w, `UTF-8/cp1252 ${w}`);
    }
  });

  it('decode VNI where the npm converter fails ("cöïc" is "cực"), and the VNI y-tones', () => {
    assert.equal(vc.toUnicode('cöïc', 'vni'), 'cưïc'); // the package's known bug
    assert.equal(decodeVni('cöïc'), 'cực');
    assert.equal(decodeVni('yù yø yû yõ î'), 'ý ỳ ỷ ỹ ỵ');
  });
});

describe('the sample article as NFD, TCVN3 and VNI mojibake', function () {
  before(function () {
    if (!hasShared) this.skip();
  });
  const config = resolveConfig({ profile: 'party-press' }, RULES);
  const original = () => fs.readFileSync(path.join(SHARED, 'samples', 'an-nhon.txt'), 'utf8');
  /** Everything before the residue lines. */
  const body = () => {
    const t = original();
    return t.slice(0, t.indexOf('Quốc Hùng') + 'Quốc Hùng'.length);
  };

  for (const [name, convert, rule] of [
    ['NFD', (s: string) => s.normalize('NFD'), 'unicode-nfc'],
    ['TCVN3', (s: string) => vc.toTCVN3(s, 'unicode'), 'legacy-encoding'],
    ['VNI', (s: string) => vc.toVNI(s, 'unicode'), 'legacy-encoding'],
  ] as const) {
    it(`${name}: reported by ${rule}, and --fix restores the original body exactly`, () => {
      const text = convert(body());
      assert.notEqual(text, body());
      const findings = lint(text, { config, today: TODAY }).findings.filter((f) => f.ruleId === rule);
      assert.ok(findings.length > 0);
      assert.ok(findings.every((f) => f.severity !== 'info'));
      assert.equal(applyFixes(text, { config, today: TODAY }).text, body());
    });
  }
});

describe('the hand-written scanners agree with the Unicode properties they replace', () => {
  it('classes every BMP code unit as the regular expressions do', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (isWordUnit(c) !== /[\p{L}\p{M}]/u.test(ch)) wrong.push(`word U+${c.toString(16)}`);
      if (isUpperUnit(c) !== /\p{Lu}/u.test(ch)) wrong.push(`upper U+${c.toString(16)}`);
      if (isLowerable(c) !== (ch.toLowerCase() !== ch)) wrong.push(`lowerable U+${c.toString(16)}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('finds the words /[\\p{L}\\p{M}]+/u finds, with their lower case, hash and capital', () => {
    const text = 'Tít\n\nÔng NGUYỄN Văn An (TP.HCM) nói: “Hòa bình”; e\u0301 tỉnh Đắk Lắk, 𝐀𝐁c và İstanbul, ǅemal; 10/10 chi bộ.';
    const article = new Article(text, 'text');
    const words = wordsOf(article);
    const expected = [...article.mask.slice(article.blocks[1].start).matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]);
    assert.deepEqual(
      words.filter((w) => w.block === article.blocks[1]).map((w) => w.text),
      expected,
    );
    for (const w of words) {
      assert.equal(w.nfc, w.text.normalize('NFC'), w.text);
      assert.equal(w.lower, w.nfc.toLowerCase(), w.text);
      assert.equal(w.hash, wordHash(w.lower), w.text);
      assert.equal(w.capital, w.nfc[0] !== w.lower[0], w.text);
      assert.equal(w.ascii, /^[a-zA-Z]+$/.test(w.text), w.text);
    }
  });

  it('a word set holds its members and nothing else', () => {
    const members = ['ủy', 'uỷ', 'ban', 'bộ', 'chính', 'a', 'nghiêng'];
    const set = new WordSet(members);
    for (const m of members) assert.ok(set.has(m), m);
    for (const other of ['', 'bản', 'bọ', 'chinh', 'nghiềng', 'b']) assert.equal(set.has(other), false, other);
  });
});
