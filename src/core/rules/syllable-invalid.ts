import { defineRule, replaceFix, RuleContext } from '../rule';
import { syllableOf, wordsOf, Word } from '../analysis/words';
import { spellingView, contextOf, rankCorrections, inCaseOf, joined, joinedAt, repeated, SpellingView, LIKELY_SLIP } from '../analysis/spelling';
import { fit, supported } from '../text/spelling-context';
import { bareOf, SLIP_COST } from '../text/suggest';
import { legacySpans } from '../analysis/legacy';
import { solidSyllables, SyllableProblem } from '../text/syllable';
import syllables from '../../data/syllables.json';

const ACCEPTED = new Set([...syllables.loans, ...syllables.places]);
/** Diacritics of Vietnamese (tone and vowel marks, đ): a word without any may be English or a code. */
const VIETNAMESE_MARK = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;

/** A letter that is neither Vietnamese nor plain ASCII (f, j, w, z left by a Telex slip are reported). */
const FOREIGN_LETTER = /[^a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u;

/** How much likelier (nats) a correction must make its context for a capitalised or unmarked word to be reported. */
const LENIENT_GAIN = 8;

const WHY: Record<SyllableProblem, { vi: string; en: string }> = {
  'not-letters': { vi: 'có chữ không thuộc bảng chữ cái tiếng Việt', en: 'has letters outside the Vietnamese alphabet' },
  'two-tones': { vi: 'có hai dấu thanh', en: 'has two tone marks' },
  'no-vowel': { vi: 'không có nguyên âm', en: 'has no vowel' },
  onset: { vi: 'phụ âm đầu không có trong tiếng Việt', en: 'has an onset Vietnamese does not have' },
  rhyme: { vi: 'vần không có trong tiếng Việt', en: 'has a rhyme Vietnamese does not have' },
  'spelling-k': { vi: 'sai quy tắc c/k, g/gh, ng/ngh (k, gh, ngh đứng trước i, e, ê)', en: 'breaks the c/k, g/gh, ng/ngh rule (k, gh, ngh go before i, e, ê)' },
  'tone-final': { vi: 'âm tiết tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc nặng', en: 'ends in p, t, c or ch, which take only the sắc or nặng tone' },
};

export default defineRule({
  id: 'syllable-invalid',
  meta: {
    category: 'spelling',
    scope: 'article',
    description: {
      vi: 'Từ không phải một âm tiết tiếng Việt: "hòc" → "học", "tôt" → "tốt", "ngiêng" → "nghiêng", "Tổgn thống" → "Tổng thống".',
      en: 'A word that is not a Vietnamese syllable: "hòc" → "học", "tôt" → "tốt", "ngiêng" → "nghiêng", "Tổgn thống" → "Tổng thống".',
    },
    rationale: {
      vi: 'Âm tiết tiếng Việt có cấu trúc chặt chẽ: phụ âm đầu, vần, thanh (tài liệu tham chiếu §7.1). Âm tiết tận cùng p, t, c, ch chỉ mang dấu sắc, nặng; k, gh, ngh đứng trước i, e, ê; vần phải có trong bảng vần. Mọi từ viết thường có dấu tiếng Việt đều được xét; từ không dấu có thể là tiếng nước ngoài hay mã số, từ viết hoa có thể là tên riêng, nên chỉ bị báo khi ngữ cảnh cho một cách sửa chắc chắn và khớp hơn hẳn ("Tổgn thống" → "Tổng thống", "tronng tương lai" → "trong tương lai"), từ ấy chỉ xuất hiện một lần trong bài và không phải một từ mà báo chí hay viết; từ viết hoa không dấu (tên thương hiệu) không được xét, còn từ chỉ thiếu dấu hay còn phím Telex để missing-marks báo. Cách sửa được xếp theo loại lỗi hay gặp và theo ngữ cảnh (src/data/spelling-model.md); cách đầu được áp dụng tự động chỉ khi chắc chắn. Từ không có cách sửa nào mà đọc được như nhiều âm tiết viết liền là từ vay mượn (ôxít, catốt, mêtan) và không bị báo; từ không cách sửa khác chỉ được nhắc (info). Bỏ qua từ vay mượn (tivi, gen, email), địa danh dân tộc thiểu số (Đắk Lắk, Krông Pắc), từ nối bằng gạch nối hay dấu nháy (K\'Bang) và mảnh từ bị cắt để né bộ lọc.',
      en: 'The Vietnamese syllable is tightly structured: onset, rhyme, tone (reference §7.1). Syllables ending in p, t, c, ch take only sắc or nặng; k, gh, ngh go before i, e, ê; the rhyme must exist. Every lower-case word with Vietnamese marks is checked; an unmarked word may be English or a code and a capitalised one a name, so they are reported only when the context makes a correction certain and a far better fit ("Tổgn thống" → "Tổng thống", "tronng tương lai" → "trong tương lai"), the word occurs once in the article and is not one the news writes often; capitalised unmarked words (brands) are not checked, and words that only lack their marks or hold Telex keys are left to missing-marks. Corrections are ranked by how common the slip is and by the context (src/data/spelling-model.md); the first is applied automatically only when certain. A word with no correction that reads as several syllables written solid is a loan (ôxít, catốt, mêtan) and is not reported; any other word without a correction is a hint (info). Loans (tivi, gen, email), minority place names (Đắk Lắk, Krông Pắc), words joined by a hyphen or an apostrophe (K\'Bang) and pieces of words cut to dodge filters are skipped.',
    },
    severity: 'warning',
    fixable: 'both',
    sources: ['reference §7.1'],
    messages: {
      invalid: {
        vi: '"{word}" không phải âm tiết tiếng Việt: {why}. Kiểm tra lỗi gõ.',
        en: '"{word}" is not a Vietnamese syllable: it {why}. Check for a typo.',
      },
      suggest: {
        vi: '"{word}" không phải âm tiết tiếng Việt: {why}. Có phải "{fixed}"?',
        en: '"{word}" is not a Vietnamese syllable: it {why}. Did you mean "{fixed}"?',
      },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nEm ⟦hòc⟧ rất ⟦tôt⟧ và đọc ⟦sàch⟧.', findings: ['suggest', 'suggest', 'suggest'], output: 'Tiêu đề\n\nEm học rất tốt và đọc sách.' },
        {
          text: 'Tiêu đề\n\nBọn ⟦cẻ⟧ gian trên cây ⟦ngiêng⟧ ngả, ⟦gế⟧ gỗ.',
          findings: ['suggest', 'suggest', 'suggest'],
          output: 'Tiêu đề\n\nBọn kẻ gian trên cây nghiêng ngả, ghế gỗ.',
        },
        { text: 'Tiêu đề\n\nMột ⟦qốc⟧ gia và ⟦iêu⟧ thương.', findings: ['suggest', 'suggest'], output: 'Tiêu đề\n\nMột quốc gia và yêu thương.' },
        // A Telex slip leaves ASCII letters Vietnamese does not use.
        { text: 'Tiêu đề\n\nNhiều ⟦nguwời⟧ dân.', findings: ['suggest'], output: 'Tiêu đề\n\nNhiều người dân.' },
        // Capitalised: reported because the context makes the correction certain.
        { text: 'Tiêu đề\n\nTuy nhiên, ⟦Tổgn⟧ thống Mỹ phát biểu.', findings: ['suggest'], output: 'Tiêu đề\n\nTuy nhiên, Tổng thống Mỹ phát biểu.' },
        // No correction: a hint (info) only.
        { text: 'Tiêu đề\n\nCác nhà khoa học đo mức ⟦ôzôn⟧ ở Nam Cực.', findings: ['invalid'], output: 'Tiêu đề\n\nCác nhà khoa học đo mức ôzôn ở Nam Cực.' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nHọc tốt, đọc sách, kẻ vở, nghiêng ngả, ghế gỗ, quốc gia, yêu thương, giếng nước.' },
        { text: "Tiêu đề\n\nTỉnh Đắk Lắk, huyện Krông Pắc, xã Ea Súp, làng K'Bang, xem tivi, gen di truyền, gửi email, khóa XII, online." },
        { text: 'Tiêu đề\n\nHòa bình và hoà bình; thủy và thuỷ; khỏe và khoẻ.' },
        // Letters of other alphabets: a foreign word (café noir, naïve) or lookalikes (homoglyph reports them).
        { text: 'Tiêu đề\n\nQuán cafe naïve; tình ɦìnɦ củɑ người dân.' },
        // Words cut to dodge filters: the pieces are not typos.
        { text: 'Tiêu đề\n\nBị c.ưỡng h.iếp, tiêu d/iệt và b\u200ciết.' },
        // Part of a longer token: a VNI key left in a word, an HTML entity glued by a crawler, a hashtag (never "fixed" into "d9điều").
        { text: 'Tiêu đề\n\nCơ quan cảnh sát d9iều tra; giá ở mức 42,5&nbsptriệu đồng; bài có thẻ #đmcs.' },
        // Names and foreign words; loans written solid.
        { text: 'Tiêu đề\n\nCuộc khủng hoảng ở Cuba, đảo Guam; Lon Nol; người Hmông; khoáng vật ôxít, khí mêtan, điện cực catốt.' },
      ],
    },
  },
  check(context) {
    const { article } = context;
    const view = spellingView(article);
    const words = wordsOf(article);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if ((w.ascii && w.capital) || w.nfc.length < 2) continue; // capitalised and unmarked: a brand or a name (Tiin, iOS)
      const r = syllableOf(w); // shared with the tone rules: most words stop here
      if (!r.ok) reportInvalid(context, w, r.problem, view, i);
    }
  },
});

function reportInvalid(context: RuleContext, w: Word, problem: SyllableProblem, view: SpellingView | null, i: number): void {
  const { article } = context;
  const word = w.nfc;
  if (problem === 'not-letters' && FOREIGN_LETTER.test(word)) return; // café naïve, or lookalikes (homoglyph's business)
  if (ACCEPTED.has(w.lower)) return;
  // Capitalised, it may be a name; unmarked, English or a code: only a correction the context makes certain
  // is reported (Tổgn thống → Tổng thống, tronng tương lai → trong tương lai).
  const lenient = word !== w.lower || !VIETNAMESE_MARK.test(word);
  if (lenient && (!view || w.nfc.length > 9 || (w.nfc.length > 1 && word === word.toUpperCase()))) return;
  // Next to an apostrophe or a hyphen it is part of a transcription (K'Bang, Vla-đi-mia);
  // next to a zero-width character or a slash, or after a letter and a dot, a fragment of a word cut to dodge filters (ƅ\u200ciết, ց/iết, h.iếp).
  if (joined(article.text, w)) return;
  if (article.text[w.start - 1] === '.' && /\p{L}/u.test(article.text[w.start - 2] ?? '')) return; // c.ưỡng h.iếp: cut with dots
  // Part of a longer token: after a digit ("d9iều", a VNI key left in a word) or an HTML entity's "&" ("&nbsptriệu", crawl residue), or a "#hashtag".
  if (/[\p{N}&#]/u.test(article.text[w.start - 1] ?? '')) return;
  if (legacySpans(article).some((s) => w.start >= s.start && w.start < s.end)) return; // legacy-encoding reports it
  const data = { word: w.text, why: WHY[problem] };
  if (!view) {
    if (!lenient) context.report({ start: w.start, end: w.end, messageId: 'invalid', data });
    return;
  }
  // …and only for a word the corpus does not know, written once, next to a Vietnamese word.
  if (lenient && (view.model.isKnownWord(w.lower) || repeated(view, w))) return;
  const { prev, next } = contextOf(article, view, i);
  if (lenient && !((prev >= 0 && !view.words[view.prev[i]].ascii) || (next >= 0 && !view.words[view.next[i]].ascii))) return; // not in a Vietnamese phrase
  if (joinedAt(view.model, w, prev, next) >= 0) return; // two words glued: joined-words reports it
  const { ranked, sure } = rankCorrections(view.model, w.lower, prev, next);
  // A correction must fit the context far better (Tổgn thống → Tổng thống).
  if (lenient && (!sure || ranked[0].score - fit(view.model, -1, prev, next) < LENIENT_GAIN)) return;
  // The marks left out, or typed as Telex/VNI keys: missing-marks reports it.
  if (w.ascii && (bareOf(ranked[0].word) === w.lower || ranked[0].slip === 'telex' || ranked[0].slip === 'vni')) return;
  const fixes = ranked.slice(0, 3).map((c) => {
    const fixed = inCaseOf(word, c.word);
    return replaceFix(w, fixed);
  });
  // Warning when a likely correction exists. A word with none, not even one the context shows, that reads
  // as syllables written solid is a Vietnamised loan (ôxít, điốt, mêtan): not reported; any other is a hint.
  const likely = ranked.length > 0 && (sure || (SLIP_COST[ranked[0].slip] <= LIKELY_SLIP && view.model.countAt(ranked[0].id) >= 100));
  if (!likely && !(ranked[0] && supported(view.model, ranked[0].id, prev, next)) && solidSyllables(w.lower)) return;
  context.report({
    start: w.start,
    end: w.end,
    messageId: fixes.length ? 'suggest' : 'invalid',
    data: { ...data, fixed: fixes[0]?.data?.fixed ?? '' },
    ...(sure ? { fix: fixes[0], suggestions: fixes.slice(1) } : { suggestions: fixes }),
    ...(likely ? {} : { demote: 'info' as const }),
  });
}
