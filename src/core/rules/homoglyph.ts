import { isSentenceStart } from '../analysis/sentences';
import { defineRule, RuleContext, TEXT_BLOCKS } from '../rule';
import type { Edit } from '../types';
import { blockWords, Word } from '../analysis/words';
import { codePointName } from '../text/chars';
import data from '../../data/homoglyphs.json';

const MAP = new Map(Object.entries(data.map as Record<string, string>));
/**
 * Scripts and alphabets whose letters pass for Latin ones: Greek (not µ, a unit), Cyrillic,
 * Armenian, IPA and phonetic extensions, Greek Extended, Latin Extended-C/D, Cherokee, Tifinagh, full-width
 * Latin, mathematical alphanumerics.
 */
const LOOKALIKE =
  /[\u0250-\u02af\u0370-\u03bb\u03bd-\u03ff\u1f00-\u1fff\u0400-\u052f\u0531-\u058f\u13a0-\u13ff\u1d00-\u1dbf\u2c60-\u2c7f\u2d30-\u2d7f\ua720-\ua7ff\uff21-\uff3a\uff41-\uff5a\u{1d400}-\u{1d7ff}]/u;
/** Combining marks of Vietnamese: the five tones, circumflex, breve, horn. */
const VIETNAMESE_MARKS = new Set(['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031b', '\u0323']);
const MARK = /\p{M}/u;
/** Latin letters as Vietnamese (and Western names) use them. */
const LATIN = /[a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u01a0\u01a1\u01af\u01b0\u1e00-\u1eff]/u;
/** Any character this rule looks at (a lookalike, or a mark other than Vietnamese ones), for one cheap test of a block. */
const ANY = new RegExp(`${LOOKALIKE.source}|[${[...MAP.keys()].join('')}]|(?![${[...VIETNAMESE_MARKS].join('')}])\\p{M}`, 'u');

export default defineRule({
  id: 'homoglyph',
  meta: {
    category: 'encoding',
    scope: 'block',
    blocks: TEXT_BLOCKS,
    description: {
      vi: 'Chữ giả dạng: từ tiếng Việt trộn ký tự của bảng chữ khác trông giống chữ Latinh ("ɦọ", "мộт", "củɑ") hoặc dấu phụ lạ chồng lên chữ ("t̼ư̼").',
      en: 'Lookalike characters: Vietnamese words with letters of other alphabets that pass for Latin ones ("ɦọ", "мộт", "củɑ") or foreign marks stacked on letters ("t̼ư̼").',
    },
    rationale: {
      vi: 'Các trang tin rác trộn chữ Kirin, Hy Lạp, Armenia hay ký hiệu ngữ âm vào chữ tiếng Việt để lách bộ lọc; văn bản dán từ những nguồn ấy trông bình thường nhưng máy tìm kiếm, trình đọc màn hình và kiểm tra chính tả không đọc được. Chỉ xét từ có cả chữ Latinh lẫn ký tự giả dạng: một từ toàn chữ Kirin (tên riêng tiếng Nga) hay chữ Hy Lạp đứng riêng (tia γ, µm) không bị báo. Mỗi đoạn báo một lần; bản sửa thay từng ký tự bằng chữ Latinh nó giả dạng (bảng trong src/data/homoglyphs.json, đối chiếu UTS #39) và bỏ dấu phụ lạ, chỉ khi mọi ký tự trong đoạn đều có trong bảng.',
      en: 'Content farms mix Cyrillic, Greek, Armenian or phonetic letters into Vietnamese words to dodge filters; text pasted from them looks normal but search engines, screen readers and spell checkers cannot read it. Only words with both Latin letters and lookalikes count: an all-Cyrillic word (a Russian name) or a Greek letter on its own (tia γ, µm) is not reported. One finding per paragraph; the fix replaces each character with the Latin letter it passes for (the table in src/data/homoglyphs.json, checked against UTS #39) and drops the foreign marks, only when every character in the paragraph is in the table.',
    },
    severity: 'error',
    fixable: 'fix',
    sources: ['corpus README: vfnd homoglyph obfuscation', 'Unicode UTS #39 confusables'],
    messages: {
      lookalike: {
        vi: 'Đoạn này có {count} từ trộn ký tự giả dạng chữ Latinh, ví dụ "{word}" ({chars}): máy tìm kiếm và trình đọc không đọc được.',
        en: 'This paragraph has {count} word(s) with characters passing for Latin letters, e.g. "{word}" ({chars}): search engines and screen readers cannot read them.',
      },
      fix: { vi: 'Thay bằng chữ Latinh', en: 'Replace with Latin letters' },
    },
    examples: {
      invalid: [
        // A small capital at the start of a sentence gets its capital back.
        {
          text: 'Tiêu đề\n\nHôm nay trời đẹp. ⟦ʟúc⟧ đó mọi ngườι đều vui.',
          findings: ['lookalike'],
          output: 'Tiêu đề\n\nHôm nay trời đẹp. Lúc đó mọi người đều vui.',
        },
        { text: 'Tiêu đề\n\n⟦Tìɴɦ⟧ ɦìnɦ củɑ ɴgười dân.', findings: ['lookalike'], output: 'Tiêu đề\n\nTình hình của người dân.' },
        { text: 'Tiêu đề\n\nĐây là ⟦мộт⟧ тнấᴘ kiến.', findings: ['lookalike'], output: 'Tiêu đề\n\nĐây là một thấp kiến.' },
        { text: 'Tiêu đề\n\n⟦T̼ư̼⟧ l̼i̼ệ̼u̼ mật ̼”̼.', findings: ['lookalike'], output: 'Tiêu đề\n\nTư liệu mật ”.' },
        // A word made only of lookalikes ("Ƭɑу" = "Tay") is fixed with the paragraph's mixed words.
        { text: 'Tiêu đề\n\nƬɑу ⟦ѕɑi⟧ cho giặc.', findings: ['lookalike'], output: 'Tiêu đề\n\nTay sai cho giặc.' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nÔng Путин nói; tia γ và mẫu 5 µm, 3 μg; hệ số α = 0,5; Müller và Nuñez ở São Paulo.' },
        // Decomposed letters are unicode-nfc's business.
        { text: 'Tiêu đề\n\nÔng Mu\u0308ller đến.' },
      ],
    },
  },
  checkBlock(block, context) {
    if (!ANY.test(context.article.mask.slice(block.start, block.end))) return; // most blocks: one test
    const found: Found[] = [];
    let mixed = false;
    for (const w of blockWords(context.article, block)) {
      if (w.ascii) continue;
      const f = oddCharacters(w);
      if (f.odd.length) found.push(f);
      mixed ||= f.latin && f.odd.length > 0;
    }
    // In a paragraph with mixed words, words made only of mapped lookalikes ("Ƭɑу") and stray marks count too.
    if (mixed)
      report(
        context,
        found.filter((f) => f.latin || f.odd.every((o) => MAP.has(o.ch) || MARK.test(o.ch))),
      );
  },
});

interface Found {
  w: Word;
  /** It has Latin letters too. */
  latin: boolean;
  /** Its lookalikes and foreign marks (offsets in the text). */
  odd: Array<{ at: number; ch: string }>;
}

function oddCharacters(w: Word): Found {
  const odd: Array<{ at: number; ch: string }> = [];
  let latin = false;
  let at = w.start;
  let prev = '';
  for (const ch of w.text) {
    if (MAP.has(ch) || LOOKALIKE.test(ch) || (MARK.test(ch) && !VIETNAMESE_MARKS.has(ch) && !composes(prev, ch))) odd.push({ at, ch });
    else if (LATIN.test(ch)) latin = true;
    at += ch.length;
    prev = ch;
  }
  return { w, latin, odd };
}

/** A decomposed letter ("u" + "◌̈" is "ü"): unicode-nfc's business, not a lookalike. */
const composes = (base: string, mark: string) => base !== '' && (base + mark).normalize('NFC').length < base.length + mark.length;

function report(context: RuleContext, found: Found[]): void {
  const odd = found.flatMap((f) => f.odd);
  const fixable = odd.every((o) => MAP.has(o.ch) || MARK.test(o.ch));
  // Small capitals (ɴ, ʟ) map to lower case: the first letter of a sentence gets its capital back.
  const replacement = (o: { at: number; ch: string }) => {
    const t = MAP.get(o.ch) ?? '';
    return t && isSentenceStart(context.article, o.at) ? t.toUpperCase() : t;
  };
  const edits: Edit[] = odd.map((o) => ({ start: o.at, end: o.at + o.ch.length, text: replacement(o) }));
  const chars = [...new Set(odd.map((o) => o.ch))]
    .slice(0, 4)
    .map((ch) => `${MARK.test(ch) ? `◌${ch}` : ch} ${codePointName(ch)}`)
    .join(', ');
  const first = found.find((f) => f.latin)!.w;
  context.report({
    start: first.start,
    end: first.end,
    messageId: 'lookalike',
    data: { count: found.length, word: first.text, chars },
    ...(fixable ? { fix: { messageId: 'fix', edits } } : {}),
  });
}
