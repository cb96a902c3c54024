/**
 * The Vietnamese syllable: onset + rhyme (glide, nucleus, final) + tone,
 * after reference §7.1 (orthographic inventory) and QĐ 1989 Điều 8 (tone position).
 *
 * `parseSyllable` takes one lower-case word in NFC and returns its analysis, or a
 * reason why it is not a Vietnamese syllable. Tone position is checked separately
 * (`tonePosition`), so a misplaced mark (`nứơc`) still parses and can be fixed.
 */
import { Tone, baseOf, isVowel, toneOf, withTone } from './vietnamese';

const RHYME_LIST = [
  // nucleus a, ă, â
  'a ai ao au ay am an ang anh ap at ac ach',
  'ăm ăn ăng ăp ăt ăc',
  'âu ây âm ân âng âp ât âc',
  // e, ê
  'e eo em en eng ep et ec',
  'ê êu êm ên ênh êp êt êch',
  // i, y
  'i iu im in inh ip it ich y',
  // o, ô, ơ
  'o oi om on ong op ot oc oong ooc',
  'ô ôi ôm ôn ông ôp ôt ôc',
  'ơ ơi ơm ơn ơp ơt',
  // u, ư
  'u ui um un ung up ut uc',
  'ư ưi ưu ưng ưt ưc ưm ưn',
  // diphthongs iê/ia/yê, uô/ua, ươ/ưa
  'ia iêu iêm iên iêng iêp iêt iêc yêu yêm yên yêng yêt',
  'ua uôi uôm uôn uông uôt uôc',
  'ưa ươi ươu ươm ươn ương ươp ươt ươc',
  // glide o + a/ă/e
  'oa oai oay oan oang oanh oat oac oach oam oap oao oăn oăng oăt oăc oăm oăp oe oeo oen oet oem',
  // glide u + ê/y/ơ/â
  'uê uênh uêch uy uya uyu uyên uyêt uynh uych uyt uyp uơ uân uât uâng uây',
];

/** Rhymes after `qu` (the u belongs to the onset). */
const QU_RHYME_LIST = 'a ai ay an ang anh at ac ach ăn ăng ăt ăc ăp ăm e en et eo ê ên êt êch ênh y yt ynh ych yên yêt ơ ân ât ây âc âng ôc êu au ao it';

export const RHYMES: ReadonlySet<string> = new Set(RHYME_LIST.join(' ').split(' '));
export const QU_RHYMES: ReadonlySet<string> = new Set(QU_RHYME_LIST.split(' '));

const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'gh',
  'gi',
  'kh',
  'ch',
  'ph',
  'th',
  'tr',
  'qu',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
];
const FINAL_STOPS = /(?:p|t|c|ch)$/;
const FRONT = /^[ieêy]/; // rhymes that take k/gh/ngh
const GLIDE = /^(?:o[aăe]|u[êyơâ])/;
const LABIAL = new Set(['b', 'm', 'p', 'ph', 'v']);
const LOWER_LETTERS = new Set([...'abcdđeghiklmnopqrstuvxy', ...'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ']);

export type SyllableProblem =
  | 'not-letters' // contains something other than Vietnamese letters
  | 'two-tones' // two tone marks
  | 'no-vowel'
  | 'onset' // q without u, and the like
  | 'rhyme' // not a Vietnamese rhyme
  | 'spelling-k' // c/k, g/gh, ng/ngh before the wrong vowel
  | 'tone-final'; // p t c ch with a tone other than sắc/nặng

export interface Syllable {
  word: string;
  onset: string;
  /** Toneless rhyme, glide included ("oan", "uyên"); after gi merged with i where spelled so. */
  rhyme: string;
  tone: Tone;
  /** Index in `word` of the letter carrying the tone (-1 when toneless). */
  toneAt: number;
  /** Index in `word` where the rhyme starts. */
  rhymeAt: number;
  /** True when `gi` lends its i to the rhyme (gì, gìn, giếng). */
  mergedI: boolean;
  /** The tone mark sits where one of the two styles puts it (always true when toneless). */
  placed: boolean;
  /** 'old' / 'new' when the rhyme is one where the styles differ and the mark follows one of them. */
  style: ToneStyle | null;
}

export type ParseResult = { ok: true; syllable: Syllable } | { ok: false; problem: SyllableProblem };

/**
 * Results by word, in a direct-mapped cache: the function is pure and a language has a few
 * thousand syllables, so every article after the first finds most of its words here. A slot
 * holds the last word hashed to it (bounded memory, nothing to evict); results are frozen.
 */
const CACHE_BITS = 16;
const CACHE_KEYS: string[] = new Array<string>(1 << CACHE_BITS).fill('');
const CACHE_VALUES: ParseResult[] = new Array<ParseResult>(1 << CACHE_BITS);

/** FNV-1a over UTF-16 code units: the cache key (callers that walk a word's letters anyway may pass it). */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Parse one lower-case NFC word as a Vietnamese syllable (`hash`: its `wordHash`, if known). */
export function parseSyllable(word: string, hash = wordHash(word)): ParseResult {
  const slot = hash & ((1 << CACHE_BITS) - 1);
  if (CACHE_KEYS[slot] === word) return CACHE_VALUES[slot];
  const r = parse(word);
  if (r.ok) Object.freeze(r.syllable);
  CACHE_KEYS[slot] = word;
  return (CACHE_VALUES[slot] = Object.freeze(r));
}

function parse(word: string): ParseResult {
  let toneless = '';
  let tone: Tone = 0;
  let toneAt = -1;
  let hasVowel = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (!LOWER_LETTERS.has(ch)) return { ok: false, problem: 'not-letters' };
    if (isVowel(ch)) {
      hasVowel = true;
      const t = toneOf(ch);
      if (t !== 0) {
        if (tone !== 0) return { ok: false, problem: 'two-tones' };
        tone = t;
        toneAt = i;
      }
    }
    toneless += baseOf(ch);
  }
  if (!hasVowel) return { ok: false, problem: 'no-vowel' };

  let onset = '';
  for (const o of ONSETS) {
    if (toneless.startsWith(o)) {
      onset = o;
      break;
    }
  }
  let rest = toneless.slice(onset.length);
  let mergedI = false;
  if (onset === 'gi') {
    // gi + rhyme; the i doubles as the vowel in gì, gìn, giếng (gi + iêng).
    if (!RHYMES.has(rest) && RHYMES.has('i' + rest)) {
      rest = 'i' + rest;
      mergedI = true;
    }
  } else if (onset === 'qu') {
    if (rest === '') return { ok: false, problem: 'rhyme' };
  } else if (toneless[0] === 'q') {
    return { ok: false, problem: 'onset' };
  }
  if (rest === '') return { ok: false, problem: 'no-vowel' };
  // Rhymes begin with a vowel; a consonant here means an impossible onset cluster (kr, bl…).
  if (!isVowel(rest[0])) return { ok: false, problem: 'onset' };

  if (onset === 'qu') {
    if (!QU_RHYMES.has(rest)) return { ok: false, problem: 'rhyme' };
  } else {
    if (!RHYMES.has(rest)) return { ok: false, problem: 'rhyme' };
    const front = FRONT.test(rest);
    const glide = GLIDE.test(rest);
    switch (onset) {
      case 'c':
        if (front || glide) return { ok: false, problem: 'spelling-k' };
        break;
      case 'k':
        if (!front) return { ok: false, problem: 'spelling-k' };
        break;
      case 'g':
        if (/^[eê]/.test(rest)) return { ok: false, problem: 'spelling-k' };
        break;
      case 'gh':
      case 'ngh':
        if (!/^[ieê]/.test(rest)) return { ok: false, problem: 'spelling-k' };
        break;
      case 'ng':
        if (/^[ieê]/.test(rest)) return { ok: false, problem: 'spelling-k' };
        break;
      case '':
        // Onsetless iê is written yê (yên, yêu); y + final exists only in the glide rhymes.
        if (rest.startsWith('iê')) return { ok: false, problem: 'rhyme' };
        break;
      default:
        if (glide && LABIAL.has(onset)) return { ok: false, problem: 'rhyme' };
    }
    if (onset !== '' && rest.startsWith('yê')) return { ok: false, problem: 'rhyme' };
  }
  if (FINAL_STOPS.test(rest) && tone !== 1 && tone !== 5) return { ok: false, problem: 'tone-final' };

  const rhymeAt = mergedI ? onset.length - 1 : onset.length;
  const syllable: Syllable = { word, onset, rhyme: rest, tone, toneAt, rhymeAt, mergedI, placed: true, style: null };
  syllable.placed = tone === 0 || toneAt === tonePosition(syllable, 'new') || toneAt === tonePosition(syllable, 'old');
  syllable.style = toneStyleOf(syllable);
  return { ok: true, syllable };
}

/** Index in the rhyme of the main vowel, where the tone goes in the new style (QĐ 1989 Điều 8). */
export function nucleusIndex(rhyme: string): number {
  if (rhyme.startsWith('uyê')) return 2;
  if (/^(?:o[aăe]|u[êyơâ]|iê|yê|uô|ươ|oo)/.test(rhyme)) return 1;
  return 0;
}

/** The only rhymes where old (hòa, thủy) and new (hoà, thuỷ) placement differ. */
const STYLE_RHYMES = new Set(['oa', 'oe', 'uy']);

export type ToneStyle = 'old' | 'new';

/**
 * Where the tone mark belongs in `syl.word` for the given style: an index into the word.
 * Returns -1 for a toneless syllable.
 */
export function tonePosition(syl: Syllable, style: ToneStyle): number {
  if (syl.tone === 0) return -1;
  let idx = nucleusIndex(syl.rhyme);
  if (style === 'old' && STYLE_RHYMES.has(syl.rhyme) && syl.onset !== 'qu' && syl.onset !== 'gi') idx = 0;
  return syl.rhymeAt + idx;
}

/** 'old' / 'new' when the syllable is one whose placement differs by style and is written in one of them. */
export function toneStyleOf(syl: Syllable): ToneStyle | null {
  if (syl.tone === 0 || !STYLE_RHYMES.has(syl.rhyme) || syl.onset === 'qu' || syl.onset === 'gi') return null;
  if (syl.toneAt === syl.rhymeAt) return 'old';
  if (syl.toneAt === syl.rhymeAt + 1) return 'new';
  return null;
}

/** The word with its tone mark moved to position `at` (an index into the word). */
export function moveTone(word: string, from: number, at: number, tone: Tone): string {
  const chars = word.split('');
  chars[from] = baseOf(chars[from]);
  chars[at] = withTone(baseOf(chars[at]), tone);
  return chars.join('');
}

/** Whether `word` (lower case) is a Vietnamese syllable with its tone in an accepted place. */
export function isValidSyllable(word: string): boolean {
  const r = parseSyllable(word);
  return r.ok && r.syllable.placed;
}

/**
 * The form the spelling model counts: the word (lower case, NFC) with its tone mark where
 * QĐ 1989 puts it (hoà, thuỷ, toàn), so old and new placement and a misplaced mark count as
 * one syllable. Null when the word is not a Vietnamese syllable.
 */
export function canonicalSyllable(word: string, hash?: number): string | null {
  const r = parseSyllable(word, hash);
  if (!r.ok) return null;
  const s = r.syllable;
  if (s.tone === 0) return word;
  const at = tonePosition(s, 'new');
  return at === s.toneAt ? word : moveTone(word, s.toneAt, at, s.tone);
}

/**
 * Whether two syllables (lower case) sound like a reduplicative pair (từ láy): the same onset
 * (sột soạt, gầm gừ, bắt bớ, sồn sồn) or the same rhyme (lởm chởm, lầm bầm). Rare syllables live
 * in such pairs, so a spelling check treats them with care.
 */
export function reduplicative(a: string, b: string): boolean {
  const x = parseSyllable(a);
  const y = parseSyllable(b);
  if (!x.ok || !y.ok) return false;
  const p = x.syllable;
  const q = y.syllable;
  if (p.onset && p.onset === q.onset) return true; // sột soạt, sồn sồn
  return p.rhyme === q.rhyme;
}

/**
 * Whether a word reads as two or more syllables written solid, as Vietnamised loans are (ôxít,
 * điốt, mêtan, kílômét, vanađi): each piece a syllable by its onset and rhyme, a stop final
 * without sắc or nặng and k/c spellings of foreign sounds allowed.
 */
export function solidSyllables(word: string): boolean {
  const n = word.length;
  // reach[i]: how many pieces (at most 2 counted) can cover word[0, i).
  const reach = new Int8Array(n + 1).fill(-1);
  reach[0] = 0;
  for (let i = 0; i < n; i++) {
    if (reach[i] < 0) continue;
    for (let j = i + 1; j <= Math.min(n, i + 7); j++) {
      const r = parseSyllable(word.slice(i, j));
      if (r.ok || r.problem === 'tone-final' || r.problem === 'spelling-k') reach[j] = Math.max(reach[j], Math.min(2, reach[i] + 1));
    }
  }
  return reach[n] >= 2;
}
