import { defineRule, replaceFix } from '../rule';
import { findYearRanges, YearRange } from '../analysis/dates';
import { certainUnlessTied, houseOrMajority, whereOf } from '../analysis/majority';

type Form = 'spaced' | 'unspaced';

function formOf(r: YearRange): Form | 'asymmetric' {
  if (r.spaceBefore.length > 0 !== r.spaceAfter.length > 0) return 'asymmetric';
  return r.spaceBefore ? 'spaced' : 'unspaced';
}

export default defineRule({
  id: 'year-range',
  meta: {
    category: 'date',
    scope: 'article',
    description: {
      vi: 'Khoảng năm theo cách của tòa soạn: "2016 - 2020" hoặc "2016-2020"; không viết lệch khoảng trắng hay dùng gạch dài.',
      en: 'Year ranges in the house form: "2016 - 2020" or "2016-2020"; never lopsided spacing or an em dash.',
    },
    rationale: {
      vi: 'Không có quy định về khoảng năm. Văn bản Nhà nước và Đảng dùng gạch nối có cách ("giai đoạn 2016 - 2020", NĐ 30 "20 - 25 mm"); báo thương mại phần lớn viết liền "2016-2020". Khoảng trắng lệch ("2016 -2020") và gạch dài luôn sai. Khi tòa soạn chưa chọn, cách viết chiếm đa số trong bài được giữ.',
      en: 'No regulation covers ranges. State and Party texts use a spaced hyphen ("giai đoạn 2016 - 2020", NĐ 30 "20 - 25 mm"); commercial outlets mostly write "2016-2020". Lopsided spacing ("2016 -2020") and an em dash are always wrong. When the house has not chosen, the article\'s majority form wins.',
    },
    severity: 'warning',
    fixable: 'both',
    house: ['rangeStyle'],
    sources: ['reference §2.5 RANGE-1'],
    messages: {
      style: { vi: 'Khoảng năm "{text}" khác cách viết {where} ("{expected}").', en: 'The year range "{text}" differs from {where} ("{expected}").' },
      asymmetric: {
        vi: 'Khoảng năm "{text}" có khoảng trắng lệch một bên. Hãy viết "{expected}".',
        en: 'The year range "{text}" is spaced on one side only. Write "{expected}".',
      },
      emDash: { vi: 'Khoảng năm "{text}" dùng gạch dài. Hãy viết "{expected}".', en: 'The year range "{text}" uses an em dash. Write "{expected}".' },
      enDash: {
        vi: 'Khoảng năm "{text}" dùng gạch ngang "–" thay cho gạch nối. Hãy viết "{expected}".',
        en: 'The year range "{text}" uses an en dash instead of a hyphen. Write "{expected}".',
      },
      fix: { vi: 'Viết "{expected}"', en: 'Write "{expected}"' },
    },
    perParagraph: ['style'],
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nGiai đoạn 2016 - 2020, 2021 - 2025 và nhiệm kỳ ⟦2015-2020⟧.',
          findings: ['style'],
          output: 'Tiêu đề\n\nGiai đoạn 2016 - 2020, 2021 - 2025 và nhiệm kỳ 2015 - 2020.',
        },
        { text: 'Tiêu đề\n\nGiai đoạn ⟦2016-2020⟧.', config: { profile: 'party-press' }, findings: ['style'], output: 'Tiêu đề\n\nGiai đoạn 2016 - 2020.' },
        { text: 'Tiêu đề\n\nGiai đoạn ⟦2016 -2020⟧.', findings: ['asymmetric'], output: 'Tiêu đề\n\nGiai đoạn 2016 - 2020.' },
        { text: 'Tiêu đề\n\nGiai đoạn ⟦2016—2020⟧.', config: { profile: 'commercial' }, findings: ['emDash'], output: 'Tiêu đề\n\nGiai đoạn 2016-2020.' },
        { text: 'Tiêu đề\n\nGiai đoạn ⟦2016 – 2020⟧.', config: { profile: 'party-press' }, findings: ['enDash'], output: 'Tiêu đề\n\nGiai đoạn 2016 - 2020.' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nGiai đoạn 2016 - 2020, nhiệm kỳ 2015 - 2020.' },
        { text: 'Tiêu đề\n\nGiai đoạn 2016-2020, nhiệm kỳ 2015-2020.', config: { profile: 'commercial' } },
        { text: 'Tiêu đề\n\nTừ 15/10/2017 - 20/11/2017; số 2020-2016 không phải khoảng.' },
      ],
    },
  },
  check(context) {
    const { article, house } = context;
    const ranges = findYearRanges(article);
    const symmetric = ranges.filter((r) => r.dash === '-' && formOf(r) !== 'asymmetric').map((r) => formOf(r) as Form);
    const target = houseOrMajority<Form>(house.rangeStyle, symmetric);
    for (const r of ranges) {
      const form = formOf(r);
      const want: Form = target?.value ?? (form === 'unspaced' ? 'unspaced' : 'spaced');
      const expectedDash = want === 'spaced' ? ' - ' : '-';
      const expected = `${r.from}${expectedDash}${r.to}`;
      const text = article.text.slice(r.start, r.end);
      let messageId: string | null = null;
      if (r.dash === '—') messageId = 'emDash';
      else if (form === 'asymmetric') messageId = 'asymmetric';
      else if (r.dash === '–' && house.rangeStyle !== 'consistent') messageId = 'enDash';
      else if (form !== want && (r.dash === '-' || house.rangeStyle !== 'consistent')) messageId = 'style';
      if (!messageId || text === expected) continue;
      context.report({
        start: r.start,
        end: r.end,
        messageId,
        data: { text, expected, ...whereOf(target?.basis ?? 'majority') },
        ...certainUnlessTied(
          messageId === 'style' && target ? target : { value: want, basis: 'house' },
          replaceFix({ start: r.dashStart - r.spaceBefore.length, end: r.dashEnd + r.spaceAfter.length }, expectedDash, {
            messageId: 'fix',
            data: { expected },
          }),
        ),
      });
    }
  },
});
