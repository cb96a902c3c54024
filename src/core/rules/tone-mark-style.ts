import { defineRule } from '../rule';
import { syllableOf, wordsOf } from '../analysis/words';
import { majority } from '../analysis/majority';
import { moveTone, tonePosition, ToneStyle } from '../text/syllable';

const STYLE_NAME = { old: { vi: 'kiểu cũ (hòa, thủy)', en: 'old style (hòa, thủy)' }, new: { vi: 'kiểu mới (hoà, thuỷ)', en: 'new style (hoà, thuỷ)' } };


export default defineRule({
  id: 'tone-mark-style',
  meta: {
    category: 'spelling',
    description: {
      vi: 'Dấu thanh đặt thống nhất một kiểu: kiểu cũ (hòa, thủy, khóa) hoặc kiểu mới (hoà, thuỷ, khoá).',
      en: 'Tone marks placed in one style: old (hòa, thủy, khóa) or new (hoà, thuỷ, khoá).',
    },
    rationale: {
      vi: 'Hai kiểu chỉ khác nhau ở âm tiết mở có vần oa, oe, uy (trừ sau qu, gi). QĐ 1989/QĐ-BGDĐT quy định kiểu mới cho sách giáo khoa; luật và phần lớn báo chí dùng kiểu cũ; thực tế hai kiểu được chấp nhận song song. Lỗi là trộn hai kiểu trong một bài: khi tòa soạn chưa chọn (house.toneStyle), kiểu chiếm đa số trong bài được giữ. Tên riêng (viết hoa giữa câu: Thủy, Hòa) không bao giờ bị sửa; riêng "Ủy" trong "Ủy ban" được xét.',
      en: 'The styles differ only in open syllables with oa, oe, uy (not after qu, gi). QĐ 1989/QĐ-BGDĐT prescribes the new style for textbooks; laws and most newspapers use the old; both are accepted in practice. The defect is mixing them in one article: without a house choice (house.toneStyle) the article\'s majority wins. Names (capitalised mid-sentence: Thủy, Hòa) are never changed; only "Ủy" as in "Ủy ban" is checked.',
    },
    severity: 'warning',
    fixable: 'fix',
    sources: ['reference §4.1', 'reference §4.2 TONE-1, TONE-2'],
    messages: {
      style: { vi: '"{word}" đặt dấu {found}; {where} dùng {expected}: "{fixed}".', en: '"{word}" is {foundEn}; {whereEn} uses {expectedEn}: "{fixed}".' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nHòa bình, hòa hợp và ⟦hoà⟧ giải.', findings: ['style'], output: 'Tiêu đề\n\nHòa bình, hòa hợp và hòa giải.' },
        { text: 'Tiêu đề\n\nTỉnh ủy khóa XII: ⟦Uỷ⟧ ban và thủy lợi.', config: { profile: 'party-press' }, findings: ['style'], output: 'Tiêu đề\n\nTỉnh ủy khóa XII: Ủy ban và thủy lợi.' },
        { text: 'Tiêu đề\n\nSức ⟦khỏe⟧ và ⟦hòa⟧ bình.', config: { house: { toneStyle: 'new' } }, findings: ['style', 'style'], output: 'Tiêu đề\n\nSức khoẻ và hoà bình.' },
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
    const found: Array<{ start: number; end: number; word: string; style: ToneStyle; fixed: Record<ToneStyle, string> }> = [];
    for (const w of wordsOf(article)) {
      if (w.ascii) continue;
      const lower = w.lower;
      const capital = w.nfc !== lower;
      // Names are never rewritten: a capitalised word is checked only when it is "Ủy" (Ủy ban).
      // (Even at the start of a sentence: "Hòa cho biết…" may be a person.)
      if (capital && lower !== 'ủy' && lower !== 'uỷ') continue;
      const r = syllableOf(w);
      if (!r.ok || !r.syllable.style) continue; // only oa, oe, uy carrying a mark can differ
      const style = r.syllable.style;
      const other: ToneStyle = style === 'old' ? 'new' : 'old';
      const moved = moveTone(lower, r.syllable.toneAt, tonePosition(r.syllable, other), r.syllable.tone);
      const recase = (s: string) => [...s].map((ch, i) => (w.nfc[i] !== w.nfc[i].toLowerCase() ? ch.toUpperCase() : ch)).join('');
      found.push({ start: w.start, end: w.end, word: w.text, style, fixed: { [style]: w.nfc, [other]: recase(moved) } as Record<ToneStyle, string> });
    }
    const target: ToneStyle | undefined = house.toneStyle !== 'consistent' ? house.toneStyle : majority(found.map((f) => f.style));
    if (!target) return;
    const chosen = house.toneStyle !== 'consistent';
    for (const f of found) {
      if (f.style === target) continue;
      const fixed = f.fixed[target];
      context.report({
        start: f.start,
        end: f.end,
        messageId: 'style',
        data: {
          word: f.word,
          fixed,
          found: STYLE_NAME[f.style].vi,
          foundEn: STYLE_NAME[f.style].en,
          expected: STYLE_NAME[target].vi,
          expectedEn: STYLE_NAME[target].en,
          where: chosen ? 'tòa soạn' : 'phần lớn bài',
          whereEn: chosen ? 'the house' : 'most of the article',
        },
        fix: { messageId: 'fix', data: { fixed }, edits: [{ start: f.start, end: f.end, text: fixed }] },
      });
    }
  },
});
