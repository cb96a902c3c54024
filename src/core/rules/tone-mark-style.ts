import { defineRule, replaceFix } from '../rule';
import { withCaseOf, wordsOf } from '../analysis/words';
import { articleToneTarget, styledWords } from '../analysis/tone-style';
import { certainUnlessTied, whereOf } from '../analysis/majority';
import { moveTone, tonePosition } from '../text/syllable';

const STYLE_NAME = { old: { vi: 'kiểu cũ (hòa, thủy)', en: 'old style (hòa, thủy)' }, new: { vi: 'kiểu mới (hoà, thuỷ)', en: 'new style (hoà, thuỷ)' } };

export default defineRule({
  id: 'tone-mark-style',
  meta: {
    category: 'spelling',
    scope: 'article',
    description: {
      vi: 'Dấu thanh đặt thống nhất một kiểu: kiểu cũ (hòa, thủy, khóa) hoặc kiểu mới (hoà, thuỷ, khoá).',
      en: 'Tone marks placed in one style: old (hòa, thủy, khóa) or new (hoà, thuỷ, khoá).',
    },
    rationale: {
      vi: 'Hai kiểu chỉ khác nhau ở âm tiết mở có vần oa, oe, uy (trừ sau qu, gi). QĐ 1989/QĐ-BGDĐT quy định kiểu mới cho sách giáo khoa; luật và phần lớn báo chí dùng kiểu cũ; thực tế hai kiểu được chấp nhận song song. Lỗi là trộn hai kiểu trong một bài: khi tòa soạn chưa chọn (house.toneStyle), kiểu chiếm đa số trong bài được giữ. Tên riêng (viết hoa giữa câu: Thủy, Hòa) không bao giờ bị sửa; riêng "Ủy" trong "Ủy ban" được xét.',
      en: 'The styles differ only in open syllables with oa, oe, uy (not after qu, gi). QĐ 1989/QĐ-BGDĐT prescribes the new style for textbooks; laws and most newspapers use the old; both are accepted in practice. The defect is mixing them in one article: without a house choice (house.toneStyle) the article\'s majority wins. Names (capitalised mid-sentence: Thủy, Hòa) are never changed; only "Ủy" as in "Ủy ban" is checked.',
    },
    severity: 'warning',
    fixable: 'both',
    house: ['toneStyle'],
    sources: ['reference §4.1', 'reference §4.2 TONE-1, TONE-2'],
    messages: {
      style: { vi: '"{word}" đặt dấu {found}, khác kiểu {where} ({expected}): "{fixed}".', en: '"{word}" is {found}, unlike {where} ({expected}): "{fixed}".' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    perParagraph: ['style'],
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nHòa bình, hòa hợp, hòa thuận và ⟦hoà⟧ giải.', findings: ['style'], output: 'Tiêu đề\n\nHòa bình, hòa hợp, hòa thuận và hòa giải.' },
        {
          text: 'Tiêu đề\n\nTỉnh ủy khóa XII: ⟦Uỷ⟧ ban và thủy lợi.',
          config: { profile: 'party-press' },
          findings: ['style'],
          output: 'Tiêu đề\n\nTỉnh ủy khóa XII: Ủy ban và thủy lợi.',
        },
        {
          text: 'Tiêu đề\n\nSức ⟦khỏe⟧ tốt.\n\nVà ⟦hòa⟧ bình.',
          config: { house: { toneStyle: 'new' } },
          findings: ['style', 'style'],
          output: 'Tiêu đề\n\nSức khoẻ tốt.\n\nVà hoà bình.',
        },
        {
          text: 'Tiêu đề\n\nSức ⟦khỏe⟧ và hòa bình.',
          config: { house: { toneStyle: 'new' } },
          findings: ['style'],
          output: 'Tiêu đề\n\nSức khoẻ và hoà bình.',
        },
        {
          // One against one: no majority, so the fix is offered, not applied.
          text: 'Tiêu đề\n\nBà mẹ tá hỏa.\n\nMọi người “tá ⟦hoả⟧”.',
          findings: ['style'],
          output: 'Tiêu đề\n\nBà mẹ tá hỏa.\n\nMọi người “tá hoả”.',
          fixes: ['Tiêu đề\n\nBà mẹ tá hỏa.\n\nMọi người “tá hỏa”.'],
          preferred: null,
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nChị Thủy và anh Hòa gặp ông Thuỷ; hoà bình, thuỷ lợi.', config: { house: { toneStyle: 'new' } } },
        { text: 'Tiêu đề\n\nQuý, quá, quỹ, già, giữ, hoàn, toán, khuyết, ngoài, xoáy.', config: { house: { toneStyle: 'old' } } },
        { text: 'Tiêu đề\n\nTỉnh ủy, Đảng ủy, khóa XII, cụ thể hóa.', config: { profile: 'party-press' } },
      ],
    },
  },
  check(context) {
    const { article, house } = context;
    const styled = styledWords(wordsOf(article));
    const target = articleToneTarget(article, house);
    if (!target) return;
    for (const { w, s, style } of styled) {
      if (style === target.value) continue;
      const fixed = withCaseOf(w, moveTone(w.lower, s.toneAt, tonePosition(s, target.value), s.tone));
      context.report({
        start: w.start,
        end: w.end,
        messageId: 'style',
        data: {
          word: w.text,
          fixed,
          found: STYLE_NAME[style],
          expected: STYLE_NAME[target.value],
          ...whereOf(target.basis),
        },
        ...certainUnlessTied(target, replaceFix(w, fixed)),
      });
    }
  },
});
