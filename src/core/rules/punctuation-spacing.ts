import { defineRule, Report } from '../rule';

type Check = { re: RegExp; messageId: string; fix: (m: RegExpExecArray) => { at: number; end: number; text: string }; skip?: (m: RegExpExecArray, text: string) => boolean };

/** Offsets in each check are relative to the match; `at`/`end` is the range reported and fixed. */
const CHECKS: Check[] = [
  {
    // "mưa , còn", "Ảnh : TTXVN", "thật !" — not ". . ." nor ".NET".
    re: /(?<=[\p{L}\p{N}\p{M})”’])([ \t\u00a0]+)([,;:!?.])(?![.\p{L}\p{N}])/gu,
    messageId: 'spaceBefore',
    fix: (m) => ({ at: 0, end: m[1].length, text: '' }),
  },
  {
    // "mưa,còn", "Ảnh:TTXVN", "sao?Tôi" — digits after are numbers and times (3,5; 7:30).
    re: /(?<=[\p{L}\p{M})”’])([,;:!?])(?=[\p{L}“(])/gu,
    messageId: 'spaceAfter',
    fix: (m) => ({ at: 1, end: 1, text: ' ' }),
  },
  {
    // "lắm.Tôi": a full stop between a lower-case and a capitalised word.
    re: /(?<=[\p{Ll}\p{M}]{2})\.(?=\p{Lu}[\p{Ll}\p{M}])/gu,
    messageId: 'spaceAfter',
    fix: () => ({ at: 1, end: 1, text: ' ' }),
  },
  { re: /([(“])([ \t]+)(?=\S)/gu, messageId: 'insideOpen', fix: (m) => ({ at: 1, end: 1 + m[2].length, text: '' }) },
  { re: /(?<=\S)([ \t]+)([)”])/gu, messageId: 'insideClose', fix: (m) => ({ at: 0, end: m[1].length, text: '' }) },
  { re: /(?<=[\p{L}\p{M}])([(“])(?=[\p{L}\p{N}])/gu, messageId: 'outsideOpen', fix: () => ({ at: 0, end: 0, text: ' ' }) },
  { re: /([)”])(?=[\p{L}])/gu, messageId: 'outsideClose', fix: () => ({ at: 1, end: 1, text: ' ' }) },
];

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
      const text = article.mask.slice(block.start, block.end);
      const reports: Report[] = [];
      for (const check of CHECKS) {
        check.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = check.re.exec(text))) {
          const f = check.fix(m);
          const start = block.start + m.index + f.at;
          const end = block.start + m.index + f.end;
          const mark = m[0].trim() || m[0];
          reports.push({
            start: f.text ? start - (check.messageId === 'outsideOpen' ? 0 : 1) : start,
            end: f.text ? start + (check.messageId === 'outsideOpen' ? 1 : 0) : end,
            messageId: check.messageId,
            data: { mark },
            fix: { messageId: f.text ? 'insert' : 'remove', edits: [{ start, end, text: f.text }] },
          });
        }
      }
      reports.sort((a, b) => a.start - b.start);
      reports.forEach((r) => context.report(r));
    }
  },
});
