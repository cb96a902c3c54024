/**
 * The helpers rules share: the number-range scanner (dash, year ranges) and the range-replace fix.
 */
import * as assert from 'node:assert/strict';
import { isYearPair, numberRanges } from '../../src/core/analysis/number-ranges';
import { replaceFix } from '../../src/core/rule';
import { findYearRanges } from '../../src/core/analysis/dates';
import { Article } from '../../src/core/article';

const ranges = (text: string, offset = 0) =>
  [...numberRanges(text, offset)].map((r) => [text.slice(r.start - offset, r.end - offset), r.from, r.spaceBefore, r.dash, r.spaceAfter, r.to, r.start]);

describe('number ranges', () => {
  it('reads both numbers, the dash and the spaces around it, at article offsets', () => {
    assert.deepEqual(ranges('Mất 7-8 năm, dày 20 - 25 mm, giá 1,5 –2 triệu; 2016—2020.', 100), [
      ['7-8', '7', '', '-', '', '8', 104],
      ['20 - 25', '20', ' ', '-', ' ', '25', 117],
      ['1,5 –2', '1,5', ' ', '–', '', '2', 133],
      ['2016—2020', '2016', '', '—', '', '2020', 147],
    ]);
  });

  it('passes over a range that continues a figure, a date, a time or a chain (whole: no range inside it)', () => {
    assert.deepEqual(ranges('ngày 15/10-20/10, lúc 10:30-11, bản 2.1.2-3, chuỗi 1-2-3–4, 5-6/7'), [['1-2', '1', '', '-', '', '2', 51]]);
  });

  it('leaves a letter before to the rule: "A4-5" is a range here', () => {
    assert.deepEqual(ranges('khổ A4-5'), [['4-5', '4', '', '-', '', '5', 5]]);
  });

  it('a pair of years (1900–2099) is a year pair', () => {
    assert.deepEqual([...numberRanges('2016-2020, 1899-1900, 2016-20')].map(isYearPair), [true, false, false]);
  });

  it('year ranges are the year pairs in order, the second after the first and at most 100 years on', () => {
    const article = new Article('Tiêu đề\n\nGiai đoạn 2016 - 2020, 2020-2016, 1900-2010 và 2021–2025.', 'text');
    assert.deepEqual(
      findYearRanges(article).map((r) => [article.text.slice(r.start, r.end), r.from, r.to, article.text.slice(r.dashStart, r.dashEnd)]),
      [
        ['2016 - 2020', 2016, 2020, '-'],
        ['2021–2025', 2021, 2025, '–'],
      ],
    );
  });
});

describe('range-replace fix', () => {
  it('replaces the range, titled by "fix" with the replacement as {fixed} unless another title is given', () => {
    assert.deepEqual(replaceFix({ start: 3, end: 7 }, 'hòa'), { messageId: 'fix', data: { fixed: 'hòa' }, edits: [{ start: 3, end: 7, text: 'hòa' }] });
    assert.deepEqual(replaceFix({ start: 3, end: 4 }, '', { messageId: 'remove' }), { messageId: 'remove', edits: [{ start: 3, end: 4, text: '' }] });
  });
});
