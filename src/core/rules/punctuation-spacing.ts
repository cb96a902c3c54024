import { defineRule, replaceFix } from '../rule';
import { classAt, DIGIT, LETTER, LOWER, MARK, UPPER } from '../text/chars';
import { HIDDEN_CHAR } from '../analysis/hidden';
import { analyseQuotes } from '../analysis/quote-marks';

/** A letter or mark (the end of a word, possibly decomposed). */
const letter = (t: string, i: number) => (classAt(t, i) & (LETTER | MARK)) !== 0;
/** A letter (a word starts with one; a combining mark after punctuation is not a word). */
const initial = (t: string, i: number) => (classAt(t, i) & LETTER) !== 0;
const digit = (t: string, i: number) => (classAt(t, i) & DIGIT) !== 0;
const lower = (t: string, i: number) => (classAt(t, i) & (LOWER | MARK)) !== 0;
const upper = (t: string, i: number) => (classAt(t, i) & UPPER) !== 0;
const space = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  return c === 0x20 || c === 0x09 || c === 0xa0;
};
const closer = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  return c === 0x29 || c === 0x201d || c === 0x2019; // ) ” ’
};

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
function scan(text: string, quoteRoleAt: (i: number) => 'open' | 'close' | undefined): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Only punctuation matters: skip everything else without making a string of it.
    if (code === 0x201c || code === 0x201d || code === 0x22) {
      // A quotation mark opens or closes by its place and its partner (analyseQuotes); one typed the
      // wrong way round or without a partner is the quotes rule's, and its spacing says nothing.
      const role = quoteRoleAt(i);
      if (role === 'open') checkOpen(text, i, text[i], hits);
      else if (role === 'close') checkClose(text, i, text[i], hits);
    } else if (code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x2e || code === 0x28 || code === 0x29)
      checkMark(text, i, hits);
  }
  return hits;
}

/** The spacing around the punctuation mark at `i` (indices outside the text read as nothing). */
function checkMark(text: string, i: number, hits: Hit[]): void {
  const c = text[i];
  if (c === '(') return checkOpen(text, i, c, hits);
  if (c === ')') return checkClose(text, i, c, hits);
  if (c === ':' && space(text, i - 1) && space(text, i + 1) && digit(text, i + 2)) return; // "2.100 ml : 7 = 300 ml", "tỷ lệ 2 : 1": a sign
  if (c === ',' && upper(text, i - 1) && upper(text, i + 1) && /^[^\s,]*&/u.test(text.slice(i + 1, i + 12))) return; // "Bộ LĐ,TB&XH": the attested abbreviation
  // , ; : ! ? .
  // Space before: "mưa , còn" — not ". . ." nor ".NET".
  let j = i;
  while (j > 0 && space(text, j - 1)) j--;
  const next = text.charCodeAt(i + 1);
  if (j < i && j > 0 && (letter(text, j - 1) || digit(text, j - 1) || closer(text, j - 1)) && next !== 0x2e && !letter(text, i + 1) && !digit(text, i + 1)) {
    hits.push({ messageId: 'spaceBefore', start: j, end: i, at: j, until: i, text: '', mark: c });
  }
  // Space after: "mưa,còn"; a full stop only between a lower-case and a capitalised word ("lắm.Tôi").
  if (c !== '.') {
    if ((letter(text, i - 1) || closer(text, i - 1)) && (initial(text, i + 1) || next === 0x201c || next === 0x28)) {
      hits.push({ messageId: 'spaceAfter', start: i, end: i + 1, at: i + 1, until: i + 1, text: ' ', mark: c });
    }
  } else if (lower(text, i - 1) && lower(text, i - 2) && upper(text, i + 1) && lower(text, i + 2)) {
    hits.push({ messageId: 'spaceAfter', start: i, end: i + 1, at: i + 1, until: i + 1, text: ' ', mark: c });
  }
}

function checkOpen(text: string, i: number, c: string, hits: Hit[]): void {
  let j = i + 1;
  while (j < text.length && space(text, j)) j++;
  if (j > i + 1 && j < text.length) hits.push({ messageId: 'insideOpen', start: i + 1, end: j, at: i + 1, until: j, text: '', mark: c });
  if (letter(text, i - 1) && (initial(text, i + 1) || digit(text, i + 1)))
    hits.push({ messageId: 'outsideOpen', start: i, end: i + 1, at: i, until: i, text: ' ', mark: c });
}

function checkClose(text: string, i: number, c: string, hits: Hit[]): void {
  let j = i;
  while (j > 0 && space(text, j - 1)) j--;
  if (j < i && j > 0 && text[j - 1] !== HIDDEN_CHAR) hits.push({ messageId: 'insideClose', start: j, end: i, at: j, until: i, text: '', mark: c });
  if (initial(text, i + 1)) hits.push({ messageId: 'outsideClose', start: i, end: i + 1, at: i + 1, until: i + 1, text: ' ', mark: c });
}

/**
 * The mask with blanked markup (a block quote's `>`, a list bullet) shown as a hidden character
 * rather than a space: spaces next to punctuation are only the source's own spaces.
 */
function markupShown(mask: string, source: string): string {
  if (mask === source) return mask;
  let out = '';
  let at = 0;
  for (let i = 0; i < mask.length; i++) {
    const c = mask.charCodeAt(i);
    if ((c === 0x20 || c === 0x09 || c === 0xa0) && source.charCodeAt(i) !== c) {
      out += mask.slice(at, i) + HIDDEN_CHAR;
      at = i + 1;
    }
  }
  return out + mask.slice(at);
}

export default defineRule({
  id: 'punctuation-spacing',
  meta: {
    category: 'typography',
    scope: 'article',
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
        {
          text: 'Tiêu đề\n\nTrời mưa⟦ ⟧, còn hôm nay thì nắng⟦ ⟧!',
          findings: ['spaceBefore', 'spaceBefore'],
          output: 'Tiêu đề\n\nTrời mưa, còn hôm nay thì nắng!',
        },
        {
          text: 'Tiêu đề\n\nTrời mưa⟦,⟧còn hôm nay nắng⟦.⟧Ngày mai thì sao⟦?⟧Chưa biết.',
          findings: ['spaceAfter', 'spaceAfter', 'spaceAfter'],
          output: 'Tiêu đề\n\nTrời mưa, còn hôm nay nắng. Ngày mai thì sao? Chưa biết.',
        },
        {
          text: 'Tiêu đề\n\nThư điện tử⟦(⟧Email⟦ ⟧) và “⟦ ⟧Nhà nước⟦ ⟧” là.',
          findings: ['outsideOpen', 'insideClose', 'insideOpen', 'insideClose'],
          output: 'Tiêu đề\n\nThư điện tử (Email) và “Nhà nước” là.',
        },
        { text: 'Tiêu đề\n\nÔng nói⟦"⟧được" và "⟦ ⟧tốt".', findings: ['outsideOpen', 'insideOpen'], output: 'Tiêu đề\n\nÔng nói "được" và "tốt".' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nTăng 3,5% lên 1.000.000 đồng lúc 7:30 tại TP.HCM, v.v. Xem https://vnexpress.net/a,b hoặc a.b@c.vn.' },
        { text: 'Tiêu đề\n\nÔng nói: “Chúng ta (những người ở lại) phải làm tốt.” Thật vậy… Và rồi?' },
        { text: 'Tiêu đề\n\nCông ty VnExpress.net và chuẩn .NET; lãng phí ... hết.' },
        // Quotation marks typed the wrong way round are the quotes rule's; a division sign; an attested abbreviation.
        { text: 'Tiêu đề\n\nCa sĩ đã ”độc cô cầu bại” và có câu: ”Lễ Phật”, còn “hotboy“ Phạm thì không.' },
        { text: 'Tiêu đề\n\nLấy 2.100 ml : 7 = 300 ml, theo Bộ LĐ,TB&XH.' },
        // A foreign mark stacked on the comma (homoglyph's business) does not start a word.
        { text: 'Tiêu đề\n\nN̼ó̼i̼,̼ ̼đ̼ã̼ đi.' },
      ],
    },
  },
  check(context) {
    const { article } = context;
    const quotes = new Map(
      analyseQuotes(article)
        .filter((m) => !m.fixed && !m.unbalanced)
        .map((m) => [m.at, m.role]),
    );
    for (const block of article.blocks) {
      if (block.kind === 'residue') continue;
      const hits = scan(markupShown(article.mask.slice(block.start, block.end), article.text.slice(block.start, block.end)), (i) =>
        quotes.get(block.start + i),
      ).sort((a, b) => a.start - b.start);
      for (const h of hits) {
        context.report({
          start: block.start + h.start,
          end: block.start + h.end,
          messageId: h.messageId,
          data: { mark: h.mark },
          fix: replaceFix({ start: block.start + h.at, end: block.start + h.until }, h.text, { messageId: h.text ? 'insert' : 'remove' }),
        });
      }
    }
  },
});
