import { defineRule, replaceFix } from '../rule';
import { DateMention, findDates } from '../analysis/dates';
import { expandYear } from '../analysis/dateline';
import { certainUnlessTied, houseOrMajority, whereOf } from '../analysis/majority';

type Sep = '/' | '-' | '.';

export default defineRule({
  id: 'date-format',
  meta: {
    category: 'date',
    scope: 'article',
    description: {
      vi: 'Ngày trong bài theo một cách viết: dấu phân cách của tòa soạn (17/7, 17-7, 17.7), không thêm số 0 (17/7/2017), năm đủ bốn chữ số.',
      en: 'Body dates in one form: the house separator (17/7, 17-7, 17.7), no leading zero (17/7/2017), four-digit years.',
    },
    rationale: {
      vi: 'QĐ 1989/QĐ-BGDĐT Điều 10: "mỗi bài viết và tài liệu phải sử dụng một cách viết thống nhất". Khi tòa soạn chưa chọn, cách viết chiếm đa số trong bài được giữ và các chỗ khác được sửa theo. Số 0 đứng trước chỉ bắt buộc ở dòng ngày tháng của văn bản hành chính (NĐ 30), không ở bài báo; trích dẫn văn bản của Đảng ("ngày 01-10-1997") được giữ nguyên. Năm hai chữ số được đọc là 20yy nếu không ở tương lai, nếu không là 19yy.',
      en: 'QĐ 1989/QĐ-BGDĐT Art. 10: "each article and document must use one consistent form". When the house has not chosen, the majority form of the article wins and the others are fixed to it. Leading zeros belong to the date line of administrative documents (NĐ 30), not to news text; Party document citations ("ngày 01-10-1997") are left alone. Two-digit years read as 20yy unless that is in the future, else 19yy.',
    },
    severity: 'warning',
    fixable: 'both',
    house: ['dateSeparator', 'datePadding'],
    sources: ['reference §2.1', 'reference §2.4 DATE-1, DATE-2, DATE-3'],
    messages: {
      separator: {
        vi: 'Ngày "{text}" dùng dấu "{sep}", khác cách viết {where} ("{expected}"). Hãy viết "{fixed}".',
        en: 'The date "{text}" uses "{sep}", unlike {where} ("{expected}"). Write "{fixed}".',
      },
      padding: { vi: 'Ngày "{text}" {how}. Hãy viết "{fixed}".', en: 'The date "{text}" {how}. Write "{fixed}".' },
      shortYear: { vi: 'Năm viết hai chữ số trong "{text}". Hãy viết "{fixed}".', en: 'Two-digit year in "{text}". Write "{fixed}".' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    perParagraph: ['separator', 'padding'],
    examples: {
      invalid: [
        {
          // Padded on one part only: a fault of its own, fixed towards no padding (DATE-3).
          text: 'Tiêu đề\n\nNgày ⟦03/3/2020⟧ và ngày 21/4 họp.',
          findings: ['padding'],
          output: 'Tiêu đề\n\nNgày 3/3/2020 và ngày 21/4 họp.',
        },
        {
          text: 'Tiêu đề\n\nSáng 17/7/2017 khai mạc, chiều ⟦18-7-2017⟧ bế mạc và ngày 19/7 tổng kết.',
          findings: ['separator'],
          output: 'Tiêu đề\n\nSáng 17/7/2017 khai mạc, chiều 18/7/2017 bế mạc và ngày 19/7 tổng kết.',
        },
        {
          text: 'Tiêu đề\n\nNgày ⟦17/07/2017⟧ hội nghị khai mạc.',
          config: { house: { datePadding: 'none' } },
          findings: ['padding'],
          output: 'Tiêu đề\n\nNgày 17/7/2017 hội nghị khai mạc.',
        },
        {
          text: 'Tiêu đề\n\nSáng ⟦8-12⟧, đoàn lên đường.',
          config: { house: { dateSeparator: '/' } },
          findings: ['separator'],
          output: 'Tiêu đề\n\nSáng 8/12, đoàn lên đường.',
        },
        {
          text: 'Tiêu đề\n\nNgày ⟦5/3/17⟧ đoàn lên đường.',
          findings: ['shortYear'],
          output: 'Tiêu đề\n\nNgày 5/3/2017 đoàn lên đường.',
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nSáng 8-12, đoàn đến; chiều 9-12 về.' },
        {
          text: 'Tiêu đề\n\nChỉ thị số 20-CT/TW ngày 18/01/2018 của Ban Bí thư; sáng 5/3 họp.',
          config: { house: { datePadding: 'none', dateSeparator: '/' } },
        },
        { text: 'Tiêu đề\n\n17/07/2017 - 07:39\n\nNgày 17/7/2017 khai mạc.', config: { house: { datePadding: 'none' } } },
        { text: 'Tiêu đề\n\n10/10 chi bộ trực thuộc đạt, tỷ số 2-0.', config: { house: { dateSeparator: '.' } } },
        { text: 'Tiêu đề\n\nNgày 6/2 giá giảm từ 3-5 triệu đồng, tăng từ 3-4 lần.' },
      ],
    },
  },
  check(context) {
    const { article, house, today } = context;
    const dates = findDates(article).filter((d) => d.sep !== 'words' && !d.citation);
    const sep = houseOrMajority<Sep>(
      house.dateSeparator,
      dates.map((d) => d.sep as Sep),
    );
    // A date padded on one part only ("03/3/2020") votes for neither and is a fault of its own.
    const pad = houseOrMajority<boolean>(
      house.datePadding === 'consistent' ? 'consistent' : house.datePadding === 'pad',
      dates.flatMap((d) => (padding(d) === null || padding(d) === 'half' ? [] : [padding(d) as boolean])),
    );
    for (const d of dates) {
      const text = article.text.slice(d.start, d.end);
      const p = padding(d);
      const sepWrong = sep !== undefined && d.sep !== sep.value;
      const padWrong = p !== null && (p === 'half' || (pad !== undefined && p !== pad.value));
      const padTo = pad?.value ?? false; // when nothing decides, body text does not pad (reference DATE-3)
      const shortYear = d.yearDigits === 2;
      if (!sepWrong && !padWrong && !shortYear) continue;
      const fixed = formatDate(d, sepWrong ? sep!.value : (d.sep as Sep), padWrong ? padTo : null, shortYear ? expandYear(d.year!, 2, today.year) : null);
      const messageId = sepWrong ? 'separator' : padWrong ? 'padding' : 'shortYear';
      const basis = sepWrong ? sep!.basis : padWrong && p !== 'half' ? pad!.basis : 'house';
      context.report({
        start: d.start,
        end: d.end,
        messageId,
        data: {
          text,
          fixed,
          sep: d.sep,
          expected: sep?.value ?? '',
          ...whereOf(basis),
          how: HOW[p === 'half' ? 'half' : padTo ? 'missing' : 'extra'],
        },
        ...certainUnlessTied({ value: 0, basis }, replaceFix(d, fixed)),
      });
    }
  },
});

/** What is wrong with a date's leading zeros (message data `{how}`). */
const HOW = {
  half: { vi: 'chỉ có số 0 ở một phần (ngày hoặc tháng)', en: 'pads only one of day and month' },
  missing: { vi: 'thiếu số 0 trước ngày, tháng dưới 10 (trong bài có số 0)', en: 'lacks the leading zero the article uses' },
  extra: { vi: 'có số 0 thừa trước ngày, tháng dưới 10 (trong bài không viết số 0)', en: 'has a leading zero the article does not use' },
};

/** Leading zeros of a date's parts below 10: all (true), none (false), only one of two ('half'), or no part below 10 (null). */
function padding(d: DateMention): boolean | 'half' | null {
  const parts = [d.dayText, d.monthText].filter((t) => Number(t) < 10);
  if (!parts.length) return null;
  const padded = parts.filter((t) => t.length === 2).length;
  return padded === 0 ? false : padded === parts.length ? true : 'half';
}

function formatDate(d: DateMention, sep: Sep, pad: boolean | null, year: number | null): string {
  const part = (text: string, n: number) => (pad === null ? text : pad ? String(n).padStart(2, '0') : String(n));
  const y = year !== null ? String(year) : d.year !== null ? String(d.year).padStart(d.yearDigits, '0') : null;
  return [part(d.dayText, d.day), part(d.monthText, d.month), ...(y !== null ? [y] : [])].join(sep);
}
