import { defineRule, FixReport, replaceFix } from '../rule';
import { scanAbbreviations } from '../analysis/abbreviations';
import { isAllowedAbbreviation } from '../analysis/allow';
import { isNameHere } from '../analysis/abbreviation-context';

export default defineRule({
  id: 'abbreviation-in-title',
  meta: {
    category: 'abbreviation',
    scope: 'article',
    description: {
      vi: 'Không dùng viết tắt trong tít bài.',
      en: 'No abbreviation in the headline.',
    },
    rationale: {
      vi: 'Báo Đảng viết tít đầy đủ: tít là phần người đọc thấy trước tiên, không có chỗ để giải thích viết tắt. Viết tắt quốc tế (ASEAN, WTO) và danh sách "allow" được chấp nhận. Bật trong hồ sơ party-press.',
      en: 'Party newspapers write headlines in full: the headline is read first and has no room for an explanation. International acronyms (ASEAN, WTO) and the "allow" list are accepted. On in the party-press profile.',
    },
    severity: 'warning',
    fixable: 'suggestion',
    usesMeaning: true,
    sources: ['reference §1.3 ABBR-7'],
    messages: {
      inTitle: { vi: 'Tít bài có viết tắt "{abbr}". Hãy viết đầy đủ{hint}.', en: 'The headline has the abbreviation "{abbr}". Write it in full{hint}.' },
      expand: { vi: 'Thay bằng "{text}"', en: 'Replace with "{text}"' },
    },
    examples: {
      invalid: [
        {
          text: '⟦UBND⟧ tỉnh họp phiên cuối năm\n\nỦy ban nhân dân (UBND) tỉnh đã họp.',
          findings: ['inTitle'],
          fixes: ['Ủy ban nhân dân tỉnh họp phiên cuối năm\n\nỦy ban nhân dân (UBND) tỉnh đã họp.'],
          preferred: null,
        },
        {
          text: '---\ntitle: "Tăng cường ⟦ANTT⟧ dịp Tết"\n---\n\nBài viết.',
          format: 'markdown',
          findings: ['inTitle'],
        },
      ],
      valid: [
        { text: 'Ủy ban nhân dân tỉnh họp phiên cuối năm\n\nNội dung.' },
        { text: 'Hội nghị ASEAN khai mạc\n\nNội dung.' },
        // Brands, tickers, foreign names are not abbreviations to explain; a credit line is no headline.
        { text: 'Giá vàng SJC tăng, cổ phiếu Thép Tiến Lên (TLH) giảm\n\nNội dung.' },
        { text: 'Thực hiện đồ họa VNU MEDIA\nNội dung của bài viết ở đây.' },
      ],
    },
  },
  check(context) {
    const { article, dictionary } = context;
    const span = article.titleSpan;
    if (!span) return;
    const text = article.mask.slice(span.start, span.end);
    for (const t of scanAbbreviations(text)) {
      if (isAllowedAbbreviation(t.abbr, context)) continue;
      const start = span.start + t.at;
      const end = start + t.abbr.length;
      const entry = dictionary.lookup(t.abbr);
      // A brand, a ticker or a foreign name ("Giá vàng SJC", "Băng trộm SH", "AV-TEST"); "Thép Tiến Lên (TLH)": named in full beside it.
      if (isNameHere(article, { abbr: t.abbr, start, end }, entry) || /\p{Lu}[\p{Ll}\p{M}]*\s*\($/u.test(text.slice(0, t.at))) continue;
      const senses = entry?.senses ?? [];
      const suggestions: FixReport[] = senses.map((s) => {
        const full = t.at === 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s;
        return replaceFix({ start, end }, full, { messageId: 'expand', data: { text: full } });
      });
      context.report({ start, end, messageId: 'inTitle', data: { abbr: t.abbr, hint: senses.length === 1 ? `: "${senses[0]}"` : '' }, suggestions });
    }
  },
});
