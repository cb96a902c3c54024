import { defineRule, replaceFix } from '../rule';
import { expandYear, formatDateline } from '../analysis/dateline';
import { isValidDate } from '../analysis/dates';

export default defineRule({
  id: 'dateline-format',
  meta: {
    category: 'date',
    scope: 'article',
    description: {
      vi: 'Dòng thời gian dưới tít theo mẫu của tòa soạn (party-press: "17/07/2017 - 07:39"); năm đủ bốn chữ số.',
      en: 'The dateline under the headline follows the house pattern (party-press: "17/07/2017 - 07:39"); four-digit years.',
    },
    rationale: {
      vi: 'Dòng thời gian là dữ liệu của hệ thống quản trị nội dung, có mẫu cố định, khác với ngày trong bài (ở đây được thêm số 0). Mẫu đặt bằng house.datelinePattern; khi chưa đặt, quy tắc chỉ yêu cầu năm đủ bốn chữ số. Chỉ quy tắc này đọc dòng thời gian: date-format, time-format, year-range và dash bỏ qua nó.',
      en: 'The dateline is CMS metadata with a fixed pattern, unlike body dates (zero-padded here). The pattern is house.datelinePattern; without one, only four-digit years are required. Only this rule reads the dateline: date-format, time-format, year-range and dash skip it.',
    },
    severity: 'warning',
    fixable: 'fix',
    house: ['datelinePattern'],
    sources: ['reference §2.1', 'reference §2.3'],
    messages: {
      pattern: {
        vi: 'Dòng thời gian "{text}" chưa đúng mẫu "{pattern}". Hãy viết "{fixed}".',
        en: 'The dateline "{text}" does not follow the pattern "{pattern}". Write "{fixed}".',
      },
      missingTime: {
        vi: 'Dòng thời gian "{text}" thiếu giờ theo mẫu "{pattern}".',
        en: 'The dateline "{text}" lacks the time the pattern "{pattern}" asks for.',
      },
      shortYear: { vi: 'Dòng thời gian viết năm hai chữ số. Hãy viết "{fixed}".', en: 'The dateline has a two-digit year. Write "{fixed}".' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề bài\n\n⟦17/07/17 - 7:39⟧\n\nNội dung bài.',
          config: { profile: 'party-press' },
          findings: ['pattern'],
          output: 'Tiêu đề bài\n\n17/07/2017 - 07:39\n\nNội dung bài.',
        },
        {
          text: 'Tiêu đề bài\n\n⟦Thứ Hai, 17/7/2017, 07:39 (GMT+7)⟧\n\nNội dung bài.',
          config: { house: { datelinePattern: 'dd/MM/yyyy - HH:mm' } },
          findings: ['pattern'],
          output: 'Tiêu đề bài\n\n17/07/2017 - 07:39\n\nNội dung bài.',
        },
        {
          text: 'Tiêu đề bài\n\n⟦17/07/2017⟧\n\nNội dung bài.',
          config: { house: { datelinePattern: 'dd/MM/yyyy - HH:mm' } },
          findings: ['missingTime'],
          output: 'Tiêu đề bài\n\n17/07/2017\n\nNội dung bài.',
        },
        {
          text: 'Tiêu đề bài\n\n17/7/⟦17⟧ 07:39\n\nNội dung bài.',
          findings: ['shortYear'],
          output: 'Tiêu đề bài\n\n17/7/2017 07:39\n\nNội dung bài.',
        },
      ],
      valid: [
        { text: 'Tiêu đề bài\n\n17/07/2017 - 07:39\n\nNội dung bài.', config: { profile: 'party-press' } },
        { text: 'Tiêu đề bài\n\nThứ Hai, 17/7/2017, 07:39 (GMT+7)\n\nNội dung bài.' },
        { text: '---\ndate: 2017-07-17T07:39\n---\n\n# Tiêu đề\n\nNội dung.', format: 'markdown', config: { profile: 'party-press' } },
      ],
    },
  },
  check(context) {
    const { article, house, today } = context;
    const d = article.dateline;
    if (!d || d.fromFrontMatter) return;
    const year = expandYear(d.year, d.yearDigits, today.year);
    if (!isValidDate(d.day, d.month, year)) return; // date-invalid reports it
    const text = article.text.slice(d.start, d.end);
    const pattern = house.datelinePattern;
    if (pattern) {
      const fixed = formatDateline(pattern, { day: d.day, month: d.month, year, hour: d.hour, minute: d.minute });
      if (fixed === null) context.report({ start: d.start, end: d.end, messageId: 'missingTime', data: { text, pattern } });
      else if (fixed !== text) context.report({ start: d.start, end: d.end, messageId: 'pattern', data: { text, pattern, fixed }, fix: replaceFix(d, fixed) });
      return;
    }
    if (d.yearDigits === 2) {
      const yearStart = d.date.end - 2;
      const fixed = article.text.slice(d.date.start, yearStart) + year;
      context.report({
        start: yearStart,
        end: d.date.end,
        messageId: 'shortYear',
        data: { fixed },
        fix: replaceFix({ start: yearStart, end: d.date.end }, String(year), { messageId: 'fix', data: { fixed } }),
      });
    }
  },
});
