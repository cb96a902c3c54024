/**
 * The dateline: the publication timestamp under the title ("17/07/2017 - 07:39",
 * "Thứ Hai, 17/7/2017, 07:39 (GMT+7)", "Chủ nhật, ngày 08 tháng 12 năm 2024 / 16:02 (GMT +7)")
 * or the front matter `date` ("2017-07-17T07:39").
 */
import type { Span } from '../types';

export interface Dateline extends Span {
  fromFrontMatter: boolean;
  weekday: string | null;
  day: number;
  month: number;
  /** As written: 2 or 4 digits. */
  year: number;
  yearDigits: 2 | 4;
  date: Span;
  hour: number | null;
  minute: number | null;
  time: Span | null;
}

const RE = new RegExp(
  [
    '^',
    '(?:(?<weekday>[Tt]hứ\\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\\s+[Nn]hật|CN|T[2-7])\\s*[,-]?\\s*)?',
    '(?:[Nn]gày\\s+)?',
    '(?<date>(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})',
    '|(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2})(?:\\s*,\\s*|\\s+năm\\s+)(?<y2>\\d{4})',
    '|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))',
    '(?:(?:\\s*[-|,/–]\\s*|\\s+lúc\\s+|\\s+|T)',
    '(?<time>(?<H>\\d{1,2})(?::|h|\\s*giờ\\s*)(?<M>\\d{2})(?:\\s*phút)?(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*(?:AM|PM|SA|CH|am|pm))?))?',
    '(?:\\s*(?:\\(?\\s*(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\s*\\)?|Z|[+-]\\d{2}:?\\d{2}))?',
    '\\s*$',
  ].join(''),
  'd',
);

export function parseDateline(text: string, from: number, to: number, fromFrontMatter: boolean): Dateline | null {
  // Markup around it (Markdown emphasis) is blank in the mask: read the text inside.
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const s = text.slice(start, end);
  if (s.length > 80) return null;
  const m = RE.exec(s) as (RegExpExecArray & { indices: Array<[number, number]> & { groups: Record<string, [number, number] | undefined> } }) | null;
  if (!m || !m.groups) return null;
  const g = m.groups;
  const gi = m.indices.groups;
  const day = Number(g.d ?? g.d2 ?? g.id);
  const month = Number(g.m ?? g.m2 ?? g.im);
  const yearText = g.y ?? g.y2 ?? g.iy;
  let hour = g.H !== undefined ? Number(g.H) : null;
  if (hour !== null && /PM|CH|pm/.test(g.time ?? '') && hour < 12) hour += 12;
  const dateIdx = gi.date!;
  const timeIdx = gi.time;
  return {
    start,
    end,
    fromFrontMatter,
    weekday: g.weekday ?? null,
    day,
    month,
    year: Number(yearText),
    yearDigits: yearText.length === 2 ? 2 : 4,
    date: { start: start + dateIdx[0], end: start + dateIdx[1] },
    hour,
    minute: g.M !== undefined ? Number(g.M) : null,
    time: timeIdx ? { start: start + timeIdx[0], end: start + timeIdx[1] } : null,
  };
}

/** A two-digit year as 20yy when that is not in the future, else 19yy. */
export function expandYear(year: number, digits: 2 | 4, currentYear: number): number {
  if (digits === 4) return year;
  return 2000 + year <= currentYear ? 2000 + year : 1900 + year;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export function weekdayOf(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/**
 * Format a dateline by a house pattern. Tokens: EEEE (weekday), dd d MM M yyyy yy HH H mm;
 * anything else is literal. Returns null when the pattern needs a part the dateline lacks.
 */
export function formatDateline(pattern: string, d: { day: number; month: number; year: number; hour: number | null; minute: number | null }): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  let missing = false;
  const out = pattern.replace(/EEEE|dd|d|MM|M|yyyy|yy|HH|H|mm/g, (tok) => {
    switch (tok) {
      case 'EEEE':
        return weekdayOf(d.year, d.month, d.day);
      case 'dd':
        return pad(d.day);
      case 'd':
        return String(d.day);
      case 'MM':
        return pad(d.month);
      case 'M':
        return String(d.month);
      case 'yyyy':
        return String(d.year);
      case 'yy':
        return pad(d.year % 100);
    }
    if (d.hour === null || d.minute === null) {
      missing = true;
      return '';
    }
    if (tok === 'HH') return pad(d.hour);
    if (tok === 'H') return String(d.hour);
    return pad(d.minute);
  });
  return missing ? null : out;
}
