import { defineRule, replaceFix, TEXT_BLOCKS } from '../rule';

const UNIT_AFTER = /^\s*(?:%|triệu|tỷ|tỉ|nghìn|ngàn|USD|đồng|km|kg|m|cm|mm|ha|lần|điểm|độ|°|tấn|lít|MW|GB)(?![\p{L}])/u;
const ENGLISH_THOUSANDS = /(?<![\p{N}.,])\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?![\p{N}]|[.,]\d)|(?<![\p{N}.,])\d{1,3},\d{3}\.\d{1,2}(?![\p{N}]|[.,]\d)/gu;
const ENGLISH_DECIMAL = /(?<![\p{N}.,])(\d+)\.(\d{1,2})(?![\p{N}]|[.,]\d)/gu;
const PERCENT_SPACE = /(?<=\d)([ \u00a0]+)%/gu;
const DATE_BEFORE = /(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|tháng|phiên bản|version|iOS|Android|Windows|Euro|Công nghiệp|cách mạng)\s+$/iu;

export default defineRule({
  id: 'number-format',
  meta: {
    category: 'typography',
    scope: 'block',
    blocks: TEXT_BLOCKS,
    description: {
      vi: 'Số viết kiểu Việt Nam: dấu chấm phân cách nghìn (1.000.000), dấu phẩy thập phân (3,5), phần trăm liền số (25,6%).',
      en: 'Vietnamese number style: dot for thousands (1.000.000), comma for decimals (3,5), percent next to the number (25,6%).',
    },
    rationale: {
      vi: 'CLDR tiếng Việt, Luật Kế toán, QĐ 1989 và NĐ 86/2012 ("245,12 mm, không viết là 245.12 mm") dùng dấu phẩy thập phân và dấu chấm phân cách nghìn; phần trăm viết liền ("25,6%"). Chỉ báo khi chắc là kiểu Anh: hai nhóm nghìn trở lên có dấu phẩy (1,000,000), hoặc dấu chấm trước 1–2 chữ số có đơn vị theo sau (3.5%, 2.5 triệu) — không phải ngày "6.2" hay phiên bản "4.0".',
      en: 'Vietnamese CLDR, the Accounting Law, QĐ 1989 and NĐ 86/2012 ("245,12 mm, not 245.12 mm") use a decimal comma and dot thousands; percent stays next to the number ("25,6%"). Only unambiguous English style is reported: two or more comma thousand groups (1,000,000), or a dot before one or two digits followed by a unit (3.5%, 2.5 triệu) — not the date "6.2" nor the version "4.0".',
    },
    severity: 'warning',
    fixable: 'fix',
    sources: ['reference §5 Numbers'],
    messages: {
      thousands: { vi: 'Số "{text}" viết kiểu Anh. Hãy viết "{fixed}".', en: 'English-style number "{text}". Write "{fixed}".' },
      decimal: { vi: 'Số thập phân "{text}" dùng dấu chấm. Hãy viết "{fixed}".', en: 'Decimal "{text}" uses a point. Write "{fixed}".' },
      percent: { vi: 'Dấu % viết liền với số.', en: 'The % sign goes right after the number.' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
      remove: { vi: 'Bỏ khoảng trắng', en: 'Remove the space' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nDự án ⟦1,000,000⟧ USD, tăng ⟦3.5⟧% và ⟦2.5⟧ triệu đồng.',
          findings: ['thousands', 'decimal', 'decimal'],
          output: 'Tiêu đề\n\nDự án 1.000.000 USD, tăng 3,5% và 2,5 triệu đồng.',
        },
        { text: 'Tiêu đề\n\nTăng 25⟦ ⟧%.', findings: ['percent'], output: 'Tiêu đề\n\nTăng 25%.' },
      ],
      valid: [{ text: 'Tiêu đề\n\nTăng 25,6% lên 1.000.000 đồng; ngày 6.2 ra mắt iOS 10.2, Công nghiệp 4.0; điện thoại 0988.868.465; tỷ số 2.1 hôm qua.' }],
    },
  },
  checkBlock(block, context) {
    const { article } = context;
    const text = article.mask.slice(block.start, block.end);
    if (!/\d/.test(text)) return;
    for (const m of text.matchAll(ENGLISH_THOUSANDS)) {
      const s = block.start + m.index!;
      const fixed = m[0].replace(/[.,]/g, (c) => (c === ',' ? '.' : ','));
      context.report({
        start: s,
        end: s + m[0].length,
        messageId: 'thousands',
        data: { text: m[0], fixed },
        fix: replaceFix({ start: s, end: s + m[0].length }, fixed),
      });
    }
    for (const m of text.matchAll(ENGLISH_DECIMAL)) {
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 10);
      if (!UNIT_AFTER.test(after) || DATE_BEFORE.test(text.slice(Math.max(0, m.index! - 14), m.index!))) continue;
      const s = block.start + m.index!;
      const fixed = `${m[1]},${m[2]}`;
      context.report({
        start: s,
        end: s + m[0].length,
        messageId: 'decimal',
        data: { text: m[0], fixed },
        fix: replaceFix({ start: s, end: s + m[0].length }, fixed),
      });
    }
    for (const m of text.matchAll(PERCENT_SPACE)) {
      const s = block.start + m.index!;
      context.report({
        start: s,
        end: s + m[1].length,
        messageId: 'percent',
        fix: replaceFix({ start: s, end: s + m[1].length }, '', { messageId: 'remove' }),
      });
    }
  },
});
