import { defineRule, replaceFix } from '../rule';
import { spellingView, contextOf, rankCorrections, inCaseOf, inReduplicative, joined } from '../analysis/spelling';
import { legacySpans } from '../analysis/legacy';
import { syllableOf } from '../analysis/words';
import { fit, vouched } from '../text/spelling-context';
import type { Slip } from '../text/suggest';
import syllables from '../../data/syllables.json';

const ACCEPTED = new Set([...syllables.loans, ...syllables.places]);
/** Syllables seen fewer times than this (per 11.6 M) are rare: the corpus's own typos may be among them. */
const RARE = 20;
/** A rare syllable is reported when a correction is this many times more frequent… */
const RARE_RATIO = 50;
/** …and makes its context this much likelier (nats). */
const RARE_GAIN = 6;
/** Slips that turn one real syllable into another, weighed by confused-words. */
const CONFUSION = new Set<Slip>(['hoi-nga', 'tone', 'i-y', 'onset', 'd-đ', 'vowel-mark', 'final']);
/** Suggestions offered at most. */
const OFFERED = 3;

export default defineRule<{ hints: boolean }>({
  id: 'syllable-unattested',
  meta: {
    category: 'spelling',
    scope: 'article',
    description: {
      vi: 'Âm tiết đúng cấu trúc nhưng tiếng Việt không dùng: "cuồi" → "cuối", "chến" → "chiến", "chuần" → "chuẩn".',
      en: 'A well-formed syllable that Vietnamese does not use: "cuồi" → "cuối", "chến" → "chiến", "chuần" → "chuẩn".',
    },
    rationale: {
      vi: 'Nhiều lỗi gõ vẫn cho ra một âm tiết đúng cấu trúc (phụ âm đầu, vần, thanh đều hợp lệ) nhưng tiếng Việt không dùng: "cuồi", "chến", "hoản". Quy tắc so với các âm tiết được đếm trên 11,6 triệu âm tiết báo chí (src/data/spelling-model.md; âm tiết gặp dưới 3 lần không được tính, để lỗi gõ của chính kho ngữ liệu không thành "đúng"); âm tiết gặp dưới 20 lần chỉ bị báo khi một âm tiết thông dụng gấp 50 lần thay vào đúng chỗ ấy rõ ràng hơn hẳn. Cách sửa được xếp theo loại lỗi hay gặp (dấu hỏi/ngã, s/x, ch/tr, bỏ sót hay gõ thừa chữ, phím bên cạnh, phím Telex…) và theo ngữ cảnh hai bên. Cảnh báo khi âm tiết cách một âm tiết thông dụng đúng một lỗi gõ và cách sửa ấy chắc chắn (cùng đi với cả hai từ bên cạnh trong kho ngữ liệu, làm thành từ ghép với một trong hai); nếu không, chỉ là gợi ý (info), vì kho ngữ liệu thiếu nhiều từ hiếm có thật (têm trầu, mục ruỗng). Không xét tên riêng viết hoa, từ không dấu (missing-marks xét), từ láy (lởm chởm, sột soạt), từ vay mượn và địa danh dân tộc thiểu số viết thường (đắk, lắk, pắc).',
      en: 'Many slips still give a well-formed syllable (valid onset, rhyme and tone) that Vietnamese does not use: "cuồi", "chến", "hoản". The rule compares with the syllables counted on 11.6 million syllables of news (src/data/spelling-model.md; syllables seen fewer than 3 times are not counted, so the corpus\'s own typos are not learnt); a syllable seen fewer than 20 times is reported only when a syllable 50 times as common clearly fits that very place better. Corrections are ranked by how common the slip is (hỏi/ngã, s/x, ch/tr, a dropped or doubled letter, a neighbouring key, Telex keys…) and by the context on both sides. A warning when the syllable is one slip from a common syllable and that correction is certain (seen with both neighbours in the corpus, a compound with one of them); otherwise a hint (info), because the corpus lacks many genuine rare words (têm trầu, mục ruỗng). Capitalised names, unmarked words (missing-marks checks those), reduplicatives (lởm chởm, sột soạt), loans and minority place names in lower case (đắk, lắk, pắc) are skipped.',
    },
    severity: 'warning',
    fixable: 'both',
    sources: ['reference §7.1', 'src/data/spelling-model.md'],
    messages: {
      unattested: {
        vi: '"{word}" không phải âm tiết tiếng Việt thông dụng. Có phải "{fixed}"?',
        en: '"{word}" is not a Vietnamese syllable in use. Did you mean "{fixed}"?',
      },
      rare: { vi: '"{word}" rất hiếm gặp, ở đây có lẽ là "{fixed}".', en: '"{word}" is very rare; here it is probably "{fixed}".' },
      unknown: {
        vi: '"{word}" không phải âm tiết tiếng Việt thông dụng. Kiểm tra lỗi gõ.',
        en: '"{word}" is not a Vietnamese syllable in use. Check for a typo.',
      },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    options: {
      hints: {
        type: 'boolean',
        default: false,
        description: {
          vi: 'Báo cả gợi ý (mức thông tin) khi không chắc chắn: bắt được nhiều lỗi hơn, nhưng trên bài báo phần lớn gợi ý là sai (đo trên kho bài thật). Mặc định tắt.',
          en: 'Also report hints (info) when unsure: more mistakes caught, but on news articles most hints are wrong (measured on real articles). Off by default.',
        },
      },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nTrận đấu ở vòng ⟦cuồi⟧ cùng; Chelsea đã có ⟦chến⟧ thắng.',
          findings: ['unattested', 'unattested'],
          output: 'Tiêu đề\n\nTrận đấu ở vòng cuối cùng; Chelsea đã có chiến thắng.',
        },
        { text: 'Tiêu đề\n\nViệc xử lý bị trì ⟦hoản⟧ nhiều lần.', findings: ['unattested'], output: 'Tiêu đề\n\nViệc xử lý bị trì hoãn nhiều lần.' },
        // A hint (info): the correction is likely but not vouched for by both neighbours, so only offered.
        {
          text: 'Tiêu đề\n\nAnh vào trường ứng viên ⟦chuần⟧ úy.',
          config: { options: { hints: true } },
          findings: ['unattested'],
          output: 'Tiêu đề\n\nAnh vào trường ứng viên chuần úy.',
          fixes: [
            'Tiêu đề\n\nAnh vào trường ứng viên chuẩn úy.',
            'Tiêu đề\n\nAnh vào trường ứng viên thuần úy.',
            'Tiêu đề\n\nAnh vào trường ứng viên chuồn úy.',
          ],
          preferred: null,
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nCuối cùng, đội đã chiến thắng và trận đấu bị trì hoãn.' },
        // Reduplicatives, highland place names, loans, names, abbreviations.
        {
          text: "Tiêu đề\n\nĐịa hình lởm chởm, tiếng sột soạt, dân làng bắt bớ kẻ gian ở Đắk Lắk, Krông Pắc, Ea Súp, K'Bang; ông Y Ngông Niê Kđăm xem tivi ở UBND xã.",
        },
      ],
    },
  },
  check(context) {
    const { article } = context;
    const view = spellingView(article);
    if (!view) return;
    const { model, words, ids } = view;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const seen = model.countAt(ids[i]);
      if (seen >= RARE || w.ascii || w.capital || !syllableOf(w).ok || ACCEPTED.has(w.lower) || joined(article.text, w)) continue;
      if (legacySpans(article).some((l) => w.start >= l.start && w.start < l.end)) continue;
      const { prev, next } = contextOf(article, view, i);
      const { ranked, sure } = rankCorrections(model, w.lower, prev, next);
      const best = ranked[0];
      // A rare syllable is right as often as not (ruỗng, chởm): only one a common word would replace in this very
      // place, by a slip no confusion of real syllables explains (those are confused-words' to weigh).
      if (
        seen &&
        !(best && sure && !CONFUSION.has(best.slip) && model.countAt(best.id) >= RARE_RATIO * seen && best.score - fit(model, ids[i], prev, next) >= RARE_GAIN)
      )
        continue;
      const fixes = ranked.slice(0, OFFERED).map((r) => {
        const fixed = inCaseOf(w.nfc, r.word);
        return replaceFix(w, fixed);
      });
      // Warning: one slip from a common syllable that fits here; a rare word of its own (lởm chởm, bắt bớ) fits nothing better.
      // A reduplicative pair (lởm chởm, sột soạt, bắt bớ) is where rare syllables live: only a slip in a known
      // compound (cuồi cùng → cuối cùng, sẳn sàng → sẵn sàng) is reported there.
      if (inReduplicative(view, i, best ? best.id : -1)) continue;
      // A rare syllable stays a hint: on news, the rare words the corpus lacks (mề, tiễu) are as frequent as the slips.
      const likely = !seen && best && sure && vouched(model, best.id, prev, next);
      if (!likely && !context.options.hints) continue; // a hint only when asked for
      context.report({
        start: w.start,
        end: w.end,
        messageId: seen ? 'rare' : best ? 'unattested' : 'unknown',
        data: { word: w.text, fixed: fixes[0]?.data?.fixed ?? '' },
        // A hint's correction is offered, never applied without asking: the word may be a rare word of its own.
        ...(likely ? { fix: fixes[0], suggestions: fixes.slice(1) } : { suggestions: fixes, demote: 'info' as const }),
      });
    }
  },
});
