/**
 * Legacy Vietnamese encodings seen as mojibake in Unicode text (reference §4.4):
 * TCVN3 (ABC) and VNI-Windows bytes read as Latin-1, and UTF-8 read as Windows-1252.
 * Each decoder turns such text back into Unicode; `null` when a character cannot be
 * part of that encoding. Tables written from the published code charts.
 */
import { baseOf, toneOf, withTone, Tone } from './vietnamese';

// ---------------------------------------------------------------- TCVN3 (ABC, TCVN 5712 VN3)

const TCVN3_PAIRS: Array<[number, string]> = [
  // a ă â with tones (ngang, sắc, huyền, hỏi, ngã, nặng)
  [0xb8, 'á'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb9, 'ạ'],
  [0xa8, 'ă'],
  [0xbe, 'ắ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xc6, 'ặ'],
  [0xa9, 'â'],
  [0xca, 'ấ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xcb, 'ậ'],
  [0xd0, 'é'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd1, 'ẹ'],
  [0xaa, 'ê'],
  [0xd5, 'ế'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd6, 'ệ'],
  [0xdd, 'í'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xde, 'ị'],
  [0xe3, 'ó'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe4, 'ọ'],
  [0xab, 'ô'],
  [0xe8, 'ố'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe9, 'ộ'],
  [0xac, 'ơ'],
  [0xed, 'ớ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xee, 'ợ'],
  [0xf3, 'ú'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf4, 'ụ'],
  [0xad, 'ư'],
  [0xf8, 'ứ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf9, 'ự'],
  [0xfd, 'ý'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfe, 'ỵ'],
  [0xae, 'đ'],
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
];
const TCVN3 = new Map<string, string>(TCVN3_PAIRS.map(([code, ch]) => [String.fromCharCode(code), ch]));

/**
 * TCVN3 text read as Latin-1 → Unicode. ASCII passes through; other characters make it fail.
 * TCVN3 has no upper-case toned letters (they lived in a separate .VnTimeH font): converters
 * write the upper-case base followed by the lower-case toned code, which is joined back here.
 */
export function decodeTcvn3(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out += ch;
    else {
      const u = TCVN3.get(ch);
      if (u === undefined) return null;
      const prev = out[out.length - 1];
      if (prev !== undefined && prev !== prev.toLowerCase() && toneOf(u) !== 0 && baseOf(u) === prev.toLowerCase()) out = out.slice(0, -1) + u.toUpperCase();
      else out += u;
    }
  }
  return out;
}

/** Characters only TCVN3 mojibake produces (TCVN3 codes that are not Vietnamese letters themselves). */
export const TCVN3_SIGNAL =
  /[\u00a1-\u00b9\u00bb-\u00bf\u00c6\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/;

// ---------------------------------------------------------------- VNI-Windows

const VNI_TONE: Record<string, Tone> = { ù: 1, ø: 2, û: 3, õ: 4, ï: 5, Ù: 1, Ø: 2, Û: 3, Õ: 4, Ï: 5 };
/** After a, e, o: â-type mark combined with a tone (aá = ấ, aà = ầ, aå = ẩ, aã = ẫ, aä = ậ). */
const VNI_CIRC: Record<string, Tone> = { â: 0, á: 1, à: 2, å: 3, ã: 4, ä: 5, Â: 0, Á: 1, À: 2, Å: 3, Ã: 4, Ä: 5 };
/** After a: breve combined with a tone (aê = ă, aé = ắ, aè = ằ, aú = ẳ, aü = ẵ, aë = ặ). */
const VNI_BREVE: Record<string, Tone> = { ê: 0, é: 1, è: 2, ú: 3, ü: 4, ë: 5, Ê: 0, É: 1, È: 2, Ú: 3, Ü: 4, Ë: 5 };
const VNI_SINGLE: Record<string, string> = { ñ: 'đ', Ñ: 'Đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ', Í: 'Í', Ì: 'Ì', Æ: 'Ỉ', Ó: 'Ĩ', Ò: 'Ị', Î: 'Ỵ' };

/** VNI-Windows text read as Latin-1 → Unicode. */
export function decodeVni(s: string): string | null {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1];
    const lower = ch.toLowerCase();
    let base: string | null = null;
    if (/[aeiouyAEIOUY]/.test(ch)) base = ch;
    else if (ch === 'ô' || ch === 'Ô') base = ch === 'ô' ? 'ơ' : 'Ơ';
    else if (ch === 'ö' || ch === 'Ö') base = ch === 'ö' ? 'ư' : 'Ư';
    if (base !== null) {
      const upper = base !== base.toLowerCase();
      const fix = (b: string) => (upper ? b.toUpperCase() : b);
      if (next !== undefined && (lower === 'a' || lower === 'e' || lower === 'o') && base === ch && next in VNI_CIRC) {
        out += withTone(fix(lower === 'a' ? 'â' : lower === 'e' ? 'ê' : 'ô'), VNI_CIRC[next]);
        i++;
      } else if (next !== undefined && lower === 'a' && next in VNI_BREVE) {
        out += withTone(fix('ă'), VNI_BREVE[next]);
        i++;
      } else if (next !== undefined && next in VNI_TONE) {
        out += withTone(base, VNI_TONE[next]);
        i++;
      } else out += base;
      continue;
    }
    if (ch in VNI_SINGLE) {
      out += VNI_SINGLE[ch];
      continue;
    }
    if (ch.charCodeAt(0) >= 0x80) return null;
    out += ch;
  }
  return out;
}

/** VNI marks after a vowel, and đ/ư written ñ/ö: what VNI mojibake looks like. */
export const VNI_SIGNAL = /[aeiouyôöAEIOUYÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|(?:^|[^\p{L}])[ñÑ]|[æ]/u;

// ---------------------------------------------------------------- UTF-8 read as Windows-1252

const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes that were read as Windows-1252 (or Latin-1) → the original text. */
export function decodeDoubleUtf8(s: string): string | null {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x100) bytes.push(c);
    else if (CP1252_HIGH[c] !== undefined) bytes.push(CP1252_HIGH[c]);
    else return null;
  }
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/** Ã¡, á»‡, Ä‘, Æ°: the lead bytes of Vietnamese letters in UTF-8, shown as Windows-1252. */
export const DOUBLE_UTF8_SIGNAL =
  /[ÃÄÅÆ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[áâ][º»¼½¾]/;

export type LegacyEncoding = 'tcvn3' | 'vni' | 'utf8-cp1252';

export const DECODERS: Record<LegacyEncoding, (s: string) => string | null> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  'utf8-cp1252': decodeDoubleUtf8,
};

/** Characters of VNI mojibake that Vietnamese never uses (ñ = đ, ö = ư, ø ï ä å ë ü û æ as marks). */
const VNI_BLOCK = /[øûïäåëüñöæØÛÏÄÅËÜÑÖÆ]/;

/** Whether a paragraph may hold this encoding's mojibake at all (cheap; most text has none). */
export const BLOCK_SIGNALS: Record<LegacyEncoding, RegExp> = {
  tcvn3: TCVN3_SIGNAL,
  vni: VNI_BLOCK,
  'utf8-cp1252': DOUBLE_UTF8_SIGNAL,
};

export const SIGNALS: Record<LegacyEncoding, RegExp> = {
  tcvn3: TCVN3_SIGNAL,
  vni: VNI_SIGNAL,
  'utf8-cp1252': DOUBLE_UTF8_SIGNAL,
};
