import { defineRule, replaceFix } from '../rule';
import { findTimes, formatTime, TimeStyle } from '../analysis/dates';
import { certainUnlessTied, houseOrMajority, whereOf } from '../analysis/majority';

const STYLE_NAMES: Record<TimeStyle, string> = { h: '7h30', gio: '7 giờ 30', colon: '07:30' };

export default defineRule({
  id: 'time-format',
  meta: {
    category: 'date',
    scope: 'article',
    description: {
      vi: 'Giờ viết theo một cách: "7h39", "7 giờ 39" hoặc "07:39" (theo tòa soạn hoặc nhất quán); không có giờ vô lý như "25h".',
      en: 'Times in one form: "7h39", "7 giờ 39" or "07:39" (house or consistent); no impossible times such as "25h".',
    },
    rationale: {
      vi: 'Không có quy định; mỗi tòa soạn một kiểu (VnExpress, Tuổi Trẻ, Dân trí "7h30"; Thanh Niên và văn bản trang trọng "7 giờ 30"; siêu dữ liệu "07:39"). Các dạng "7g39", "7h39\'" và "7:39 PM" không tòa soạn nào dùng. Chỉ đọc là giờ khi ngữ cảnh cho thấy đó là giờ ("lúc", "sáng", "từ … đến"), không phải khoảng thời gian ("trong 24h", "48 giờ qua").',
      en: 'No regulation; each outlet has its form (VnExpress, Tuổi Trẻ, Dân trí "7h30"; Thanh Niên and formal texts "7 giờ 30"; metadata "07:39"). "7g39", "7h39\'" and "7:39 PM" are used by no outlet. Read as a time only where the context says so ("lúc", "sáng", "từ … đến"), not a duration ("trong 24h", "48 giờ qua").',
    },
    severity: 'warning',
    fixable: 'both',
    house: ['timeStyle'],
    sources: ['reference §2.3', 'reference §2.4 TIME-1'],
    messages: {
      style: {
        vi: 'Giờ "{text}" khác cách viết {where} (kiểu "{expected}"). Hãy viết "{fixed}".',
        en: 'The time "{text}" differs from {where} (like "{expected}"). Write "{fixed}".',
      },
      nonstandard: { vi: 'Cách viết giờ "{text}" không chuẩn. Hãy viết "{fixed}".', en: 'Non-standard time "{text}". Write "{fixed}".' },
      impossible: { vi: 'Giờ "{text}" không tồn tại.', en: 'The time "{text}" cannot exist.' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    perParagraph: ['style'],
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nLúc 7h30 sáng khai mạc, đến ⟦9 giờ 15⟧ sáng bế mạc, 10h ngày 5/3 họp tiếp.',
          findings: ['style'],
          output: 'Tiêu đề\n\nLúc 7h30 sáng khai mạc, đến 9h15 sáng bế mạc, 10h ngày 5/3 họp tiếp.',
        },
        {
          text: 'Tiêu đề\n\nĐúng ⟦7h39⟧ sáng nay, xe xuất phát.',
          config: { profile: 'party-press' },
          findings: ['style'],
          output: 'Tiêu đề\n\nĐúng 7 giờ 39 sáng nay, xe xuất phát.',
        },
        { text: 'Tiêu đề\n\nLúc ⟦7g39⟧ sáng, xe xuất phát.', findings: ['nonstandard'], output: 'Tiêu đề\n\nLúc 7h39 sáng, xe xuất phát.' },
        { text: 'Tiêu đề\n\nLúc ⟦25h⟧ đêm qua, xe xuất phát.', findings: ['impossible'], output: 'Tiêu đề\n\nLúc 25h đêm qua, xe xuất phát.' },
        {
          text: 'Tiêu đề\n\nPhiên họp từ ⟦07:30⟧ đến 11 giờ.',
          config: { house: { timeStyle: 'gio' } },
          findings: ['style'],
          output: 'Tiêu đề\n\nPhiên họp từ 7 giờ 30 đến 11 giờ.',
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nTrong 24h qua, sau 48 giờ làm việc liên tục, đội thắng 2:1.' },
        { text: 'Tiêu đề\n\nLúc 7h sáng, họ làm từ 40 giờ trở lên mỗi tuần.' },
        { text: 'Tiêu đề\n\nLúc 7 giờ 39 sáng, đến 9 giờ 15 phút.', config: { profile: 'party-press' } },
        { text: 'Tiêu đề\n\n17/07/2017 - 07:39\n\nLúc 7 giờ sáng xe xuất phát.', config: { profile: 'party-press' } },
      ],
    },
  },
  check(context) {
    const { article, house } = context;
    const times = findTimes(article);
    const target = houseOrMajority<TimeStyle>(
      house.timeStyle,
      times.flatMap((t) => (t.style === 'nonstandard' ? [] : [t.style])),
    );
    for (const t of times) {
      const text = article.text.slice(t.start, t.end);
      if (t.strong && (t.hour > 24 || (t.hour === 24 && !!t.minute) || (t.minute !== null && t.minute > 59))) {
        context.report({ start: t.start, end: t.end, messageId: 'impossible', data: { text } });
        continue;
      }
      if (t.style !== 'nonstandard' && (target === undefined || t.style === target.value)) continue;
      const fixed = formatTime(t, target?.value ?? 'h');
      context.report({
        start: t.start,
        end: t.end,
        messageId: t.style === 'nonstandard' ? 'nonstandard' : 'style',
        data: { text, fixed, expected: STYLE_NAMES[target?.value ?? 'h'], ...whereOf(target?.basis ?? 'majority') },
        ...certainUnlessTied(t.style === 'nonstandard' || !target ? { value: 0, basis: 'house' } : target, replaceFix(t, fixed)),
      });
    }
  },
});
