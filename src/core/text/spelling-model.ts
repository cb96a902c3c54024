/**
 * The spelling model: how often news Vietnamese uses each syllable, and each pair of
 * adjacent syllables, counted on a news corpus (see src/data/spelling-model.md and
 * scripts/build-spelling-model.ts, which writes the file).
 *
 * The model is a few MB, so it is not bundled: the host installs a source with
 * `setSpellingModelSource` (Node reads dist/spelling-model.bin; a web worker passes the
 * bytes it fetched) and the model is decoded on first use. Until one is installed,
 * `spellingModel()` is null and the rules that need it stay silent.
 *
 * File layout (little-endian):
 *   "VNSM" · u32 version · u32 header bytes · header (UTF-8 JSON, padded to 4 bytes)
 *   · u8[65536] pairs per bucket · u16[pairs] key remainders · u8[pairs] check bytes · u8[pairs] quantised counts
 * The header holds provenance, thresholds, the syllables (most frequent first) and their counts.
 * A pair's key is a 32-bit mix of the two syllables' `wordHash`; its top 16 bits name a
 * bucket and the low 16 bits are stored, so a lookup scans a handful of entries. A check byte
 * from a second mix makes a pair the corpus never showed read as seen once in millions of look-ups.
 */
import { canonicalSyllable, wordHash } from './syllable';

export const MODEL_MAGIC = 'VNSM';
export const MODEL_VERSION = 2;
const BUCKET_BITS = 16;
const NAME_SALT = 0x5bd1e995;
/**
 * Set on a neighbour's id when the word and its neighbour are both capitalised inside a
 * sentence: their pair is read among the pairs inside names (Liên Xô), kept apart from the
 * pairs of lower-case words.
 */
export const NAME_BIT = 1 << 20;
const ID = NAME_BIT - 1;
const BUCKETS = 1 << BUCKET_BITS;

export interface ModelHeader {
  /** Where the counts come from, when and how (shown by the docs and the build script). */
  provenance: Record<string, string>;
  /** Syllables (lower case, NFC, tone mark in the QĐ 1989 place) counted at least this often are kept. */
  minSyllableCount: number;
  /** Pairs counted at least this often are kept. */
  minPairCount: number;
  /** Words that are no syllable counted at least this often are listed in `words`. */
  minWordCount: number;
  /** Syllable tokens counted in the corpus. */
  tokens: number;
  syllables: string[];
  counts: number[];
  /** For each syllable, how many different syllables follow it in the corpus (any count): how open its context is. */
  successors: number[];
  /** Words the corpus writes often that are no Vietnamese syllable (names, loans, abbreviations), lower case. */
  words: string[];
}

/** Mix two syllable hashes into a pair key (order matters). */
export function pairKey(ha: number, hb: number, name = false): number {
  let h = (Math.imul(ha, 0x9e3779b1) ^ hb ^ (name ? NAME_SALT : 0)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 8 bits of a second mix of the pair, independent of `pairKey`. */
export function pairCheck(ha: number, hb: number, name = false): number {
  let h = (Math.imul(hb, 0x85ebca77) ^ ha ^ (name ? 0x27d4eb2f : 0)) | 0;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 24;
}

/** Counts up to 32 are kept exact; above, a step of 5 % (the error a ratio test can bear). */
export function quantiseCount(c: number): number {
  if (c <= 32) return c;
  return Math.min(255, 32 + Math.round(Math.log(c / 32) / Math.log(1.05)));
}

export function dequantiseCount(q: number): number {
  return q <= 32 ? q : Math.round(32 * Math.pow(1.05, q - 32));
}

const WORD_SLOTS = 1 << 15;
const DEQUANTISED = Int32Array.from({ length: 256 }, (_, q) => dequantiseCount(q));

/**
 * The model, read by syllable id (its rank in the header, -1 for an unknown syllable) on hot
 * paths: a rule looks each word up once and then reads counts and pairs by id.
 */
export class SpellingModel {
  readonly header: ModelHeader;
  /** Syllable → id. */
  private readonly index: Map<string, number>;
  private readonly counts: Int32Array;
  private readonly follow: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly words: Set<string>;
  private readonly bucketStart: Uint32Array;
  private readonly remainders: Uint16Array;
  private readonly checks: Uint8Array;
  private readonly pairCounts: Uint8Array;

  constructor(header: ModelHeader, bucketSizes: Uint8Array, remainders: Uint16Array, checks: Uint8Array, pairCounts: Uint8Array) {
    this.header = header;
    this.index = new Map();
    for (let i = 0; i < header.syllables.length; i++) this.index.set(header.syllables[i], i);
    this.counts = Int32Array.from(header.counts);
    this.follow = Int32Array.from(header.successors);
    this.hashes = Uint32Array.from(header.syllables, (s) => wordHash(s));
    this.words = new Set(header.words);
    this.bucketStart = new Uint32Array(BUCKETS + 1);
    for (let b = 0; b < BUCKETS; b++) this.bucketStart[b + 1] = this.bucketStart[b] + bucketSizes[b];
    if (this.bucketStart[BUCKETS] !== remainders.length || remainders.length !== pairCounts.length || checks.length !== pairCounts.length)
      throw new Error('spelling model: pair sections disagree');
    this.remainders = remainders;
    this.checks = checks;
    this.pairCounts = pairCounts;
  }

  /** The id of a syllable (lower case, NFC, canonical tone place), -1 when the model does not know it. */
  id(syllable: string): number {
    return this.index.get(syllable) ?? -1;
  }

  /**
   * The id of a lower-case word's syllable (canonical form looked up), -1 when it is none the model
   * knows. Results are kept in a direct-mapped cache: most words of the next article are here.
   */
  idOfWord(lower: string, hash = wordHash(lower)): number {
    const slot = hash & (WORD_SLOTS - 1);
    if (this.slotWords[slot] === lower) return this.slotIds[slot];
    const c = canonicalSyllable(lower, hash);
    const id = c === null ? -1 : this.id(c);
    this.slotWords[slot] = lower;
    return (this.slotIds[slot] = id);
  }
  private readonly slotWords: string[] = new Array<string>(WORD_SLOTS).fill('');
  private readonly slotIds = new Int32Array(WORD_SLOTS);

  /** The syllable of an id. */
  syllable(id: number): string {
    return this.header.syllables[id & ID];
  }

  /** How often the corpus uses the syllable `id` (0 for -1). */
  countAt(id: number): number {
    return id < 0 ? 0 : this.counts[id & ID];
  }

  /** How many different syllables follow the syllable `id` in the corpus (0 for -1). */
  successorsAt(id: number): number {
    return id < 0 ? 0 : this.follow[id & ID];
  }

  /** How often the pair of syllables `a b` occurs (approximately above 32; 0 below the kept minimum or for -1). */
  pairAt(a: number, b: number): number {
    return a < 0 || b < 0 ? 0 : this.pairByHash(this.hashes[a & ID], this.hashes[b & ID], ((a | b) & NAME_BIT) !== 0);
  }

  /** How often the corpus uses a syllable; 0 below the kept minimum. */
  count(syllable: string): number {
    return this.countAt(this.id(syllable));
  }

  /** The corpus writes this word (lower case) often although it is no Vietnamese syllable: a name, a loan, an abbreviation. */
  isKnownWord(lower: string): boolean {
    return this.words.has(lower);
  }

  /** Attested syllables, most frequent first. */
  get syllables(): readonly string[] {
    return this.header.syllables;
  }

  /** How often `a b` occurs (approximately above 32; 0 below the kept minimum). Arguments are `wordHash`es. */
  pairByHash(ha: number, hb: number, name = false): number {
    const key = pairKey(ha, hb, name);
    const b = key >>> (32 - BUCKET_BITS);
    const r = key & 0xffff;
    let check = -1;
    for (let i = this.bucketStart[b], end = this.bucketStart[b + 1]; i < end; i++) {
      if (this.remainders[i] !== r) continue;
      if (check < 0) check = pairCheck(ha, hb, name);
      if (this.checks[i] === check) return DEQUANTISED[this.pairCounts[i]];
    }
    return 0;
  }

  pair(a: string, b: string): number {
    return this.pairAt(this.id(a), this.id(b));
  }
}

/** Write a model file (used by scripts/build-spelling-model.ts; kept here beside the reader). */
export function encodeSpellingModel(header: ModelHeader, pairs: Iterable<[string, string, number, boolean]>): Uint8Array {
  const entries: Array<[number, number, number]> = [];
  for (const [a, b, c, name] of pairs) {
    const ha = wordHash(a);
    const hb = wordHash(b);
    entries.push([pairKey(ha, hb, name), pairCheck(ha, hb, name), quantiseCount(c)]);
  }
  entries.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // Two pairs on one key and check byte (about one in 2^40 pairs… and a few a build): keep the larger count.
  for (let i = entries.length - 1; i > 0; i--) {
    const [a, b] = [entries[i - 1], entries[i]];
    if (a[0] === b[0] && a[1] === b[1]) {
      a[2] = Math.max(a[2], b[2]);
      entries.splice(i, 1);
    }
  }
  const n = entries.length;
  const sizes = new Uint8Array(BUCKETS);
  let json = new TextEncoder().encode(JSON.stringify(header));
  const padded = new Uint8Array((json.length + 3) & ~3).fill(0x20);
  padded.set(json);
  json = padded;
  const out = new Uint8Array(12 + json.length + BUCKETS + n * 4);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MODEL_MAGIC), 0);
  view.setUint32(4, MODEL_VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  const at = 12 + json.length + BUCKETS;
  entries.forEach(([key, check, q], i) => {
    const b = key >>> (32 - BUCKET_BITS);
    if (sizes[b] === 255) throw new Error('spelling model: a bucket overflows; raise BUCKET_BITS');
    sizes[b]++;
    view.setUint16(at + 2 * i, key & 0xffff, true);
    out[at + 2 * n + i] = check;
    out[at + 3 * n + i] = q;
  });
  out.set(sizes, 12 + json.length);
  return out;
}

export function decodeSpellingModel(bytes: Uint8Array): SpellingModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MODEL_MAGIC) throw new Error(`spelling model: not a model file (magic "${magic}")`);
  const version = view.getUint32(4, true);
  if (version !== MODEL_VERSION)
    throw new Error(`spelling model: version ${version}, expected ${MODEL_VERSION}: rebuild it with scripts/build-spelling-model.ts`);
  const headerBytes = view.getUint32(8, true);
  let at = 12;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + headerBytes))) as ModelHeader;
  at += headerBytes;
  const sizes = bytes.slice(at, at + BUCKETS);
  at += BUCKETS;
  const n = (bytes.length - at) / 4;
  if (!Number.isInteger(n)) throw new Error('spelling model: truncated file');
  const remainders = new Uint16Array(n);
  for (let i = 0; i < n; i++) remainders[i] = view.getUint16(at + 2 * i, true);
  return new SpellingModel(header, sizes, remainders, bytes.slice(at + 2 * n, at + 3 * n), bytes.slice(at + 3 * n, at + 4 * n));
}

type Source = () => Uint8Array;
let source: Source | undefined;
let model: SpellingModel | null | undefined;
let failure: string | undefined;

/**
 * Install where the model comes from: a function returning the file's bytes, called once,
 * on first use (so an editor pays nothing until it lints). Passing bytes directly is for
 * hosts that fetched them (a web worker).
 */
export function setSpellingModelSource(from: Source | Uint8Array | undefined): void {
  source = typeof from === 'function' || from === undefined ? from : () => from; // bytes may come from another realm (a worker's)
  model = undefined;
  failure = undefined;
}

/**
 * The installed model, decoded on first use; null when none is installed. A model that
 * cannot be read throws (every time, with the reason), so the engine names the rules
 * that could not run instead of leaving them silent.
 */
export function spellingModel(): SpellingModel | null {
  if (model !== undefined) return model;
  if (failure !== undefined) throw new Error(failure);
  if (!source) return null;
  try {
    model = decodeSpellingModel(source());
  } catch (e) {
    failure = `the spelling model could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    throw new Error(failure);
  }
  return model;
}
