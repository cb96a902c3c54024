import { defineRule, RuleContext } from '../rule';
import { syllableOf, wordsOf, Word } from '../analysis/words';
import { legacySpans } from '../analysis/legacy';
import { SyllableProblem } from '../text/syllable';
import syllables from '../../data/syllables.json';

const ACCEPTED = new Set([...syllables.loans, ...syllables.places]);
/** Diacritics of Vietnamese (tone and vowel marks, đ): a word without any may be English or a code. */
const VIETNAMESE_MARK = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;

/** A letter that is neither Vietnamese nor plain ASCII (f, j, w, z left by a Telex slip are reported). */
const FOREIGN_LETTER = /[^a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u;

const JOINED = /['’\-\/\u200b-\u200d\u2060\ufeff]/u;

const WHY: Record<SyllableProblem, { vi: string; en: string }> = {
  'not-letters': { vi: 'có chữ không thuộc bảng chữ cái tiếng Việt', en: 'has letters outside the Vietnamese alphabet' },
  'two-tones': { vi: 'có hai dấu thanh', en: 'has two tone marks' },
  'no-vowel': { vi: 'không có nguyên âm', en: 'has no vowel' },
  onset: { vi: 'phụ âm đầu không có trong tiếng Việt', en: 'has an onset Vietnamese does not have' },
  rhyme: { vi: 'vần không có trong tiếng Việt', en: 'has a rhyme Vietnamese does not have' },
  'spelling-k': { vi: 'sai quy tắc c/k, g/gh, ng/ngh (k, gh, ngh đứng trước i, e, ê)', en: 'breaks the c/k, g/gh, ng/ngh rule (k, gh, ngh go before i, e, ê)' },
  'tone-final': { vi: 'âm tiết tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc nặng', en: 'a syllable ending in p, t, c, ch takes only the sắc or nặng tone' },
};

export default defineRule({
  id: 'syllable-invalid',
  meta: {
    category: 'spelling',
    description: {
      vi: 'Từ viết thường có dấu tiếng Việt nhưng không phải một âm tiết tiếng Việt: "hòc", "tôt", "cẻ", "ngiêng".',
      en: 'A lower-case word with Vietnamese marks that is not a Vietnamese syllable: "hòc", "tôt", "cẻ", "ngiêng".',
    },
    rationale: {
      vi: 'Âm tiết tiếng Việt có cấu trúc chặt chẽ: phụ âm đầu, vần, thanh (tài liệu tham chiếu §7.1). Âm tiết tận cùng p, t, c, ch chỉ mang dấu sắc, nặng; k, gh, ngh đứng trước i, e, ê; vần phải có trong bảng vần. Chỉ xét từ viết thường mang dấu tiếng Việt (từ không dấu có thể là tiếng Anh hay mã số); tên riêng viết hoa, từ vay mượn (tivi, gen, email) và địa danh dân tộc thiểu số (Đắk Lắk, Krông Pắc) được bỏ qua. Không có bản sửa tự động: một lỗi gõ có nhiều cách sửa.',
      en: 'The Vietnamese syllable is tightly structured: onset, rhyme, tone (reference §7.1). Syllables ending in p, t, c, ch take only sắc or nặng; k, gh, ngh go before i, e, ê; the rhyme must exist. Only lower-case words carrying Vietnamese marks are checked (an unmarked word may be English or a code); capitalised names, loans (tivi, gen, email) and minority place names (Đắk Lắk, Krông Pắc) are skipped. No automatic fix: a typo can be corrected several ways.',
    },
    severity: 'warning',
    fixable: false,
    sources: ['reference §7.1'],
    messages: {
      invalid: { vi: '"{word}" không phải âm tiết tiếng Việt: {why}. Kiểm tra lỗi gõ.', en: '"{word}" is not a Vietnamese syllable: it {whyEn}. Check for a typo.' },
    },
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nEm ⟦hòc⟧ rất ⟦tôt⟧ và đọc ⟦sàch⟧.', findings: ['invalid', 'invalid', 'invalid'] },
        { text: 'Tiêu đề\n\nCon ⟦cẻ⟧ trên cây ⟦ngiêng⟧ ngả, ⟦gế⟧ gỗ.', findings: ['invalid', 'invalid', 'invalid'] },
        { text: 'Tiêu đề\n\nMột ⟦qốc⟧ gia và ⟦iêu⟧ thương.', findings: ['invalid', 'invalid'] },
        // A Telex slip leaves ASCII letters Vietnamese does not use.
        { text: 'Tiêu đề\n\nNhiều ⟦nguwời⟧ dân.', findings: ['invalid'] },
      ],
      valid: [
        { text: 'Tiêu đề\n\nHọc tốt, đọc sách, kẻ vở, nghiêng ngả, ghế gỗ, quốc gia, yêu thương, giếng nước.' },
        { text: 'Tiêu đề\n\nTỉnh Đắk Lắk, huyện Krông Pắc, xem tivi, gen di truyền, gửi email, khóa XII, online.' },
        { text: 'Tiêu đề\n\nHòa bình và hoà bình; thủy và thuỷ; khỏe và khoẻ.' },
        // Letters of other alphabets: a foreign word (café noir, naïve) or lookalikes (homoglyph reports them).
        { text: 'Tiêu đề\n\nQuán cafe naïve; tình ɦìnɦ củɑ người dân.' },
        // Words cut to dodge filters: the pieces are not typos.
        { text: 'Tiêu đề\n\nBị c.ưỡng h.iếp, tiêu d/iệt và b\u200ciết.' },
      ],
    },
  },
  check(context) {
    const { article } = context;
    for (const w of wordsOf(article)) {
      if (w.ascii || w.capital || w.nfc.length < 2) continue;
      const r = syllableOf(w); // shared with the tone rules: most words stop here
      if (!r.ok) reportInvalid(context, w, r.problem);
    }
  },
});

function reportInvalid(context: RuleContext, w: Word, problem: SyllableProblem): void {
  const { article } = context;
  const word = w.nfc;
  if (problem === 'not-letters' && FOREIGN_LETTER.test(word)) return; // café naïve, or lookalikes (homoglyph's business)
  if (word !== w.lower || !VIETNAMESE_MARK.test(word) || ACCEPTED.has(word)) return;
  // Next to an apostrophe or a hyphen it is part of a transcription (K'Bang, Vla-đi-mia);
  // next to a zero-width character or a slash, or after a letter and a dot, a fragment of a word cut to dodge filters (ƅ\u200ciết, ց/iết, h.iếp).
  const before = article.text[w.start - 1] ?? '';
  const after = article.text[w.end] ?? '';
  if (JOINED.test(before) || JOINED.test(after)) return;
  if (before === '.' && /\p{L}/u.test(article.text[w.start - 2] ?? '')) return; // c.ưỡng h.iếp: cut with dots
  if (legacySpans(article).some((s) => w.start >= s.start && w.start < s.end)) return; // legacy-encoding reports it
  context.report({ start: w.start, end: w.end, messageId: 'invalid', data: { word: w.text, why: WHY[problem].vi, whyEn: WHY[problem].en } });
}
