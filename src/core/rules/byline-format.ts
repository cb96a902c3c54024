import { defineRule, replaceFix } from '../rule';
import { HIDDEN_CHAR } from '../analysis/hidden';
import { isValidSyllable } from '../text/syllable';
import { titleCase } from '../text/vietnamese';

/** Where a source credit begins: "Theo", "Nguồn", a bracket (glued to the name or not). */
const CREDIT = /(?<=\p{Ll}|\s|^)(?:Theo|theo|Nguồn|nguồn)\s|\s*\(/u;

export default defineRule({
  id: 'byline-format',
  meta: {
    category: 'byline',
    scope: 'article',
    description: {
      vi: 'Dòng tác giả không có dấu chấm cuối và viết hoa theo cách của tòa soạn.',
      en: 'The author line has no final period and follows the house capitalisation.',
    },
    rationale: {
      vi: 'Dòng tác giả là tên, không phải câu: không có dấu chấm cuối. Tòa soạn chọn viết hoa chữ đầu ("Quốc Hùng") hay viết hoa toàn bộ ("CÔNG TRUNG", kiểu Tuổi Trẻ) bằng house.bylineCase; viết tắt trong dòng tác giả (TTXVN, PV) được giữ nguyên.',
      en: 'The author line is a name, not a sentence: no final period. The house chooses title case ("Quốc Hùng") or capitals ("CÔNG TRUNG", as Tuổi Trẻ does) with house.bylineCase; abbreviations in it (TTXVN, PV) are kept.',
    },
    severity: 'warning',
    fixable: 'fix',
    house: ['bylineCase'],
    sources: ['reference §6 BYLINE-1, BYLINE-3'],
    messages: {
      period: { vi: 'Dòng tác giả không cần dấu chấm cuối.', en: 'The author line needs no final period.' },
      upper: {
        vi: 'Dòng tác giả viết hoa toàn bộ; tòa soạn viết hoa chữ đầu: "{fixed}".',
        en: 'The author line is in capitals; the house uses title case: "{fixed}".',
      },
      title: { vi: 'Tòa soạn viết dòng tác giả bằng chữ hoa: "{fixed}".', en: 'The house writes the author line in capitals: "{fixed}".' },
      removePeriod: { vi: 'Bỏ dấu chấm', en: 'Remove the period' },
      recase: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nNội dung.\n\nQuốc Hùng⟦.⟧', findings: ['period'], output: 'Tiêu đề\n\nNội dung.\n\nQuốc Hùng' },
        { text: 'Tiêu đề\n\nNội dung.\n\n⟦QUỐC HÙNG⟧', config: { profile: 'party-press' }, findings: ['upper'], output: 'Tiêu đề\n\nNội dung.\n\nQuốc Hùng' },
        {
          text: 'Tiêu đề\n\nNội dung.\n\n⟦D.KIM THOA - TTXVN⟧',
          config: { house: { bylineCase: 'title' } },
          findings: ['upper'],
          output: 'Tiêu đề\n\nNội dung.\n\nD.Kim Thoa - TTXVN',
        },
        {
          text: 'Tiêu đề\n\nNội dung.\n\n⟦Công Trung⟧',
          config: { house: { bylineCase: 'upper' } },
          findings: ['title'],
          output: 'Tiêu đề\n\nNội dung.\n\nCÔNG TRUNG',
        },
        {
          text: 'Tiêu đề\n\nNội dung.\n\n⟦THIỆN ĐẠO⟧ (Theo AFP, ABC)',
          config: { profile: 'party-press' },
          findings: ['upper'],
          output: 'Tiêu đề\n\nNội dung.\n\nThiện Đạo (Theo AFP, ABC)',
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nNội dung.\n\nQuốc Hùng', config: { profile: 'party-press' } },
        { text: 'Tiêu đề\n\nNội dung.\n\nCÔNG TRUNG' },
        { text: 'Tiêu đề\n\nNội dung.\n\nTheo TTXVN', config: { profile: 'party-press' } },
        { text: 'Tiêu đề\n\nNội dung.\n\nN. Hà', config: { profile: 'party-press' } },
        // A source credit keeps its own case, glued to the name or not.
        { text: 'Tiêu đề\n\nNội dung.\n\nT.ThủyTheo AI', config: { profile: 'party-press' } },
        { text: 'Tiêu đề\n\nNội dung.\n\nMinh Anh (Theo AP)', config: { profile: 'party-press' } },
        { text: 'Tiêu đề\n\nNội dung.\n\nNguồn ảnh:\nArchdaily.' },
      ],
    },
  },
  check(context) {
    const { article, house } = context;
    const span = article.bylineSpan;
    if (!span) return;
    const raw = article.mask.slice(span.start, span.end);
    if (/^\s*(?:Nguồn ảnh|Ảnh|Video|Nguồn video)\s*:/u.test(raw)) return; // a photo credit at the end, not the author line
    // Final period (not the dot of an initial such as "N." nor of "v.v.").
    const trimmed = raw.replace(/[\s\uFFFC]+$/u, '');
    if (/[^.\s]\.$/u.test(trimmed) && !/(?:^|[\s.])\p{Lu}\.$/u.test(trimmed)) {
      const at = span.start + trimmed.length - 1;
      context.report({ start: at, end: at + 1, messageId: 'period', fix: replaceFix({ start: at, end: at + 1 }, '', { messageId: 'removePeriod' }) });
    }
    // The names only: a source credit after them ("Theo AFP", "(TTXVN)", glued "ThủyTheo PA") keeps its own case.
    const credit = CREDIT.exec(raw);
    const names = credit ? raw.slice(0, credit.index) : raw;
    const words = [
      ...names
        .split(HIDDEN_CHAR)
        .join('')
        .matchAll(/\p{L}[\p{L}\p{M}]*/gu),
    ].map((m) => m[0]);
    const syllables = words.filter((w) => w.length >= 2 && isValidSyllable(w.toLowerCase()));
    if (!syllables.length) return;
    const allUpper = syllables.every((w) => w === w.toUpperCase());
    const allTitle = syllables.every((w) => w[0] === w[0].toUpperCase() && w.slice(1) === w.slice(1).toLowerCase());
    const body = names.replace(/\.\s*$/u, '');
    const end = span.start + body.replace(/[\s\uFFFC]+$/u, '').length;
    const original = article.text.slice(span.start, end);
    if (house.bylineCase === 'title' && allUpper) {
      // Title-case the syllables, keep abbreviations (TTXVN) as they are.
      const fixed = original.replace(/\p{L}[\p{L}\p{M}]*/gu, (w) => (w.length >= 2 && isValidSyllable(w.toLowerCase()) ? titleCase(w) : w));
      if (fixed !== original)
        context.report({
          start: span.start,
          end,
          messageId: 'upper',
          data: { fixed },
          fix: replaceFix({ start: span.start, end }, fixed, { messageId: 'recase', data: { fixed } }),
        });
    } else if (house.bylineCase === 'upper' && allTitle && !allUpper) {
      const fixed = original.toUpperCase();
      context.report({
        start: span.start,
        end,
        messageId: 'title',
        data: { fixed },
        fix: replaceFix({ start: span.start, end }, fixed, { messageId: 'recase', data: { fixed } }),
      });
    }
  },
});
