import { defineRule, replaceFix } from '../rule';
import { legacySpans } from '../analysis/legacy';
import { codePointName } from '../text/chars';

/** Number-unit pairs where a no-break space belongs (before % is number-format's business). */
const NUMBER_UNIT = /\d\u00a0(?:%|°|[\p{L}₫$€£¥])|[\p{L}.]\u00a0\d/u;

const isBlankUnit = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;

/** Where the run of spaces, tabs and no-break spaces that ends a line starts (`le` when none). */
function trailingStart(text: string, ls: number, le: number): number {
  let i = le;
  while (i > ls && isBlankUnit(text.charCodeAt(i - 1))) i--;
  return i;
}

export default defineRule({
  id: 'whitespace',
  meta: {
    category: 'typography',
    scope: 'article',
    description: {
      vi: 'Khoảng trắng thừa hoặc vô hình: hai dấu cách liền nhau, dấu cách cuối dòng, ký tự độ rộng 0, dấu gạch nối mềm, dấu cách không ngắt ngoài cặp số - đơn vị.',
      en: 'Stray or invisible whitespace: doubled spaces, trailing spaces, zero-width characters, soft hyphens, no-break spaces outside number-unit pairs.',
    },
    rationale: {
      vi: 'Dấu cách đôi và dấu cách cuối dòng làm lệch dàn trang; ký tự độ rộng 0 (U+200B, thường sót lại từ HTML) và dấu gạch nối mềm (U+00AD) vô hình nhưng làm hỏng tìm kiếm và ngắt dòng. Dấu cách không ngắt (U+00A0) chỉ hợp lý giữa số và đơn vị (25 %, 10 km). Dấu cách cuối dòng không ai thấy và hệ thống xuất bản thường tự bỏ, nên chỉ báo ở mức info (sửa hàng loạt được). Trong Markdown, đúng hai dấu cách cuối dòng là ngắt dòng cứng nên được giữ. Dấu gạch nối mềm trong đoạn bị lỗi phông TCVN3 là chữ "ư": legacy-encoding xử lý.',
      en: 'Doubled and trailing spaces upset layout; zero-width spaces (U+200B, often left over from HTML) and soft hyphens (U+00AD) are invisible but break search and line breaking. A no-break space (U+00A0) belongs only between a number and its unit (25 %, 10 km). Trailing spaces are invisible and most publishing systems drop them, so they are reported at info only (fixable in bulk). In Markdown, exactly two trailing spaces are a hard line break and are kept. A soft hyphen inside TCVN3 mojibake is the letter "ư": legacy-encoding handles it.',
    },
    severity: 'warning',
    fixable: 'fix',
    sources: ['reference §4.3'],
    messages: {
      double: { vi: 'Thừa dấu cách: {count} dấu cách liền nhau.', en: '{count} spaces in a row.' },
      trailing: { vi: 'Dấu cách thừa ở cuối dòng.', en: 'Trailing whitespace.' },
      invisible: { vi: 'Ký tự vô hình {code} (thường sót lại khi chép từ trang web).', en: 'Invisible character {code} (usually left over from a web page).' },
      softHyphen: { vi: 'Dấu gạch nối mềm (U+00AD) vô hình giữa chữ.', en: 'Invisible soft hyphen (U+00AD) in a word.' },
      nbsp: {
        vi: 'Dấu cách không ngắt (U+00A0) ngoài cặp số - đơn vị; hãy dùng dấu cách thường.',
        en: 'No-break space (U+00A0) outside a number-unit pair; use a normal space.',
      },
      tab: { vi: 'Ký tự tab giữa dòng; hãy dùng một dấu cách.', en: 'A tab inside a line; use one space.' },
      fixSpace: { vi: 'Thay bằng một dấu cách', en: 'Replace with one space' },
      remove: { vi: 'Xóa', en: 'Remove' },
    },
    perParagraph: ['invisible', 'softHyphen', 'nbsp', 'double'],
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nHội nghị⟦  ⟧tổng kết⟦ ⟧\nNăm mới.', findings: ['double', 'trailing'], output: 'Tiêu đề\n\nHội nghị tổng kết\nNăm mới.' },
        {
          text: 'Tiêu đề\n\nHội⟦\u200b⟧ nghị tổng⟦\u00ad⟧kết, mức⟦\u00a0⟧cao.',
          findings: ['invisible', 'softHyphen', 'nbsp'],
          output: 'Tiêu đề\n\nHội nghị tổngkết, mức cao.',
        },
        { text: '# Tiêu đề\n\nDòng một  \nDòng hai⟦   ⟧\n', format: 'markdown', findings: ['trailing'], output: '# Tiêu đề\n\nDòng một  \nDòng hai\n' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nDài 10\u00a0km và 25\u00a0°C.\n\n    Thụt đầu dòng được giữ.' },
        { text: '# Tiêu đề\n\nDòng một  \nDòng hai\n\n| a  | b |\n|----|---|\n| 1  | 2 |\n\n```\nmã   có   cách\n```\n', format: 'markdown' },
      ],
    },
  },
  check(context) {
    const { article } = context;
    const { text, mask, lines } = article;
    const legacy = legacySpans(article);
    const markdown = article.format === 'markdown';
    // Whole-text scans (most lines have nothing to report); each hit is placed on its line.
    const info = new Map<number, { ls: number; le: number; indent: number; contentEnd: number; blank: boolean }>();
    const lineOf = (offset: number) => {
      const l = lines.lineAt(offset);
      let i = info.get(l);
      if (!i) {
        const ls = lines.starts[l];
        const le = lines.ends[l];
        const line = text.slice(ls, le);
        i = { ls, le, indent: line.length - line.trimStart().length, contentEnd: trailingStart(text, ls, le), blank: !mask.slice(ls, le).trim() }; // blank: code, front matter
        info.set(l, i);
      }
      return i;
    };
    // Trailing whitespace (two spaces are a hard break in Markdown).
    // (A walk back from each line end: a regular expression ending in `+$` retries every position of a run.)
    for (let l = 0; l < lines.lineCount; l++) {
      const le = lines.ends[l];
      if (!isBlankUnit(text.charCodeAt(le - 1)) || le <= lines.starts[l]) continue;
      const { ls, contentEnd, blank } = lineOf(le - 1);
      const run = text.slice(contentEnd, le);
      if (blank || contentEnd === ls || (markdown && run === '  ')) continue;
      if (mask.slice(contentEnd, le) !== run || !article.isProse(contentEnd - 1)) continue;
      context.report({
        start: contentEnd,
        end: le,
        messageId: 'trailing',
        demote: 'info',
        fix: replaceFix({ start: contentEnd, end: le }, '', { messageId: 'remove' }),
      });
    }
    // Doubled spaces and tabs inside the line (in prose only: the mask agrees with the source).
    for (const m of text.matchAll(/ {2,}|\t+ *| *\t+/g)) {
      const { ls, indent, contentEnd, blank } = lineOf(m.index!);
      if (blank) continue;
      const s = Math.max(m.index!, ls + indent);
      const e = Math.min(m.index! + m[0].length, contentEnd);
      const found = text.slice(s, e);
      if (!/^(?: {2,}|\t+ *| *\t+)$/.test(found) || mask.slice(s, e) !== found || !article.isProse(s) || !article.isProse(e - 1)) continue;
      context.report({
        start: s,
        end: e,
        messageId: found.includes('\t') ? 'tab' : 'double',
        data: { count: found.length },
        fix: replaceFix({ start: s, end: e }, ' ', { messageId: 'fixSpace' }),
      });
    }
    for (const m of mask.matchAll(/[\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0]/g)) {
      const s = m.index!;
      const { contentEnd, blank } = lineOf(s);
      if (blank) continue;
      const ch = m[0];
      if (ch === '\u00ad') {
        if (legacy.some((x) => s >= x.start && s < x.end)) continue;
        context.report({ start: s, end: s + 1, messageId: 'softHyphen', fix: replaceFix({ start: s, end: s + 1 }, '', { messageId: 'remove' }) });
      } else if (ch === '\u00a0') {
        if (s >= contentEnd || NUMBER_UNIT.test(text.slice(Math.max(lines.starts[lines.lineAt(s)], s - 1), s + 2))) continue;
        context.report({ start: s, end: s + 1, messageId: 'nbsp', fix: replaceFix({ start: s, end: s + 1 }, ' ', { messageId: 'fixSpace' }) });
      } else {
        context.report({
          start: s,
          end: s + 1,
          messageId: 'invisible',
          data: { code: codePointName(ch) },
          fix: replaceFix({ start: s, end: s + 1 }, '', { messageId: 'remove' }),
        });
      }
    }
  },
});
