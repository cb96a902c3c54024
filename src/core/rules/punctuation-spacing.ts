import { defineRule } from '../rule';

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const LOWER = /[\p{Ll}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';
const letter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const CLOSERS = ')”’';

interface Hit {
  messageId: string;
  /** Reported range and the edit (empty text: remove; a space: insert at `at`). */
  start: number;
  end: number;
  at: number;
  until: number;
  text: string;
  mark: string;
}

/**
 * One pass over a paragraph, looking only at punctuation (regular expressions with a
 * leading look-behind would be tried at every position).
 */
function scan(text: string): Hit[] {
  const hits: Hit[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // Only punctuation matters: skip everything else without making a string of it.
    if (code !== 0x2c && code !== 0x3b && code !== 0x3a && code !== 0x21 && code !== 0x3f && code !== 0x2e && code !== 0x28 && code !== 0x29 && code !== 0x201c && code !== 0x201d) continue;
    const c = text[i];
    switch (c) {
      case ',':
      case ';':
      case ':':
      case '!':
      case '?':
      case '.': {
        // Space before: "mưa , còn" — not ". . ." nor ".NET".
        let j = i;
        while (j > 0 && SPACE(text[j - 1])) j--;
        const next = text[i + 1];
        if (j < i && j > 0 && (letter(text[j - 1]) || DIGIT.test(text[j - 1]) || CLOSERS.includes(text[j - 1])) && next !== '.' && !letter(next) && !(next !== undefined && DIGIT.test(next))) {
          hits.push({ messageId: 'spaceBefore', start: j, end: i, at: j, until: i, text: '', mark: c });
        }
        // Space after: "mưa,còn"; a full stop only between a lower-case and a capitalised word ("lắm.Tôi").
        const prev = text[i - 1];
        if (c !== '.') {
          if ((letter(prev) || CLOSERS.includes(prev ?? '')) && (letter(next) || next === '“' || next === '(')) {
            hits.push({ messageId: 'spaceAfter', start: i, end: i + 1, at: i + 1, until: i + 1, text: ' ', mark: c });
          }
        } else if (i >= 2 && LOWER.test(prev ?? '') && LOWER.test(text[i - 2]) && next !== undefined && UPPER.test(next) && LOWER.test(text[i + 2] ?? '')) {
          hits.push({ messageId: 'spaceAfter', start: i, end: i + 1, at: i + 1, until: i + 1, text: ' ', mark: c });
        }
        break;
      }
      case '(':
      case '“': {
        let j = i + 1;
        while (j < n && SPACE(text[j])) j++;
        if (j > i + 1 && j < n) hits.push({ messageId: 'insideOpen', start: i + 1, end: j, at: i + 1, until: j, text: '', mark: c });
        if (letter(text[i - 1]) && (letter(text[i + 1]) || DIGIT.test(text[i + 1] ?? ''))) hits.push({ messageId: 'outsideOpen', start: i, end: i + 1, at: i, until: i, text: ' ', mark: c });
        break;
      }
      case ')':
      case '”': {
        let j = i;
        while (j > 0 && SPACE(text[j - 1])) j--;
        if (j < i && j > 0) hits.push({ messageId: 'insideClose', start: j, end: i, at: j, until: i, text: '', mark: c });
        if (letter(text[i + 1])) hits.push({ messageId: 'outsideClose', start: i, end: i + 1, at: i + 1, until: i + 1, text: ' ', mark: c });
        break;
      }
    }
  }
  return hits;
}

export default defineRule({
  id: 'punctuation-spacing',
  meta: {
    category: 'typography',
    description: {
      vi: 'Không có khoảng trắng trước dấu , . ; : ! ? và có một khoảng trắng sau; ngoặc đơn và ngoặc kép ôm sát nội dung.',
      en: 'No space before , . ; : ! ? and one after; brackets and quotation marks hug their content.',
    },
    rationale: {
      vi: 'Quy ước trình bày văn bản tiếng Việt của các cơ quan, doanh nghiệp (PUNC-1, PUNC-2 trong tài liệu tham chiếu): "trời mưa, còn hôm nay", "Thư điện tử (Email) là". Không xét bên trong số (3,5; 1.000), giờ (7:30), địa chỉ web, thư điện tử và viết tắt có dấu chấm (TP.HCM, v.v.).',
      en: 'Vietnamese document conventions of agencies and companies (PUNC-1, PUNC-2 in the reference): "trời mưa, còn hôm nay", "Thư điện tử (Email) là". Numbers (3,5; 1.000), times (7:30), web addresses, e-mails and abbreviations with dots (TP.HCM, v.v.) are left alone.',
    },
    severity: 'warning',
    fixable: 'fix',
    sources: ['reference §5 PUNC-1, PUNC-2'],
    messages: {
      spaceBefore: { vi: 'Thừa khoảng trắng trước dấu "{mark}".', en: 'Space before "{mark}".' },
      spaceAfter: { vi: 'Thiếu khoảng trắng sau dấu "{mark}".', en: 'Missing space after "{mark}".' },
      insideOpen: { vi: 'Thừa khoảng trắng sau "{mark}": dấu ngoặc ôm sát nội dung.', en: 'Space after "{mark}": brackets and quotes hug their content.' },
      insideClose: { vi: 'Thừa khoảng trắng trước "{mark}": dấu ngoặc ôm sát nội dung.', en: 'Space before "{mark}": brackets and quotes hug their content.' },
      outsideOpen: { vi: 'Thiếu khoảng trắng trước "{mark}".', en: 'Missing space before "{mark}".' },
      outsideClose: { vi: 'Thiếu khoảng trắng sau "{mark}".', en: 'Missing space after "{mark}".' },
      remove: { vi: 'Bỏ khoảng trắng', en: 'Remove the space' },
      insert: { vi: 'Thêm khoảng trắng', en: 'Add a space' },
    },
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nTrời mưa⟦ ⟧, còn hôm nay thì nắng⟦ ⟧!', findings: ['spaceBefore', 'spaceBefore'], output: 'Tiêu đề\n\nTrời mưa, còn hôm nay thì nắng!' },
        { text: 'Tiêu đề\n\nTrời mưa⟦,⟧còn hôm nay nắng⟦.⟧Ngày mai thì sao⟦?⟧Chưa biết.', findings: ['spaceAfter', 'spaceAfter', 'spaceAfter'], output: 'Tiêu đề\n\nTrời mưa, còn hôm nay nắng. Ngày mai thì sao? Chưa biết.' },
        { text: 'Tiêu đề\n\nThư điện tử⟦(⟧Email⟦ ⟧) và “⟦ ⟧Nhà nước⟦ ⟧” là.', findings: ['outsideOpen', 'insideClose', 'insideOpen', 'insideClose'], output: 'Tiêu đề\n\nThư điện tử (Email) và “Nhà nước” là.' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nTăng 3,5% lên 1.000.000 đồng lúc 7:30 tại TP.HCM, v.v. Xem https://vnexpress.net/a,b hoặc a.b@c.vn.' },
        { text: 'Tiêu đề\n\nÔng nói: “Chúng ta (những người ở lại) phải làm tốt.” Thật vậy… Và rồi?' },
        { text: 'Tiêu đề\n\nCông ty VnExpress.net và chuẩn .NET; lãng phí ... hết.' },
      ],
    },
  },
  check(context) {
    const { article } = context;
    for (const block of article.blocks) {
      if (block.kind === 'residue') continue;
      const hits = scan(article.mask.slice(block.start, block.end)).sort((a, b) => a.start - b.start);
      for (const h of hits) {
        context.report({
          start: block.start + h.start,
          end: block.start + h.end,
          messageId: h.messageId,
          data: { mark: h.mark },
          fix: { messageId: h.text ? 'insert' : 'remove', edits: [{ start: block.start + h.at, end: block.start + h.until, text: h.text }] },
        });
      }
    }
  },
});
