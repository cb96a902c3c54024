/**
 * Candidate corrections for a word, each with the slip that would have produced the word
 * and that slip's cost (a negative log-probability, in nats: how unlikely a writer is to
 * make it). Two generators:
 *
 *  - `confusionsOf`: the confusions Vietnamese writers make between real syllables
 *    (s/x, ch/tr, d/gi/r, l/n, d/đ, hỏi/ngã and other tones, i/y, a vowel mark, a final
 *    n/ng or t/c), for checking a real syllable in context;
 *  - `correctionsOf`: for a word that is no Vietnamese syllable (or an unattested one):
 *    the confusions, tone and mark moves, Telex and VNI keys left in the word, doubled
 *    and dropped letters, neighbouring keys, and any one-letter edit.
 *
 * Candidates are canonical syllables (see `canonicalSyllable`) the model has seen.
 */
import { Tone, baseOf, toneOf, withTone, isVowel } from './vietnamese';
import { canonicalSyllable } from './syllable';
import type { SpellingModel } from './spelling-model';

export type Slip =
  | 'hoi-nga' // hỏi ↔ ngã
  | 'tone' // another tone
  | 'i-y' // lí ↔ lý
  | 'onset' // s/x, ch/tr, d/gi/r, l/n
  | 'd-đ'
  | 'vowel-mark' // a/ă/â, o/ô/ơ, u/ư, e/ê
  | 'final' // n/ng, t/c
  | 'spelling' // c/k/q, g/gh, ng/ngh, iê/yê written against the rule (cẻ, gế, ngiêng, qốc, iêu)
  | 'telex' // Telex keys typed with the input method off (vieejt)
  | 'vni' // VNI keys (vie65t)
  | 'double' // a letter typed twice (thườnng)
  | 'transpose' // two letters swapped (Tổgn)
  | 'neighbour' // a neighbouring key (kà for là)
  | 'drop' // a letter left out (chến for chiến)
  | 'edit'; // any other one-letter change

/** Cost of each slip in nats (−ln of how often writers make it relative to writing right). */
export const SLIP_COST: Record<Slip, number> = {
  telex: 0.5,
  spelling: 1,
  vni: 0.5,
  'hoi-nga': 1,
  'i-y': 1,
  double: 1,
  onset: 2,
  'd-đ': 2,
  'vowel-mark': 2.5,
  final: 2.5,
  tone: 2.5,
  transpose: 2.5,
  neighbour: 3,
  drop: 3,
  edit: 4.5,
};

export interface Candidate {
  /** Canonical syllable. */
  word: string;
  /** Its id in the model. */
  id: number;
  slip: Slip;
  cost: number;
}

const ALPHABET = [...'abcdđeghiklmnopqrstuvxyăâêôơư'];
const VOWEL_SIBLINGS: Record<string, string> = { a: 'ăâ', ă: 'aâ', â: 'aă', o: 'ôơ', ô: 'oơ', ơ: 'oô', u: 'ư', ư: 'u', e: 'ê', ê: 'e' };
const ONSET_GROUPS = [
  ['s', 'x'],
  ['ch', 'tr'],
  ['d', 'gi', 'r'],
  ['l', 'n'],
];
const FINAL_PAIRS: Array<[string, string]> = [
  ['ng', 'n'],
  ['n', 'ng'],
  ['c', 't'],
  ['t', 'c'],
];

/** QWERTY neighbours (the keyboards Vietnamese is typed on). */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, string>();
for (let r = 0; r < ROWS.length; r++) {
  for (let i = 0; i < ROWS[r].length; i++) {
    let n = (ROWS[r][i - 1] ?? '') + (ROWS[r][i + 1] ?? '');
    for (const dr of [-1, 1]) {
      const row = ROWS[r + dr];
      if (!row) continue;
      const shift = dr < 0 ? 0 : -1; // staggered rows: the keys above-left/right and below-left/right
      n += (row[i + shift] ?? '') + (row[i + shift + 1] ?? '');
    }
    NEIGHBOURS.set(ROWS[r][i], n);
  }
}
const asciiOf = (ch: string) => (ch === 'đ' ? 'd' : (baseOf(ch).normalize('NFD')[0] ?? ch));

/** Split a lower-case word into its letters without tone and its tone (null when it carries two). */
export function splitTone(word: string): { bare: string; tone: Tone } | null {
  let bare = '';
  let tone: Tone = 0;
  for (const ch of word) {
    const t = toneOf(ch);
    if (t) {
      if (tone) return null;
      tone = t;
    }
    bare += baseOf(ch);
  }
  return { bare, tone };
}

/** The syllable spelt `bare` with `tone` on its main vowel, canonical; null when there is none. */
export function retone(bare: string, tone: Tone): string | null {
  if (tone === 0) return canonicalSyllable(bare);
  const chars = [...bare];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!isVowel(chars[i])) continue;
    const w = chars.slice(0, i).join('') + withTone(chars[i], tone) + chars.slice(i + 1).join('');
    if (canonicalSyllable(w) === w) return w;
  }
  return null;
}

const byTones = new WeakMap<SpellingModel, Map<string, Array<string | undefined>>>();
/** The model's syllables by their letters without tone: for each, the syllable with each tone (0–5). */
function tonesOf(model: SpellingModel): Map<string, Array<string | undefined>> {
  let index = byTones.get(model);
  if (!index) {
    index = new Map();
    for (const s of model.syllables) {
      const split = splitTone(s);
      if (!split) continue;
      let row = index.get(split.bare);
      if (!row) index.set(split.bare, (row = []));
      row[split.tone] = s;
    }
    byTones.set(model, index);
  }
  return index;
}

/** The model's syllable spelt `bare` with `tone` (canonical), if the model has it: `retone` without parsing. */
export function knownRetone(model: SpellingModel, bare: string, tone: Tone): string | null {
  return tonesOf(model).get(bare)?.[tone] ?? null;
}

class Collector {
  readonly out = new Map<string, Candidate>();
  private readonly tones: Map<string, Array<string | undefined>>;
  constructor(
    private readonly model: SpellingModel,
    private readonly self: string | null,
  ) {
    this.tones = tonesOf(model);
  }
  add(bare: string, tone: Tone, slip: Slip, extra = 0): void {
    const w = this.tones.get(bare)?.[tone];
    if (!w || w === this.self) return;
    const cost = SLIP_COST[slip] + extra;
    const had = this.out.get(w);
    if (!had || had.cost > cost) this.out.set(w, { word: w, id: this.model.id(w), slip, cost });
  }
}

function addConfusions(c: Collector, bare: string, tone: Tone): void {
  for (let t = 0 as Tone; t <= 5; t++) if (t !== tone) c.add(bare, t, (tone === 3 && t === 4) || (tone === 4 && t === 3) ? 'hoi-nga' : 'tone');
  for (const group of ONSET_GROUPS) {
    const from = group.filter((o) => bare.startsWith(o)).sort((a, b) => b.length - a.length)[0];
    if (!from || (from === 'g' && !bare.startsWith('gi'))) continue;
    for (const to of group) {
      if (to === from) continue;
      c.add(to + bare.slice(from.length), tone, 'onset');
      if (from === 'gi') c.add(to + bare.slice(1), tone, 'onset'); // gì → dì: the i stays
    }
  }
  if (bare.startsWith('đ')) c.add('d' + bare.slice(1), tone, 'd-đ');
  else if (bare.startsWith('d')) c.add('đ' + bare.slice(1), tone, 'd-đ');
  for (const [from, to] of FINAL_PAIRS) if (bare.endsWith(from) && !bare.endsWith('n' + from)) c.add(bare.slice(0, -from.length) + to, tone, 'final');
  const chars = [...bare];
  chars.forEach((ch, i) => {
    for (const s of VOWEL_SIBLINGS[ch] ?? '') c.add(bare.slice(0, i) + s + bare.slice(i + 1), tone, 'vowel-mark');
  });
  if (bare.includes('ươ')) c.add(bare.replace('ươ', 'uô'), tone, 'vowel-mark');
  if (bare.includes('uô')) c.add(bare.replace('uô', 'ươ'), tone, 'vowel-mark');
  // i/y as the whole rhyme: lí/lý, kì/kỳ, sĩ/sỹ, qui/quy.
  const m = /^(b|ch|d|đ|h|k|kh|l|m|n|ph|qu|s|t|th|tr|v|x)([iy])$/.exec(bare);
  if (m) c.add(m[1] + (m[2] === 'i' ? 'y' : 'i'), tone, 'i-y');
}

/** Real syllables a writer may have meant when writing the syllable `word` (canonical). */
export function confusionsOf(model: SpellingModel, word: string): Candidate[] {
  const split = splitTone(word);
  if (!split) return [];
  const c = new Collector(model, word);
  addConfusions(c, split.bare, split.tone);
  return [...c.out.values()];
}

/**
 * Decode Telex keys left in a word typed with the input method off, as the input method
 * would have: dd đ; a, e, o typed again after that vowel (even past the final: tieengs) give
 * â, ê, ô; w gives ă, ơ, ư to the last a, o, u (uo → ươ) or ư alone; s f r x j after a vowel
 * set the tone, z clears it. Null when the word holds no Telex key.
 */
export function decodeTelex(word: string): { bare: string; tone: Tone; keys: number } | null {
  const split = splitTone(word);
  // A key typed twice gives the letter itself (ss → s): such a word was not typed in Telex (Assam, Hollywood).
  if (!split || /([sfrxjwz])\1/.test(split.bare)) return null;
  const TONES: Record<string, Tone> = { s: 1, f: 2, r: 3, x: 4, j: 5 };
  const HAT: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
  const HORN: Record<string, string> = { a: 'ă', o: 'ơ', u: 'ư' };
  let out = '';
  let tone = split.tone;
  let keys = 0;
  for (const ch of split.bare) {
    const vowelAt = out.search(/[aăâeêioôơuưy]/);
    if (ch === 'd' && out === 'd') out = 'đ';
    else if (HAT[ch] && vowelAt >= 0 && out.lastIndexOf(ch) >= vowelAt) {
      const at = out.lastIndexOf(ch);
      out = out.slice(0, at) + HAT[ch] + out.slice(at + 1);
    } else if (ch === 'w') {
      const at = Math.max(out.lastIndexOf('a'), out.lastIndexOf('o'), out.lastIndexOf('u'));
      if (at < 0) out += 'ư';
      else if (out[at] === 'o' && out[at - 1] === 'u') out = out.slice(0, at - 1) + 'ươ' + out.slice(at + 1);
      else out = out.slice(0, at) + HORN[out[at]] + out.slice(at + 1);
    } else if (TONES[ch] !== undefined && vowelAt >= 0) tone = TONES[ch];
    else if (ch === 'z' && vowelAt >= 0) tone = 0;
    else {
      out += ch;
      continue;
    }
    keys++;
  }
  return keys ? { bare: out, tone, keys } : null;
}

/**
 * Decode VNI keys left in a word typed with the input method off: 1–5 the tones (sắc, huyền,
 * hỏi, ngã, nặng), 0 no tone, 6 â ê ô, 7 ơ ư (uo7 ươ), 8 ă, 9 đ, each applied to the last letter it
 * fits. Null when the word holds no such key or one that fits nothing.
 */
export function decodeVni(word: string): { bare: string; tone: Tone } | null {
  let out = '';
  let tone: Tone = 0;
  let keys = false;
  const mark = (from: string, to: Record<string, string>): boolean => {
    let at = -1;
    for (const ch of from) at = Math.max(at, out.lastIndexOf(ch));
    if (at < 0) return false;
    if (to === HORN7 && out[at] === 'o' && out[at - 1] === 'u') out = out.slice(0, at - 1) + 'ươ' + out.slice(at + 1);
    else out = out.slice(0, at) + to[out[at]] + out.slice(at + 1);
    return true;
  };
  for (const ch of word) {
    if (ch >= '0' && ch <= '9') {
      keys = true;
      const k = Number(ch);
      const hasVowel = /[aăâeêioôơuưy]/.test(out);
      if (k >= 1 && k <= 5 && hasVowel) tone = k === 1 ? 1 : k === 2 ? 2 : k === 3 ? 3 : k === 4 ? 4 : 5;
      else if (k === 0 && hasVowel) tone = 0;
      else if (k === 6 ? !mark('aeo', HAT6) : k === 7 ? !mark('ou', HORN7) : k === 8 ? !mark('a', { a: 'ă' }) : k === 9 ? !mark('d', { d: 'đ' }) : true)
        return null;
    } else out += ch;
  }
  return keys ? { bare: out, tone } : null;
}
const HAT6: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const HORN7: Record<string, string> = { o: 'ơ', u: 'ư' };

/** The letters of a word without any mark, đ as d: what a word typed without its marks looks like. */
export function bareOf(word: string): string {
  let out = '';
  for (const ch of word) {
    const b = baseOf(ch);
    out += ch === 'đ' ? 'd' : (BARE[b] ?? b);
  }
  return out;
}
const BARE: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' };

const byBare = new WeakMap<SpellingModel, Map<string, string[]>>();
/** The model's syllables that lose their marks to `bare` (tuc → tục, túc, tức, tực…), most frequent first. */
export function markedFormsOf(model: SpellingModel, bare: string): readonly string[] {
  let index = byBare.get(model);
  if (!index) {
    index = new Map();
    for (const s of model.syllables) {
      const b = bareOf(s);
      if (b === s) continue;
      const list = index.get(b);
      if (list) list.push(s);
      else index.set(b, [s]);
    }
    byBare.set(model, index);
  }
  return index.get(bare) ?? [];
}

/** The onset written by the spelling rules (reference §7.1): k/gh/ngh before i, e, ê; c/g/ng elsewhere; q only as qu; onsetless iê as yê. */
function respellings(bare: string): string[] {
  const out: string[] = [];
  const swap = (from: string, to: string) => bare.startsWith(from) && out.push(to + bare.slice(from.length));
  swap('ngh', 'ng');
  if (!bare.startsWith('ngh')) swap('ng', 'ngh');
  swap('gh', 'g');
  if (!bare.startsWith('gh') && !bare.startsWith('gi')) swap('g', 'gh');
  swap('k', 'c');
  swap('c', 'k');
  if (bare.startsWith('q') && !bare.startsWith('qu')) out.push('qu' + bare.slice(1));
  if (bare.startsWith('iê')) out.push('y' + bare.slice(1));
  return out;
}

const corrections = new WeakMap<SpellingModel, Map<string, Candidate[]>>();
/** Words whose corrections are kept between calls (an editor re-lints the same article on every keystroke). */
const CORRECTIONS_KEPT = 4096;
/** A syllable has at most 7 letters and a slip adds one or two: a longer word is not one mistyped syllable (and its edits would cost its length squared). */
const LONGEST_CORRECTED = 12;

/** Syllables a writer may have meant when writing the non-word (or rare word) `word`, lower case. */
export function correctionsOf(model: SpellingModel, word: string): readonly Candidate[] {
  if (word.length > LONGEST_CORRECTED) return [];
  let cache = corrections.get(model);
  if (!cache) corrections.set(model, (cache = new Map()));
  let found = cache.get(word);
  if (!found) {
    if (cache.size >= CORRECTIONS_KEPT) cache.clear();
    cache.set(word, (found = generateCorrections(model, word)));
  }
  return found;
}

function generateCorrections(model: SpellingModel, word: string): Candidate[] {
  const self = canonicalSyllable(word);
  const c = new Collector(model, self);
  // Telex keys: two at least in an unmarked word, as one alone is common in English (list, test, teen).
  const telex = decodeTelex(word);
  if (telex && (telex.keys >= 2 || /[^a-z]/.test(word))) c.add(telex.bare, telex.tone, 'telex');
  const vni = decodeVni(word);
  if (vni) c.add(vni.bare, vni.tone, 'vni');
  const split = splitTone(word);
  const tones: Tone[] = split ? [split.tone] : ([...word].map(toneOf).filter((t) => t) as Tone[]);
  const bare = split ? split.bare : [...word].map(baseOf).join('');
  for (const tone of tones) {
    addConfusions(c, bare, tone);
    for (const respelt of respellings(bare)) c.add(respelt, tone, 'spelling');
    const letters = [...bare];
    const n = letters.length;
    const edits: Array<[string, Slip]> = [];
    for (let i = 0; i < n; i++) {
      const rest = letters.slice(0, i).join('') + letters.slice(i + 1).join('');
      edits.push([rest, i > 0 && letters[i - 1] === letters[i] ? 'double' : 'edit']);
      if (i + 1 < n) edits.push([letters.slice(0, i).join('') + letters[i + 1] + letters[i] + letters.slice(i + 2).join(''), 'transpose']);
      const near = NEIGHBOURS.get(asciiOf(letters[i])) ?? '';
      for (const a of ALPHABET) {
        if (a === letters[i]) continue;
        const slip: Slip = VOWEL_SIBLINGS[letters[i]]?.includes(a) ? 'vowel-mark' : near.includes(asciiOf(a)) ? 'neighbour' : 'edit';
        edits.push([letters.slice(0, i).join('') + a + letters.slice(i + 1).join(''), slip]);
      }
    }
    for (let i = 0; i <= n; i++) for (const a of ALPHABET) edits.push([letters.slice(0, i).join('') + a + letters.slice(i).join(''), 'drop']);
    for (const [e, slip] of edits) {
      c.add(e, tone, slip);
      // the edit leaves a stop final under a tone it cannot take: the tone was part of the slip
      if (tone !== 1 && tone !== 5 && /(?:p|t|c|ch)$/.test(e)) {
        c.add(e, 1, slip, SLIP_COST.tone);
        c.add(e, 5, slip, SLIP_COST.tone);
      }
    }
    // Tone slips on the word itself (kềt → kết).
    for (let t = 0 as Tone; t <= 5; t++) if (t !== tone) c.add(bare, t, 'tone');
  }
  return [...c.out.values()];
}
