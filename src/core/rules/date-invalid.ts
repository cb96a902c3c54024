import { defineRule } from '../rule';
import { daysInMonth, findDates, isValidDate } from '../analysis/dates';
import { expandYear } from '../analysis/dateline';

export default defineRule({
  id: 'date-invalid',
  meta: {
    category: 'date',
    scope: 'article',
    description: { vi: 'Ngày không thể có: 31/4/2020, 29/2/2019, tháng 13.', en: 'A date that cannot exist: 31/4/2020, 29/2/2019, month 13.' },
    rationale: {
      vi: 'Một ngày sai là lỗi sự thật. Chỉ đọc là ngày những gì chắc chắn là ngày: có năm, hoặc đứng sau "ngày", "sáng", "hôm", "từ", "đến", thứ trong tuần… Phân số và số đếm ("10/10 chi bộ"), tỷ số ("2-0"), số văn bản không phải là ngày.',
      en: 'A wrong date is a factual error. Only what is surely a date is read as one: with a year, or after "ngày", "sáng", "hôm", "từ", "đến", a weekday… Fractions and counts ("10/10 chi bộ"), scores ("2-0") and document numbers are not dates.',
    },
    severity: 'error',
    fixable: false,
    sources: ['reference §2.4 DATE-5, DATE-6'],
    messages: {
      noMonth: { vi: 'Ngày "{text}" không tồn tại: không có tháng {month}.', en: 'The date "{text}" cannot exist: there is no month {month}.' },
      noDay: {
        vi: 'Ngày "{text}" không tồn tại: tháng {month}{year} chỉ có {days} ngày.',
        en: 'The date "{text}" cannot exist: month {month}{year} has only {days} days.',
      },
    },
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nSáng ⟦31/4/2020⟧, hội nghị khai mạc.', findings: ['noDay'] },
        { text: 'Tiêu đề\n\nHạn chót là ngày ⟦29-2-2019⟧.', findings: ['noDay'] },
        { text: 'Tiêu đề\n\nNgày ⟦15/13⟧ sẽ áp dụng.', findings: ['noMonth'] },
        { text: 'Tiêu đề\n\nKý ⟦ngày 31 tháng 6 năm 2020⟧.', findings: ['noDay'] },
        { text: 'Tiêu đề\n\n⟦31/09/2017⟧ - 07:39\n\nNội dung.', findings: ['noDay'] },
      ],
      valid: [
        { text: 'Tiêu đề\n\nBên cạnh đó, 10/10 chi bộ trực thuộc và 3/5 xã đã hoàn thành.' },
        { text: 'Tiêu đề\n\nĐội nhà thắng 2-0 sau 7-8 năm. Số 02/2017/NQ-HĐND.' },
        { text: 'Tiêu đề\n\nNgày 29/2/2020 là ngày nhuận; sáng 30/4 diễu hành.' },
        { text: 'Tiêu đề\n\nTỷ lệ 35/40 học sinh đạt, tăng 3.5 điểm.' },
        { text: 'Tiêu đề\n\nGiữ tư thế này từ 15-30 giây; độ tuổi từ 16-34; án tù từ 5-15 năm.' },
        // Ranges of days and hours, not impossible dates.
        { text: 'Tiêu đề\n\nHội thảo diễn ra ngày 20-21, triển lãm từ ngày 22-24 và đợt hai 26-28/4; nên đến vào buổi chiều 15-16 giờ.' },
        { text: 'Tiêu đề\n\nHội nghị họp ngày 20-21 tháng 5 tại Hà Nội.' },
      ],
    },
  },
  check(context) {
    const { article, today } = context;
    const check = (start: number, end: number, day: number, month: number, year: number | null) => {
      if (isValidDate(day, month, year)) return;
      const text = article.text.slice(start, end);
      if (month < 1 || month > 12) context.report({ start, end, messageId: 'noMonth', data: { text, month } });
      else
        context.report({
          start,
          end,
          messageId: 'noDay',
          data: { text, month, days: daysInMonth(month, year), year: year ? { vi: ` năm ${year}`, en: ` of ${year}` } : '' },
        });
    };
    for (const d of findDates(article)) {
      if (d.yearDigits === 2) check(d.start, d.end, d.day, d.month, expandYear(d.year!, 2, today.year));
      else check(d.start, d.end, d.day, d.month, d.year);
    }
    const dl = article.dateline;
    if (dl) check(dl.date.start, dl.date.end, dl.day, dl.month, expandYear(dl.year, dl.yearDigits, today.year));
  },
});
