/**
 * Dates, times and year ranges in the body of an article, read with their context:
 * "10/10 chi bộ" is a count, "2-0" a score, "Số 02/2017/NQ-HĐND" a document number,
 * "trong 24h" a duration. A d/m without a year is a date only after a word that
 * introduces one (ngày, sáng, hôm, từ, đến, a weekday…) — reference DATE-6.
 * The dateline is not read here (it belongs to `dateline-format`).
 */
import type { Article } from '../article';
import { isYearPair, numberRanges } from './number-ranges';

export type DateSeparator = '/' | '-' | '.';

export interface DateMention {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  yearDigits: 0 | 2 | 4;
  sep: DateSeparator | 'words';
  /** Day or month written with a leading zero ("07/7"); null when neither is below 10. */
  padded: boolean | null;
  /** Part of a document citation ("Chỉ thị số 20-CT/TW ngày 18/01/2018"): Party style, left alone. */
  citation: boolean;
  dayText: string;
  monthText: string;
}

export type TimeStyle = 'h' | 'gio' | 'colon';

export interface TimeMention {
  start: number;
  end: number;
  hour: number;
  minute: number | null;
  /** The house styles, or a form no house uses (7g39, 7h39', 7:39 PM). */
  style: TimeStyle | 'nonstandard';
  /** "phút" was written after the minutes. */
  withPhut: boolean;
  /** Introduced as a clock time beyond doubt ("lúc 7h", "7h sáng"): only then is 25h impossible rather than a duration. */
  strong: boolean;
}

export interface YearRange {
  start: number;
  end: number;
  from: number;
  to: number;
  /** The dash and the spaces around it. */
  dashStart: number;
  dashEnd: number;
  dash: string;
  spaceBefore: string;
  spaceAfter: string;
}

const NUMERIC_DATE = /(?<![\p{L}\p{N}./,:-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\p{N}\p{L}]|[/.-]\p{N}|,\d)/gu;
const WRITTEN_DATE = /(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?![\p{N}])/giu;
/** Words after which d/m is a date (reference DATE-6). */
const DATE_CONTEXT =
  /(?:^|[\s(])(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|khuya|rạng sáng|dịp|mùng|lễ|Tết|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|CN|T[2-7]|hôm nay\s*\(|hôm qua\s*\(|sáng nay\s*\(|chiều nay\s*\(|tối nay\s*\(|tối qua\s*\(|đêm qua\s*\()\s*,?\s*(?:ngày\s+|mùng\s+)?$/iu;
/** Words after which d/m may be a date or a range of counts ("từ 3-5 triệu"): then the numbers and what follows decide. */
const WEAK_CONTEXT = /(?:^|[\s(])(?:từ|đến|tới|hết|vào|trước|sau)\s+$/iu;
/** A count after the numbers means a range of counts, not a date: "từ 15-30 giây", "3-5 triệu". */
const COUNT_AFTER =
  /^\s*(?:%|giây|phút|giờ|tiếng|ngày|tuần|tháng|năm|tuổi|triệu|tỷ|tỉ|nghìn|ngàn|trăm|chục|lần|người|con|cái|chiếc|km|m|cm|mm|kg|g|tấn|ha|điểm|bàn|trận|độ|USD|đồng|bảng|euro|học sinh|em|cháu|xã|tỉnh|huyện|hộ|căn|suất|vòng|cm2|m2|m3)(?![\p{L}])/iu;
const DATE_CHAIN = /^\s*(?:-|–|đến|tới|và|,)\s*$/u;
const CITATION = /(?:\bsố\s+\d|\d+[/-]\p{Lu}|\p{Lu}+\/\p{Lu}+)[^.;!?]{0,60}ngày\s+$/u;

export function findDates(article: Article): DateMention[] {
  return article.analysis('dates', () => {
    const out: DateMention[] = [];
    for (const block of article.blocks) {
      if (block.kind === 'residue' || block.kind === 'dateline' || block.kind === 'byline') continue;
      const text = article.mask.slice(block.start, block.end);
      const found: DateMention[] = [];
      for (const m of text.matchAll(NUMERIC_DATE)) {
        const at = m.index!;
        const [whole, d, sep, mo, y] = m;
        const before = text.slice(Math.max(0, at - 40), at);
        const previous = found[found.length - 1];
        const chained = previous !== undefined && DATE_CHAIN.test(text.slice(previous.end - block.start, at));
        const day = Number(d);
        const month = Number(mo);
        const after = text.slice(at + whole.length, at + whole.length + 16);
        const strong = (y !== undefined && y.length === 4) || DATE_CONTEXT.test(before);
        const weak =
          (WEAK_CONTEXT.test(before) || chained) &&
          y === undefined &&
          month >= 1 &&
          month <= 12 &&
          day >= 1 &&
          day <= 31 &&
          !COUNT_AFTER.test(after) &&
          sep !== '.';
        if (!strong && !weak) continue;
        if (y === undefined && isDayRange(day, month, sep, after, before)) continue;
        found.push({
          start: block.start + at,
          end: block.start + at + whole.length,
          day,
          month,
          year: y !== undefined ? Number(y) : null,
          yearDigits: y === undefined ? 0 : y.length === 4 ? 4 : 2,
          sep: sep as DateSeparator,
          padded: paddingOf(d, mo),
          citation: CITATION.test(text.slice(Math.max(0, at - 80), at)),
          dayText: d,
          monthText: mo,
        });
      }
      for (const m of text.matchAll(WRITTEN_DATE)) {
        const at = m.index!;
        found.push({
          start: block.start + at,
          end: block.start + at + m[0].length,
          day: Number(m[1]),
          month: Number(m[2]),
          year: m[3] !== undefined ? Number(m[3]) : null,
          yearDigits: m[3] !== undefined ? 4 : 0,
          sep: 'words',
          padded: paddingOf(m[1], m[2]),
          citation: false,
          dayText: m[1],
          monthText: m[2],
        });
      }
      found.sort((a, b) => a.start - b.start);
      for (const d of found) out.push(d); // (spreading 140,000 arguments throws RangeError)
    }
    return out;
  });
}

/** After a d-m pair: hours ("chiều 15-16 giờ") or a month ("ngày 20-21 tháng 5") make it a range, not a date. */
const RANGE_AFTER = /^\s*(?:giờ|h(?![\p{L}])|giây|phút|tiếng|%|tháng\s+\d)/u;

/** "ngày 20-21", "từ ngày 22-24", "chiều 15-16 giờ": a range of days or hours, never an impossible date. */
function isDayRange(day: number, month: number, sep: string, after: string, before: string): boolean {
  if (RANGE_AFTER.test(after)) return true;
  // "từ ngày 5-10" with no end after it: the days 5 to 10 of a month named elsewhere.
  if (sep === '-' && day < month && /(?:^|\s)từ\s+(?:ngày\s+)?$/u.test(before) && !/^\s*(?:đến|tới|-|–)/u.test(after)) return true;
  return sep === '-' && month > 12 && month <= 31 && day < month;
}

function paddingOf(d: string, m: string): boolean | null {
  const dayInfo = Number(d) < 10 ? d.length === 2 : null;
  const monthInfo = Number(m) < 10 ? m.length === 2 : null;
  if (dayInfo === null) return monthInfo;
  if (monthInfo === null) return dayInfo;
  return dayInfo || monthInfo;
}

export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(day: number, month: number, year: number | null): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

// ---------------------------------------------------------------- times

const TIME_H = /(?<![\p{L}\p{N},./:])(\d{1,2})h(\d{2})?('|’)?(?![\p{L}\p{N}])/gu;
const TIME_G = /(?<![\p{L}\p{N},./:])(\d{1,2})g(\d{2})(?![\p{L}\p{N}])/gu;
const TIME_GIO = /(?<![\p{L}\p{N},./:])(\d{1,2})\s+giờ(?:\s+(\d{1,2})(\s+phút)?)?(?![\p{L}\p{N}])/gu;
const TIME_COLON = /(?<![\p{L}\p{N},./:-])(\d{1,2}):(\d{2})(?:\s*(AM|PM|am|pm|SA|CH))?(?![\p{N}:])/gu;
const DIGIT = /\d/;
const AM_PM = /[AaPp]\.?[Mm]/;
const TIME_AMPM = /(?<![\p{L}\p{N},./:])(\d{1,2})\s*(AM|PM|am|pm|a\.m\.|p\.m\.)(?![\p{L}])/gu;

const STRONG_TIME_BEFORE = /(?:^|[\s(])(?:lúc|vào lúc|đúng|hồi)\s+$/iu;
const TIME_BEFORE = /(?:^|[\s(])(?:lúc|vào|vào lúc|đúng|hồi|từ|đến|tới|khoảng|chừng|tầm|trước|sau|qua|giữa)\s+$/iu;
const DURATION_BEFORE = /(?:^|[\s(])(?:trong|mất|suốt|hơn|gần|kéo dài|cả|mỗi|những|các|vài|sau hơn|trong vòng|vòng|chỉ|thêm|được|là)\s+$/iu;
const TIME_AFTER = /^\s*(?:sáng|trưa|chiều|tối|đêm|khuya|rạng sáng|ngày|hôm|cùng ngày|hằng ngày|hàng ngày|\(|,\s*ngày|\d{1,2}[/-]\d{1,2})/iu;
const DURATION_AFTER = /^\s*(?:qua|liên tục|đồng hồ|tiếng|trước đó|sau đó|làm việc|mỗi|trở lên|trở xuống|một|\/)/iu;

export function findTimes(article: Article): TimeMention[] {
  return article.analysis('times', () => {
    const out: TimeMention[] = [];
    for (const block of article.blocks) {
      if (block.kind === 'residue' || block.kind === 'dateline' || block.kind === 'byline') continue;
      const text = article.mask.slice(block.start, block.end);
      if (!DIGIT.test(text)) continue; // every form of time has a digit
      let strongHere = false;
      const push = (at: number, len: number, hour: number, minute: number | null, style: TimeMention['style'], withPhut = false) => {
        if (hour > 24 && !strongHere) return; // "48h", "40 giờ": a duration
        out.push({ start: block.start + at, end: block.start + at + len, hour, minute, style, withPhut, strong: strongHere });
      };
      const ctx = (at: number, len: number) => {
        const before = text.slice(Math.max(0, at - 25), at);
        const after = text.slice(at + len, at + len + 25);
        strongHere = STRONG_TIME_BEFORE.test(before) || TIME_AFTER.test(after);
        return { time: TIME_BEFORE.test(before) || TIME_AFTER.test(after), duration: DURATION_BEFORE.test(before) || DURATION_AFTER.test(after) };
      };
      for (const m of text.matchAll(TIME_H)) {
        const at = m.index!;
        const c = ctx(at, m[0].length);
        if (c.duration && !c.time) continue;
        if (m[2] === undefined && !c.time) continue; // "24h" alone may be a duration or a site name
        push(at, m[0].length, Number(m[1]), m[2] !== undefined ? Number(m[2]) : null, m[3] ? 'nonstandard' : 'h');
      }
      if (text.includes('g'))
        for (const m of text.matchAll(TIME_G)) {
          const c = ctx(m.index!, m[0].length);
          if (c.duration && !c.time) continue;
          push(m.index!, m[0].length, Number(m[1]), Number(m[2]), 'nonstandard');
        }
      if (text.includes('giờ'))
        for (const m of text.matchAll(TIME_GIO)) {
          const c = ctx(m.index!, m[0].length);
          if (!c.time || c.duration) continue;
          push(m.index!, m[0].length, Number(m[1]), m[2] !== undefined ? Number(m[2]) : null, 'gio', !!m[3]);
        }
      if (text.includes(':'))
        for (const m of text.matchAll(TIME_COLON)) {
          const c = ctx(m.index!, m[0].length);
          const padded = m[1].length === 2 && Number(m[1]) < 10;
          if (m[3]) push(m.index!, m[0].length, Number(m[1]) + (/PM|pm|CH/.test(m[3]) && Number(m[1]) < 12 ? 12 : 0), Number(m[2]), 'nonstandard');
          else if (
            (c.time || padded) &&
            !c.duration &&
            !/(?:tỷ số|tỉ số|tỷ lệ|tỉ lệ|thắng|thua|hòa|hoà)\s+$/iu.test(text.slice(Math.max(0, m.index! - 12), m.index!))
          )
            push(m.index!, m[0].length, Number(m[1]), Number(m[2]), 'colon');
        }
      if (AM_PM.test(text))
        for (const m of text.matchAll(TIME_AMPM)) {
          ctx(m.index!, m[0].length);
          if (out.some((t) => t.start <= block.start + m.index! && t.end > block.start + m.index!)) continue;
          push(m.index!, m[0].length, Number(m[1]) + (/p/i.test(m[2]) && Number(m[1]) < 12 ? 12 : 0), null, 'nonstandard');
        }
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  });
}

/** Write a time in a house style. */
export function formatTime(t: { hour: number; minute: number | null; withPhut?: boolean }, style: TimeStyle): string {
  const mm = t.minute === null ? null : String(t.minute).padStart(2, '0');
  switch (style) {
    case 'h':
      return `${t.hour}h${mm ?? ''}`;
    case 'gio':
      return mm === null ? `${t.hour} giờ` : `${t.hour} giờ ${mm}${t.withPhut ? ' phút' : ''}`;
    case 'colon':
      return `${String(t.hour).padStart(2, '0')}:${mm ?? '00'}`;
  }
}

// ---------------------------------------------------------------- year ranges

export function findYearRanges(article: Article): YearRange[] {
  return article.analysis('yearRanges', () => {
    const out: YearRange[] = [];
    for (const block of article.blocks) {
      if (block.kind === 'residue' || block.kind === 'dateline' || block.kind === 'byline') continue;
      const text = article.mask.slice(block.start, block.end);
      for (const r of numberRanges(text, block.start)) {
        const from = Number(r.from);
        const to = Number(r.to);
        if (!isYearPair(r) || to <= from || to - from > 100) continue;
        const dashStart = r.start + 4 + r.spaceBefore.length;
        out.push({
          start: r.start,
          end: r.end,
          from,
          to,
          dashStart,
          dashEnd: dashStart + 1,
          dash: r.dash,
          spaceBefore: r.spaceBefore,
          spaceAfter: r.spaceAfter,
        });
      }
    }
    return out;
  });
}
