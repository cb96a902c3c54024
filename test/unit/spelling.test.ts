/**
 * The spelling model and what reads it: the shipped file (provenance, thresholds, against the
 * hunspell-vi oracle), the binary format, the correction generators (Telex, VNI, tone and
 * spelling slips), the host contract (no model: silent; a broken model: named failures; the
 * browser build with bytes handed over), and the `npm run spelling` evaluation's offsets.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { ROOT } from './helpers';
import { tempDir } from './cli-helpers';
import {
  decodeSpellingModel,
  encodeSpellingModel,
  setSpellingModelSource,
  spellingModel,
  MODEL_VERSION,
  ModelHeader,
} from '../../src/core/text/spelling-model';
import { canonicalSyllable, reduplicative, solidSyllables, parseSyllable, tonePosition, moveTone, toneStyleOf } from '../../src/core/text/syllable';
import { confusionsOf, correctionsOf, decodeTelex, decodeVni, retone, markedFormsOf } from '../../src/core/text/suggest';
import { lint } from '../../src/core/engine';
import { installSpellingModel } from '../../src/node/spelling-model';

const MODEL_FILE = path.join(ROOT, 'src', 'data', 'spelling-model.bin');
const model = decodeSpellingModel(fs.readFileSync(MODEL_FILE));
const SPELLING_RULES = ['confused-words', 'joined-words', 'missing-marks', 'syllable-invalid', 'syllable-unattested'];

describe('spelling model file', () => {
  it('says where its counts come from and how they were kept', () => {
    const h = model.header;
    assert.match(h.provenance.source, /baomoi-2017-lm\.jsonl\.gz/);
    assert.match(h.provenance.source, /magizbox\/scraper @ 3387ada618569fd73517092f2215a89398d8f7ee/);
    assert.match(h.provenance.source, /Only counts are kept/);
    assert.match(h.provenance.corpusSha256, /^[0-9a-f]{64}$/);
    assert.match(h.provenance.built, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(h.provenance.builder, 'scripts/build-spelling-model.ts');
    assert.deepEqual([h.minSyllableCount, h.minPairCount, h.minWordCount], [3, 3, 20]);
    assert.ok(h.tokens > 10_000_000, `${h.tokens} tokens`);
  });

  it('stays within its size budget (2 MB) and is documented', () => {
    assert.ok(fs.statSync(MODEL_FILE).size <= 2 * 1024 * 1024);
    const doc = fs.readFileSync(path.join(ROOT, 'src', 'data', 'spelling-model.md'), 'utf8');
    for (const fact of ['magizbox/scraper', 'Viwiki-spelling', 'CC BY 4.0', 'arXiv 2105.13578', 'GPL', '--min-pair', 'Size budget'])
      assert.ok(doc.includes(fact), fact);
  });

  it('holds canonical syllables only, most frequent first, none below the minimum', () => {
    const { syllables, counts } = model.header;
    assert.ok(syllables.length > 5000 && syllables.length < 8000, `${syllables.length} syllables`);
    syllables.forEach((s, i) => {
      assert.equal(canonicalSyllable(s), s, s);
      assert.ok(counts[i] >= 3, s);
      if (i > 0) assert.ok(counts[i] <= counts[i - 1], s);
    });
    assert.deepEqual(syllables.slice(0, 3), ['và', 'của', 'có']);
  });

  it('agrees with the hunspell-vi list (test oracle only): frequent syllables are real, and most real ones are known', () => {
    const dic = path.join(ROOT, 'node_modules', 'dictionary-vi', 'index.dic');
    const oracle = new Set<string>();
    for (const line of fs.readFileSync(dic, 'utf8').split('\n').slice(1)) {
      const w = line.split('/')[0].trim().normalize('NFC');
      if (!w || w !== w.toLowerCase()) continue;
      const c = canonicalSyllable(w);
      if (c) oracle.add(c);
    }
    const top = model.syllables.slice(0, 2000);
    const strangers = top.filter((s) => !oracle.has(s));
    // The frequent syllables hunspell lacks are names and variants news writes every day.
    assert.ok(strangers.length <= 40, `${strangers.length}: ${strangers.join(' ')}`);
    for (const s of ['nguyễn', 'sỹ', 'huế']) assert.ok(strangers.includes(s) || oracle.has(s), s);
    const known = [...oracle].filter((s) => model.count(s) > 0).length;
    assert.ok(known / oracle.size > 0.7, `${known} of ${oracle.size}`);
    console.log(`      (${known} of ${oracle.size} hunspell syllables attested; ${strangers.length} of the 2,000 most frequent not in hunspell)`);
  });

  it('does not learn the rare typos of the corpus, and counts what news writes', () => {
    for (const typo of ['hoản', 'chuyễn', 'cuồi', 'chến', 'chuần']) assert.equal(model.count(typo), 0, typo);
    assert.ok(model.count('tàu') > 100 * model.count('tầu'));
    assert.ok(model.pair('xưng', 'hô') > 10 && model.pair('sưng', 'hô') === 0);
    assert.ok(model.pair('tàu', 'ngầm') > 100 && model.pair('tầu', 'ngầm') === 0);
    assert.ok(model.pair('trì', 'hoãn') > 50);
    assert.ok(model.isKnownWord('video') && model.isKnownWord('trump') && !model.isKnownWord('tàu'));
  });

  it('keeps pairs inside names apart from those of lower-case words', () => {
    const ids = (a: string, b: string) => [model.id(a), model.id(b)];
    const [can, tho] = ids('cần', 'thơ');
    const NAME_BIT = 1 << 20;
    assert.ok(model.pairAt(can | NAME_BIT, tho) > 100, 'Cần Thơ');
    assert.ok(model.pairAt(can, tho) < model.pairAt(can | NAME_BIT, tho) / 10, 'cần thơ');
  });
});

describe('spelling model format', () => {
  const header: ModelHeader = {
    provenance: { source: 'test' },
    minSyllableCount: 1,
    minPairCount: 1,
    minWordCount: 1,
    tokens: 1000,
    syllables: ['tàu', 'ngầm', 'xưng', 'hô'],
    counts: [40, 30, 20, 10],
    successors: [3, 2, 2, 1],
    words: ['video'],
  };
  const bytes = encodeSpellingModel(header, [
    ['tàu', 'ngầm', 25, false],
    ['xưng', 'hô', 1000, false],
    ['tàu', 'hô', 7, true],
  ]);

  it('round-trips counts (exact to 32, then within 5 %) and keeps name pairs apart', () => {
    const m = decodeSpellingModel(bytes);
    assert.equal(m.pair('tàu', 'ngầm'), 25);
    assert.ok(Math.abs(m.pair('xưng', 'hô') - 1000) <= 50);
    assert.equal(m.pair('ngầm', 'tàu'), 0);
    assert.equal(m.pair('tàu', 'hô'), 0);
    assert.equal(m.pairAt(m.id('tàu') | (1 << 20), m.id('hô')), 7);
    assert.deepEqual([m.count('tàu'), m.count('tầu'), m.id('hô'), m.id('x')], [40, 0, 3, -1]);
  });

  it('refuses what is not a model, an old version and a truncated file, saying so', () => {
    assert.throws(() => decodeSpellingModel(new TextEncoder().encode('PK\u0003\u0004 not a model')), /not a model file/);
    const old = bytes.slice();
    new DataView(old.buffer).setUint32(4, MODEL_VERSION + 1, true);
    assert.throws(() => decodeSpellingModel(old), /version \d+, expected \d+: rebuild it with scripts\/build-spelling-model\.ts/);
    assert.throws(() => decodeSpellingModel(bytes.slice(0, bytes.length - 1)), /truncated/);
  });
});

describe('corrections and confusions', () => {
  const words = (list: readonly { word: string }[]) => list.map((c) => c.word);

  it('decodes Telex and VNI keys as the input method would', () => {
    const telex = (w: string) => {
      const d = decodeTelex(w);
      return d && retone(d.bare, d.tone);
    };
    assert.deepEqual(['vieejt', 'nguwowif', 'tieengs', 'dduwowngf', 'quoocs', 'hoaf'].map(telex), ['việt', 'người', 'tiếng', 'đường', 'quốc', 'hoà']);
    assert.equal(decodeTelex('assam'), null, 'a key typed twice is the letter itself');
    assert.equal(decodeTelex('hello'), null);
    const vni = (w: string) => {
      const d = decodeVni(w);
      return d && retone(d.bare, d.tone);
    };
    assert.deepEqual(['vie65t', 'nguo72i', 'd9u7o7ng2', 'qua6n'].map(vni), ['việt', 'người', 'đường', 'quân']);
    assert.equal(decodeVni('h5n1'), null, '5 and 1 fit no vowel… and n1 is no key');
  });

  it('offers the confusions writers make between real syllables', () => {
    assert.ok(words(confusionsOf(model, 'sưng')).includes('xưng'));
    assert.ok(words(confusionsOf(model, 'tầu')).includes('tàu'));
    assert.ok(words(confusionsOf(model, 'dãn')).includes('giãn'));
    assert.ok(words(confusionsOf(model, 'sẽ')).includes('sẻ'));
    assert.ok(words(confusionsOf(model, 'bảng')).includes('bản'));
    assert.ok(words(confusionsOf(model, 'lí')).includes('lý'));
    assert.equal(confusionsOf(model, 'tầu').find((c) => c.word === 'tàu')!.slip, 'vowel-mark');
    assert.equal(confusionsOf(model, 'sẽ').find((c) => c.word === 'sẻ')!.slip, 'hoi-nga');
  });

  it('corrects non-words by the slip that made them', () => {
    const best = (w: string) => [...correctionsOf(model, w)].sort((a, b) => a.cost - b.cost || model.count(b.word) - model.count(a.word))[0];
    assert.deepEqual([best('thườnng').word, best('thườnng').slip], ['thường', 'double']);
    assert.deepEqual([best('tổgn').word, best('tổgn').slip], ['tổng', 'transpose']);
    assert.deepEqual([best('nguwời').word, best('nguwời').slip], ['người', 'telex']);
    assert.deepEqual([best('ngiêng').word, best('ngiêng').slip], ['nghiêng', 'spelling']);
    assert.ok(words(correctionsOf(model, 'kềt')).includes('kết'));
    assert.ok(words(correctionsOf(model, 'chến')).includes('chiến'));
    assert.ok(markedFormsOf(model, 'tuc').includes('tục'));
    assert.ok(markedFormsOf(model, 'phuc').includes('phục'));
  });

  it('knows reduplicatives and loans written solid', () => {
    for (const [a, b] of [
      ['lởm', 'chởm'],
      ['sột', 'soạt'],
      ['bắt', 'bớ'],
      ['sồn', 'sồn'],
    ])
      assert.ok(reduplicative(a, b), `${a} ${b}`);
    assert.ok(!reduplicative('tàu', 'ngầm'));
    for (const w of ['ôxít', 'điốt', 'mêtan', 'kílômét', 'catốt']) assert.ok(solidSyllables(w), w);
    for (const w of ['thườnng', 'nitrôglyxêrin', 'ttháng']) assert.ok(!solidSyllables(w), w); // asked of non-syllables only
  });

  it('counts old and new tone places, and a misplaced mark, as one syllable', () => {
    assert.equal(canonicalSyllable('hòa'), 'hoà');
    assert.equal(canonicalSyllable('hoà'), 'hoà');
    assert.equal(canonicalSyllable('tòan'), 'toàn');
    assert.equal(canonicalSyllable('thủy'), 'thuỷ');
    assert.equal(canonicalSyllable('tôt'), null);
    for (const w of model.syllables.slice(0, 500)) {
      const r = parseSyllable(w);
      if (r.ok && toneStyleOf(r.syllable) === 'new')
        assert.equal(canonicalSyllable(moveTone(w, r.syllable.toneAt, tonePosition(r.syllable, 'old'), r.syllable.tone)), w);
    }
  });
});

describe('spelling rules and their host', () => {
  const text = 'Tít\n\nNhững bệnh nhận này cần tái khám; họ tiếp tuc làm việc củaTrường.\n\nLan Anh\n';
  const spelling = (r: ReturnType<typeof lint>) =>
    r.findings.filter((f) => SPELLING_RULES.includes(f.ruleId)).map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
  afterEach(() => installSpellingModel(MODEL_FILE));

  it('report with the model installed', () => {
    assert.deepEqual(spelling(lint(text)), ['confused-words nhận', 'missing-marks tuc', 'joined-words củaTrường']);
  });

  it('stay silent without a model, and the other rules run', () => {
    setSpellingModelSource(undefined);
    assert.equal(spellingModel(), null);
    const r = lint(text);
    assert.deepEqual(spelling(r), []);
    assert.deepEqual(r.failures, []);
  });

  it('name themselves when the model cannot be read, with the reason', () => {
    installSpellingModel(path.join(tempDir(), 'missing.bin'));
    const r = lint(text);
    assert.deepEqual(r.failures.map((f) => f.ruleId).sort(), [...SPELLING_RULES].sort());
    for (const f of r.failures)
      assert.match(f.message, /the spelling model could not be loaded: cannot read .*missing\.bin \(ENOENT\); reinstall vnstyle or rebuild with npm run build/);
  });

  it('work in the browser build: core bundled for a worker, the model handed over as bytes', async () => {
    const entry = `
      import { lint } from './engine';
      import { setSpellingModelSource } from './text/spelling-model';
      globalThis.vnstyle = { lint, setSpellingModelSource };`;
    const built = await esbuild.build({
      stdin: { contents: entry, resolveDir: path.join(ROOT, 'src', 'core'), loader: 'ts' },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      logLevel: 'silent',
    });
    // A worker-like global: no require, no process, no fs.
    const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder, console };
    vm.createContext(sandbox);
    vm.runInContext(built.outputFiles[0].text, sandbox);
    const api = sandbox.vnstyle as { lint: typeof lint; setSpellingModelSource: typeof setSpellingModelSource };
    api.setSpellingModelSource(new Uint8Array(fs.readFileSync(MODEL_FILE)));
    const r = api.lint(text);
    assert.equal(JSON.stringify(r.failures), '[]'); // objects of the sandbox's realm: compared as JSON
    assert.equal(JSON.stringify(spelling(r)), JSON.stringify(['confused-words nhận', 'missing-marks tuc', 'joined-words củaTrường']));
  });
});

describe('npm run spelling (the Viwiki-format evaluation)', () => {
  it('reads offsets as code points, classes mistakes by the oracle, and counts found, fixed and findings elsewhere', () => {
    const dir = tempDir();
    const file = path.join(dir, 'mini.jsonl');
    // An astral character before each mistake: a UTF-16 offset would be one off.
    const doc = (text: string, mistakes: Array<[string, string]>) => {
      const cps = [...text];
      return JSON.stringify({
        text,
        mistakes: mistakes.map(([wrong, right]) => ({
          text: wrong,
          start_offset: cps.findIndex((_, i) => cps.slice(i, i + [...wrong].length).join('') === wrong),
          suggest: [right],
        })),
      });
    };
    fs.writeFileSync(
      file,
      [
        doc('Tít 😀\n\n😀 Việc xử lý bị trì hoản nhiều lần. Những bệnh nhận này cần tái khám.', [
          ['hoản', 'hoãn'],
          ['nhận', 'nhân'],
        ]),
        doc('Tít\n\nTrận đấu ở vòng cuồi cùng; 😀 họ tiếp tuc làm việc.', [['tuc', 'tục']]),
      ].join('\n') + '\n',
    );
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'spelling.js'), file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const table = r.stdout.slice(r.stdout.indexOf('Findings at any severity'), r.stdout.indexOf('Findings at warning'));
    assert.match(table, /\| non-word \| 2 \| 2 \| 100\.0 % \| 2 \| 100\.0 % \| 2 \| 100\.0 % \|/);
    assert.match(table, /\| real-word \| 1 \| 1 \| 100\.0 % \| 1 \| 100\.0 % \| 1 \| 100\.0 % \|/);
    assert.match(table, /findings on no annotated mistake: 1, /);
    assert.match(table, /syllable-unattested \(warning\): 1/);
  });

  it('says where an offset does not hold', () => {
    const file = path.join(tempDir(), 'bad.jsonl');
    fs.writeFileSync(file, JSON.stringify({ text: 'Tít\n\n😀 trì hoản', mistakes: [{ text: 'hoản', start_offset: 12, suggest: ['hoãn'] }] }) + '\n');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'spelling.js'), file], { encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /bad\.jsonl, document 1: the mistake "hoản" is not at code point 12/);
  });
});
