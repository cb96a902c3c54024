import { defineRule } from '../rule';
import { spellingView, contextOf, rankCorrections, inCaseOf, inReduplicative, joined } from '../analysis/spelling';
import { legacySpans } from '../analysis/legacy';
import { syllableOf } from '../analysis/words';
import { fit, vouched } from '../text/spelling-context';
import syllables from '../../data/syllables.json';

const ACCEPTED = new Set([...syllables.loans, ...syllables.places]);
/** Syllables seen fewer times than this (per 11.6 M) are rare: the corpus's own typos may be among them. */
const RARE = 20;
/** A rare syllable is reported when a correction is this many times more frequent… */
const RARE_RATIO = 50;
/** …and makes its context this much likelier (nats). */
const RARE_GAIN = 6;
/** Suggestions offered at most. */
const OFFERED = 3;

export default defineRule({
  id: 'syllable-unattested',
  meta: {
    category: 'spelling',
    description: {
      vi: 'Âm tiết đúng cấu trúc nhưng tiếng Việt không dùng: "cuồi" → "cuối", "chến" → "chiến", "chuần" → "chuẩn".',
      en: 'A well-formed syllable that Vietnamese does not use: "cuồi" → "cuối", "chến" → "chiến", "chuần" → "chuẩn".',
    },
    rationale: {
      vi: 'Nhiều lỗi gõ vẫn cho ra một âm tiết đúng cấu trúc (phụ âm đầu, vần, thanh đều hợp lệ) nhưng không có trong tiếng Việt: "cuồi", "chến", "nhiện". Quy tắc so với danh sách âm tiết được đếm trên 11,6 triệu âm tiết báo chí (src/data/spelling-model.md; âm tiết gặp dưới 3 lần không được tính, để lỗi gõ của chính kho ngữ liệu không thành "đúng"). Gợi ý sửa được xếp theo loại lỗi hay gặp (dấu hỏi/ngã, s/x, ch/tr, bỏ sót chữ, gõ nhầm phím bên cạnh…) và theo ngữ cảnh hai bên. Cảnh báo khi âm tiết chỉ cách một âm tiết thông dụng một lỗi gõ; nếu không, chỉ nhắc (info). Không xét tên riêng viết hoa, từ không dấu, từ vay mượn và địa danh dân tộc thiểu số viết thường (đắk, lắk, pắc).',
      en: 'Many slips still give a well-formed syllable (valid onset, rhyme and tone) that Vietnamese does not have: "cuồi", "chến", "nhiện". The rule compares with the syllables counted on 11.6 million syllables of news (src/data/spelling-model.md; syllables seen fewer than 3 times are not counted, so the corpus\'s own typos are not learned). Corrections are ranked by how common the slip is (hỏi/ngã, s/x, ch/tr, a dropped letter, a neighbouring key…) and by the context on both sides. A warning when the syllable is one slip from a common syllable; otherwise a hint (info). Capitalised names, unmarked words, loans and minority place names in lower case (đắk, lắk, pắc) are skipped.',
    },
    severity: 'warning',
    fixable: 'both',
    sources: ['reference §7.1', 'src/data/spelling-model.md'],
    messages: {
      unattested: { vi: '"{word}" không phải âm tiết tiếng Việt thông dụng. Có phải "{fixed}"?', en: '"{word}" is not a Vietnamese syllable in use. Did you mean "{fixed}"?' },
      rare: { vi: '"{word}" rất hiếm gặp, ở đây có lẽ là "{fixed}".', en: '"{word}" is very rare; here it is probably "{fixed}".' },
      unknown: { vi: '"{word}" không phải âm tiết tiếng Việt thông dụng. Kiểm tra lỗi gõ.', en: '"{word}" is not a Vietnamese syllable in use. Check for a typo.' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: { valid: [], invalid: [] },
  },
  check(context) {
    const { article } = context;
    const view = spellingView(article);
    if (!view) return;
    const { model, words, ids } = view;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.ascii || w.capital || !syllableOf(w).ok) continue;
      const seen = model.countAt(ids[i]);
      if (seen >= RARE || ACCEPTED.has(w.lower) || joined(article.text, w)) continue;
      if (legacySpans(article).some((l) => w.start >= l.start && w.start < l.end)) continue;
      const { prev, next } = contextOf(article, view, i);
      const { ranked, sure } = rankCorrections(model, w.lower, prev, next);
      const best = ranked[0];
      // A rare syllable is right as often as not (ruỗng, chởm): only one a common word would replace in this very place.
      if (seen && !(best && sure && model.countAt(best.id) >= RARE_RATIO * seen && best.score - fit(model, ids[i], prev, next) >= RARE_GAIN)) continue;
      const fixes = ranked.slice(0, OFFERED).map((r) => {
        const fixed = inCaseOf(w.nfc, r.word);
        return { messageId: 'fix', data: { fixed }, edits: [{ start: w.start, end: w.end, text: fixed }] };
      });
      // Warning: one slip from a common syllable that fits here; a rare word of its own (lởm chởm, bắt bớ) fits nothing better.
      const likely = best && sure && vouched(model, best.id, prev, next) && !inReduplicative(view, i);
      context.report({
        start: w.start,
        end: w.end,
        messageId: seen ? 'rare' : best ? 'unattested' : 'unknown',
        data: { word: w.text, fixed: fixes[0]?.data.fixed ?? '' },
        ...(sure ? { fix: fixes[0], suggestions: fixes.slice(1) } : { suggestions: fixes }),
        ...(likely ? {} : { demote: 'info' as const }),
      });
    }
  },
});
