import { defineRule, replaceFix, RuleContext } from '../rule';
import { certainUnlessTied, houseOrMajority, whereOf, Target as FormTarget } from '../analysis/majority';
import { isWordUnit } from '../text/chars';
import { isYearPair, numberRanges } from '../analysis/number-ranges';

/** A count or a unit after a number range: "7-8 năm", "20 - 25 mm" (not a score, not a date). */
const UNIT =
  /^\s*(?:%|giây|phút|giờ|tiếng|ngày|tuần|tháng|năm|tuổi|triệu|tỷ|tỉ|nghìn|ngàn|trăm|lần|người|km|m|cm|mm|kg|g|tấn|ha|độ|°C|USD|đồng|ly|lít|mét|hộ|căn|xã|tỉnh|học sinh|cây|con|chiếc)(?![\p{L}])/u;
const SCORE_BEFORE = /(?:thắng|thua|hòa|hoà|tỷ số|tỉ số|cách biệt|dẫn)\s+$/u;
const CLAUSE = / -(?=\p{L})|- (?=\p{L})/gu;

type Form = 'spaced' | 'unspaced';
interface Target {
  dash: string;
  form: Form;
}

export default defineRule({
  id: 'dash',
  meta: {
    category: 'typography',
    scope: 'article',
    description: {
      vi: 'Gạch nối trong khoảng số theo cách của tòa soạn ("7 - 8 năm" hay "7-8 năm"), không dùng gạch dài; "TTO - Sáng nay" có cách; gạch nối không lệch khoảng trắng một bên.',
      en: 'Number-range hyphens in the house form ("7 - 8 năm" or "7-8 năm"), never an em dash; "TTO - Sáng nay" spaced; no hyphen spaced on one side only.',
    },
    rationale: {
      vi: 'Văn bản Nhà nước dùng gạch nối có cách ("20 - 25 mm", "kinh tế - xã hội", "Độc lập - Tự do - Hạnh phúc"); báo thương mại thường viết liền ("7-8 năm"). Gạch dài gần như không dùng trong báo chí tiếng Việt; gạch ngắn (–) thỉnh thoảng có. Theo tài liệu tham chiếu (RANGE-1): dùng dạng của tòa soạn (house.rangeStyle) và báo việc trộn lẫn; khi tòa soạn chưa chọn, dạng chiếm đa số trong bài (kể cả gạch ngắn) được giữ; khoảng trắng một bên và gạch dài luôn bị báo. Chỉ xét khoảng số có đơn vị hoặc danh từ đếm theo sau (không phải tỷ số "2-0" hay ngày "8-12"); khoảng năm thuộc year-range; dòng thời gian thuộc dateline-format.',
      en: 'State texts use a spaced hyphen ("20 - 25 mm", "kinh tế - xã hội", "Độc lập - Tự do - Hạnh phúc"); commercial outlets write "7-8 năm". The em dash is almost absent from Vietnamese news; the en dash (–) occurs now and then. Per the reference (RANGE-1): the house form (house.rangeStyle) and no mixing; without a house form the article\'s majority form (en dash included) wins; spacing on one side only and the em dash are always reported. Only number ranges followed by a unit or counted noun are read (not scores "2-0" nor dates "8-12"); year ranges are year-range\'s; the dateline is dateline-format\'s.',
    },
    severity: 'warning',
    fixable: 'both',
    house: ['rangeStyle'],
    sources: ['reference §2.5', 'reference §5 PUNC-6, PUNC-7'],
    messages: {
      emDash: { vi: 'Khoảng số "{text}" dùng gạch dài. Hãy viết "{fixed}".', en: 'The range "{text}" uses an em dash. Write "{fixed}".' },
      rangeStyle: { vi: 'Khoảng số "{text}" khác cách viết {where}. Hãy viết "{fixed}".', en: 'The range "{text}" differs from {where}. Write "{fixed}".' },
      asymmetric: { vi: 'Gạch nối có khoảng trắng một bên: "{text}".', en: 'Hyphen spaced on one side only: "{text}".' },
      leadTag: { vi: 'Thiếu khoảng trắng quanh gạch nối sau "{tag}". Hãy viết "{fixed}".', en: 'No spaces around the hyphen after "{tag}". Write "{fixed}".' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    perParagraph: ['rangeStyle'],
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nMất ⟦7—8⟧ năm để xây dựng.', findings: ['emDash'], output: 'Tiêu đề\n\nMất 7-8 năm để xây dựng.' },
        {
          text: 'Tiêu đề\n\nMất ⟦7-8⟧ năm và dày 20 - 25 mm, cao 2 - 3 m.',
          findings: ['rangeStyle'],
          output: 'Tiêu đề\n\nMất 7 - 8 năm và dày 20 - 25 mm, cao 2 - 3 m.',
        },
        { text: 'Tiêu đề\n\nDày ⟦20 - 25⟧ mm.', config: { profile: 'commercial' }, findings: ['rangeStyle'], output: 'Tiêu đề\n\nDày 20-25 mm.' },
        {
          text: 'Tiêu đề\n\nGiá từ 90 – 120 nghìn đồng, cao ⟦2-3⟧ m, nặng 5 – 6 kg.',
          findings: ['rangeStyle'],
          output: 'Tiêu đề\n\nGiá từ 90 – 120 nghìn đồng, cao 2 – 3 m, nặng 5 – 6 kg.',
        },
        {
          text: 'Tiêu đề\n\nGiá từ ⟦90 – 120⟧ nghìn đồng.',
          config: { house: { rangeStyle: 'spaced' } },
          findings: ['rangeStyle'],
          output: 'Tiêu đề\n\nGiá từ 90 - 120 nghìn đồng.',
        },
        {
          text: 'Tiêu đề\n\n⟦TTO-⟧Sáng nay, tuyến Hà Nội⟦ -⟧Hải Phòng thông xe.',
          findings: ['leadTag', 'asymmetric'],
          output: 'Tiêu đề\n\nTTO - Sáng nay, tuyến Hà Nội -Hải Phòng thông xe.',
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\n17/07/2017 - 07:39\n\nPhát triển kinh tế - xã hội, đội thắng 2-0 ngày 8-12, giai đoạn 2016 - 2020, F-35, Vla-đi-mia.' },
        { text: 'Tiêu đề\n\nTTO - Sáng nay, mất 7-8 năm, cao 2-3 m.', config: { profile: 'commercial' } },
        // En dashes throughout: consistent, so nothing to say without a house form.
        { text: 'Tiêu đề\n\nGiá từ 90 – 120 nghìn đồng, cao 2 – 3 m.' },
        { text: 'Tiêu đề\n\nĐội nhà thắng 2-0 ngày 8/12 và 3-1 hôm qua.', config: { profile: 'party-press' } },
        // Names with hyphens and a table's negative values are not ranges nor lead tags.
        { text: 'VN-Index giảm điểm\n\nVN-Index đóng cửa ở 1.050,25 điểm; AV-TEST và ITAR-TASS đưa tin về Covid-19.' },
        { text: 'Tiêu đề\n\nAV-TEST công bố kết quả kiểm tra phần mềm.' },
        { text: 'Tiêu đề\n\nChỉ số: VN-Index 1.050,25 -8,5 -0,81%; HNX-Index 105,30 +0,52 +0,5%.' },
      ],
    },
  },
  check(context) {
    const { article, house } = context;
    const ranges: Range[] = [];
    for (const block of article.blocks) {
      if (block.kind === 'residue' || block.kind === 'dateline') continue;
      const text = article.mask.slice(block.start, block.end);
      if (/\d\s*[-–—]/.test(text)) rangesOf(text, block.start, ranges);
      if (text.includes(' -') || text.includes('- ')) clauseDashes(context, text, block.start);
    }
    leadTag(context);
    // The house form (a hyphen, spaced or not), or else the article's majority form, en dash included.
    const key = (r: Range) => `${r.dash}${r.form}`;
    const chosen = houseOrMajority(
      house.rangeStyle !== 'consistent' ? `-${house.rangeStyle}` : 'consistent',
      ranges.filter((r) => r.dash !== '—' && r.form !== 'asymmetric').map(key),
    );
    const target: FormTarget<Target> | undefined = chosen && { value: { dash: chosen.value[0], form: chosen.value.slice(1) as Form }, basis: chosen.basis };
    for (const r of ranges) reportRange(context, r, target);
  },
});

interface Range {
  start: number;
  end: number;
  a: string;
  b: string;
  dash: string;
  form: Form | 'asymmetric';
}

/** Number ranges followed by a unit ("15-20 ngày"), not year ranges nor scores. */
function rangesOf(text: string, offset: number, out: Range[]): void {
  for (const r of numberRanges(text, offset)) {
    const at = r.start - offset;
    const length = r.end - r.start;
    if (/\p{L}/u.test(text[at - 1] ?? '') || isYearPair(r)) continue; // glued to a word ("A4-5"); a year range is year-range's
    if (!UNIT.test(text.slice(at + length, at + length + 12))) continue;
    if (SCORE_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue; // a score: thắng 2-0 ngày 8/12
    if (r.spaceBefore && !r.spaceAfter && isSignedColumn(text, at, length)) continue; // "1.050,25 -8,5 -0,81%": a table's negative values
    const form = !!r.spaceBefore !== !!r.spaceAfter ? 'asymmetric' : r.spaceBefore ? 'spaced' : 'unspaced';
    out.push({ start: r.start, end: r.end, a: r.from, b: r.to, dash: r.dash, form });
  }
}

/** Signed numbers in a row of figures (a table flattened into text): another figure or a sign right beside the pair. */
function isSignedColumn(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 16), at);
  const after = text.slice(at + length, at + length + 16);
  return /[\d%]\s+$/.test(before) || /^%?\s+[-+−]?\d/.test(after) || /(?:^|\s)[+−]\d/.test(before + ' ' + after);
}

/** "HÀ NỘI-Sáng nay": the lead's outlet or place tag, glued to the first word. */
function leadTag(context: RuleContext): void {
  const span = context.article.leadTag;
  if (!span) return;
  const text = context.article.text.slice(span.start, span.end);
  if (/\s/.test(text)) return;
  const tag = text.slice(0, -1);
  context.report({
    start: span.start,
    end: span.end,
    messageId: 'leadTag',
    data: { tag, fixed: `${tag} -` },
    fix: replaceFix({ start: span.end - 1, end: span.end }, ' - ', { messageId: 'fix', data: { fixed: `${tag} -` } }),
  });
}

/** A dash between words with a space on one side only ("Thạch Hà- Hà Tĩnh"). */
function clauseDashes(context: RuleContext, text: string, offset: number): void {
  for (const m of text.matchAll(CLAUSE)) {
    if (m.index! === 0 || !isWordUnit(text.charCodeAt(m.index! - 1))) continue;
    const s = offset + m.index!;
    const spaced = replaceFix({ start: s, end: s + 2 }, ' - ');
    const joined = replaceFix({ start: s, end: s + 2 }, '-'); // "vắc- xin", "check- in"
    context.report({ start: s, end: s + 2, messageId: 'asymmetric', data: { text: m[0] }, suggestions: [spaced, joined] });
  }
}

function reportRange(context: RuleContext, r: Range, target: FormTarget<Target> | undefined): void {
  const want: Target = target?.value ?? { dash: '-', form: r.form === 'spaced' ? 'spaced' : 'unspaced' };
  const fixed = want.form === 'spaced' ? `${r.a} ${want.dash} ${r.b}` : `${r.a}${want.dash}${r.b}`;
  const text = context.article.text.slice(r.start, r.end);
  if (text === fixed) return;
  const fix = replaceFix(r, fixed);
  context.report({
    start: r.start,
    end: r.end,
    messageId: r.dash === '—' ? 'emDash' : 'rangeStyle',
    data: { text, fixed, ...whereOf(target?.basis ?? 'majority') },
    ...(r.dash === '—' || r.form === 'asymmetric' || !target ? { fix } : certainUnlessTied(target, fix)),
  });
}
