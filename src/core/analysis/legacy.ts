/**
 * Spans of legacy-encoding mojibake (TCVN3, VNI, UTF-8 read as Windows-1252) in Unicode
 * text, found by scoring words, not single characters: ô, ã, é are real Vietnamese letters
 * too. A word counts against the text when it is not Vietnamese as written but becomes
 * Vietnamese once decoded; a span is a run of such words (plain ASCII words in between).
 */
import type { Article } from '../article';
import { BLOCK_SIGNALS, DECODERS, LegacyEncoding, SIGNALS } from '../text/legacy';
import { isValidSyllable } from '../text/syllable';
import { isVietnameseWord } from '../text/vietnamese';

export interface LegacySpan {
  encoding: LegacyEncoding;
  start: number;
  end: number;
  /** Unicode text for [start, end). */
  decoded: string;
  /** Words that decode to Vietnamese. */
  words: number;
  example: string;
}

// Guillemets open a word («) and close one (»); « at a word's end and » inside are TCVN3 letters (m« = mô).
const EDGE_PUNCT = /^[“”‘’"'()[\],.;:!?…–—«-]+|[“”‘’"'()[\],.;:!?…–—»-]+$/gu;
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const ENCODINGS: LegacyEncoding[] = ['utf8-cp1252', 'tcvn3', 'vni'];

/**
 * Every letter run a Vietnamese syllable (lower-cased) or an abbreviation in capitals (ĐV).
 * Unless `short` is allowed, one run must have two letters or more ("2×3" is not "2ì3").
 */
function isVietnamese(s: string, short = false): boolean {
  let long = false;
  for (const m of s.matchAll(LETTER_RUN)) {
    const run = m[0].normalize('NFC');
    const w = run.toLowerCase();
    if (!isValidSyllable(w) && !(run.length <= 6 && run === run.toUpperCase() && isVietnameseWord(run))) return false;
    if (w.length >= 2 || short) long = true;
  }
  return long;
}

/** bad: mojibake for sure; ambiguous: a real word either way (bé/bộ, có/cú), decoded only inside a span; clash: not this encoding. */
type Kind = 'bad' | 'ambiguous' | 'neutral' | 'clash';

interface Classified {
  kind: Kind;
  /** The word shows a character only this encoding's mojibake has. */
  signal?: boolean;
  decoded: string;
  /** The part of the token that was decoded (edge punctuation left out), relative to the token. */
  from: number;
  to: number;
}

/** Not Vietnamese as written: a letter run that is no syllable, or a symbol inside the word (»•¸). */
function foreign(token: string): boolean {
  return !isVietnamese(token) || /[^\p{L}\p{M}\x00-\x7f“”‘’…–—]/u.test(token);
}

/** TCVN3 codes that are symbols, never part of a word in Unicode text (ª « ¬ ® § ¸ µ …). */
const TCVN3_SYMBOL = /[\u00a1-\u00ac\u00ae-\u00b9\u00bb-\u00bf]/;

/**
 * A name in a TCVN3 passage ("Niª" = Niê, "H'Hen"): capitalised, Vietnamese letters once decoded,
 * and written with a TCVN3 symbol no Unicode word holds. Minority names fail the syllable check.
 */
function isLegacyName(t: string, decoded: string, encoding: LegacyEncoding): boolean {
  if (encoding !== 'tcvn3' || !TCVN3_SYMBOL.test(t) || !/^\p{Lu}\p{Ll}/u.test(decoded)) return false;
  if (/[®©]$/.test(t)) return false; // "Apple®", "MMI®": a trademark sign, not đ or â
  return decoded.split("'").every((p) => p === '' || isVietnameseWord(p));
}

function classify(token: string, encoding: LegacyEncoding): Classified {
  const core = token.replace(EDGE_PUNCT, '');
  // ASCII, and micro units (5 µm: µ is also TCVN3's "à").
  // ASCII once guillemets are off (« Kinh »), micro units (5 µm), a middle dot between unit letters (N·m).
  if (/^[\x00-\x7f]*$/.test(core) || /^\d*µ[a-zA-Z]{0,2}$/.test(core) || /^[a-z]*[A-Z]·[A-Za-z]+$/.test(core))
    return { kind: 'neutral', decoded: token, from: 0, to: token.length };
  const decode = DECODERS[encoding];
  const lead = token.length - token.replace(/^[“”‘’"'()[\],.;:!?…–—-]+/u, '').length;
  // The word without edge punctuation first; the whole token when a "punctuation" character belongs to the letter (UTF-8 "á»…" = ễ).
  let ambiguous: Classified | null = null;
  for (const [t, from] of [
    [core, lead],
    [token, 0],
  ] as const) {
    const d = decode(t);
    if (d === t) return { kind: 'neutral', decoded: token, from: 0, to: token.length }; // the same in both: "vì", "Hà"
    if (d === null) continue;
    // A one-letter word ("ë" = ở, "ôû" = ở in VNI) counts when the token holds no digit.
    if (!isVietnamese(d, !/\d/.test(t))) {
      if (isLegacyName(t, d, encoding)) return { kind: 'bad', decoded: d, from, to: from + t.length, signal: true };
      continue;
    }
    // A one-letter result ("«" = ô) joins a span but cannot make one: signal only from longer words.
    if (foreign(t)) return { kind: 'bad', decoded: d, from, to: from + t.length, signal: SIGNALS[encoding].test(t) && isVietnamese(d) };
    ambiguous ??= { kind: 'ambiguous', decoded: d, from, to: from + t.length };
  }
  return ambiguous ?? { kind: 'clash', decoded: token, from: 0, to: token.length };
}

const ANY_SIGNAL = new RegExp(
  Object.values(BLOCK_SIGNALS)
    .map((r) => r.source)
    .join('|'),
  'u',
);

export function legacySpans(article: Article): LegacySpan[] {
  return article.analysis('legacy', () => {
    const out: LegacySpan[] = [];
    if (!ANY_SIGNAL.test(article.mask)) return out; // one scan: most articles have no mojibake at all
    for (const block of article.blocks) {
      const text = article.mask.slice(block.start, block.end);
      const encodings = ENCODINGS.filter((e) => BLOCK_SIGNALS[e].test(text));
      if (!encodings.length) continue;
      const tokens = [...text.matchAll(/[^\s/]+|\//gu)].map((m) => ({ text: m[0], at: m.index! }));
      const candidates: LegacySpan[] = [];
      for (const encoding of encodings) {
        let run: Array<{ at: number; text: string } & Classified> = [];
        let afterUnicode = false;
        /**
         * A run of words that may be mojibake. Next to a word that is Unicode only (a "clash"), the
         * span begins and ends on a word that is mojibake for sure: a word that reads as Unicode
         * Vietnamese too (không, tháng) is converted there only between two such words. At the
         * paragraph's edges a certain run (two sure words or more) keeps those words.
         */
        const flush = (beforeUnicode: boolean) => {
          const certain = run.filter((t) => t.kind === 'bad').length >= 2;
          const keep = (t: (typeof run)[number], unicodeBeside: boolean) => t.kind === 'bad' || (t.kind === 'ambiguous' && certain && !unicodeBeside);
          while (run.length && !keep(run[run.length - 1], beforeUnicode)) run.pop();
          while (run.length && !keep(run[0], afterUnicode)) run.shift();
          const bad = run.filter((t) => t.kind === 'bad');
          if (bad.length && bad.some((t) => t.signal)) {
            const start = run[0].at + run[0].from;
            const last = run[run.length - 1];
            const end = last.at + last.to;
            let decoded = '';
            let at = start;
            for (const t of run) {
              decoded += text.slice(at, t.at + t.from) + t.decoded;
              at = t.at + t.to;
            }
            // One capitalised word with ï, ë or ü alone is a French or German name (Loïc, Zoë), not VNI.
            const foreignName = encoding === 'vni' && bad.length === 1 && /^\p{Lu}/u.test(bad[0].text.slice(bad[0].from)) && /[ïëüÏËÜ]/.test(bad[0].text);
            if (!foreignName)
              candidates.push({
                encoding,
                start: block.start + start,
                end: block.start + end,
                decoded,
                words: bad.length,
                example: `${bad[0].text.slice(bad[0].from, bad[0].to)} → ${bad[0].decoded}`,
              });
          }
          run = [];
          afterUnicode = beforeUnicode;
        };
        for (const tok of tokens) {
          const c = classify(tok.text, encoding);
          if (c.kind === 'clash') flush(true);
          else run.push({ ...tok, ...c });
        }
        flush(false);
      }
      // The strongest readings first; no two spans overlap.
      candidates.sort((a, b) => b.words - a.words || a.start - b.start);
      const taken: LegacySpan[] = [];
      for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
      for (const t of taken.sort((a, b) => a.start - b.start)) out.push(t);
    }
    return out;
  });
}
