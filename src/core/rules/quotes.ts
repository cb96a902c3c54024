import { defineRule } from '../rule';
import { majority } from '../analysis/majority';

type Style = 'curly' | 'straight';

export default defineRule({
  id: 'quotes',
  meta: {
    category: 'typography',
    description: {
      vi: 'Ngoặc kép một kiểu trong bài (cong “…” hoặc thẳng "…"); ngoặc kép và ngoặc đơn phải đóng mở đủ cặp.',
      en: 'One kind of double quotes per article (curly “…” or straight "…"); quotes and brackets balanced.',
    },
    rationale: {
      vi: 'Tiếng Việt dùng ngoặc kép cong “…” (‘…’ khi lồng nhau), theo CLDR; ngoặc thẳng chỉ là lỗi khi trộn với ngoặc cong trong cùng bài. Khi tòa soạn chưa chọn (house.quotes), kiểu chiếm đa số được giữ. Ngoặc thiếu cặp trong một đoạn thường là lỗi cắt dán; chúng được báo nhưng không tự sửa.',
      en: 'Vietnamese uses curly quotes “…” (‘…’ nested), per CLDR; straight quotes are a defect only when mixed with curly ones in one article. Without a house choice (house.quotes) the majority wins. A bracket or quote without its pair in a paragraph is usually a cut-and-paste slip: reported, not fixed.',
    },
    severity: 'warning',
    fixable: 'fix',
    sources: ['reference §5 PUNC-3'],
    messages: {
      mixed: { vi: 'Ngoặc kép {found} giữa bài dùng ngoặc kép {expected}. Hãy viết "{fixed}".', en: '{foundEn} quote in an article using {expectedEn} quotes. Write "{fixed}".' },
      unbalanced: { vi: 'Dấu "{mark}" không có dấu đóng/mở tương ứng trong đoạn này.', en: '"{mark}" has no matching pair in this paragraph.' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nÔng nói “được” và “tốt”, còn bà nói ⟦"⟧không⟦"⟧.', findings: ['mixed', 'mixed'], output: 'Tiêu đề\n\nÔng nói “được” và “tốt”, còn bà nói “không”.' },
        { text: 'Tiêu đề\n\nÔng nói ⟦“⟧được⟦”⟧ và "tốt".', config: { house: { quotes: 'straight' } }, findings: ['mixed', 'mixed'], output: 'Tiêu đề\n\nÔng nói "được" và "tốt".' },
        { text: 'Tiêu đề\n\nChương trình ⟦“⟧Nông thôn mới đã về đích.\n\nMột đoạn ⟦(⟧chưa đóng ngoặc.', findings: ['unbalanced', 'unbalanced'], output: 'Tiêu đề\n\nChương trình “Nông thôn mới đã về đích.\n\nMột đoạn (chưa đóng ngoặc.' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nÔng nói “Tôi tin ‘Nhân dân’ sẽ thắng” (như đã hứa).' },
        { text: 'Tiêu đề\n\nÔng nói "được" và "tốt". Bà H\'Ven đồng ý.' },
        { text: 'Tiêu đề\n\n1) Mục một; 2) mục hai.' },
      ],
    },
  },
  check(context) {
    const { article, house } = context;
    const quotes: Array<{ at: number; ch: string; style: Style }> = [];
    const mask = article.mask;
    for (const block of article.blocks) {
      if (block.kind === 'residue') continue;
      // Balance within the paragraph: curly quotes and round brackets.
      // One stack per kind: a quote and a bracket may interleave (“a (b” c)).
      const open: Record<string, number[]> = { '“': [], '(': [] };
      const unmatched: Array<{ ch: string; at: number }> = [];
      let straight = 0;
      let lastStraight = -1;
      for (let at = block.start; at < block.end; at++) {
        const c = mask.charCodeAt(at);
        if (c !== 0x201c && c !== 0x201d && c !== 0x22 && c !== 0x28 && c !== 0x29) continue;
        const ch = mask[at];
        if (ch === '"') {
          straight++;
          lastStraight = at;
        }
        if (ch !== '(' && ch !== ')') quotes.push({ at, ch, style: ch === '"' ? 'straight' : 'curly' });
        if (ch === '“' || ch === '(') open[ch].push(at);
        else if (ch !== '"' && open[ch === '”' ? '“' : '('].pop() === undefined) {
          // "1)" enumerations are not unmatched brackets.
          if (!(ch === ')' && /(?:^|\s)[\da-zđ]$/u.test(mask.slice(Math.max(block.start, at - 2), at)))) unmatched.push({ ch, at });
        }
      }
      const stack = [...open['“'].map((at) => ({ ch: '“', at })), ...open['('].map((at) => ({ ch: '(', at }))];
      for (const u of [...unmatched, ...stack].sort((a, b) => a.at - b.at)) context.report({ start: u.at, end: u.at + 1, messageId: 'unbalanced', data: { mark: u.ch } });
      if (straight % 2 === 1) context.report({ start: lastStraight, end: lastStraight + 1, messageId: 'unbalanced', data: { mark: '"' } });
    }
    const styles = new Set(quotes.map((q) => q.style));
    const target: Style | undefined = house.quotes !== 'consistent' ? house.quotes : styles.size > 1 ? majority(quotes.map((q) => q.style)) : undefined;
    if (!target) return;
    const text = article.text;
    let open = true; // straight quotes alternate open/close
    for (const q of quotes) {
      if (q.style === target) {
        if (q.style === 'straight') open = !open;
        continue;
      }
      let fixed: string;
      if (target === 'straight') fixed = '"';
      else {
        const before = text[q.at - 1];
        fixed = before === undefined || /[\s(\[—–-]/.test(before) ? '“' : '”';
      }
      const names = { curly: { vi: 'cong', en: 'Curly' }, straight: { vi: 'thẳng', en: 'Straight' } };
      context.report({
        start: q.at,
        end: q.at + 1,
        messageId: 'mixed',
        data: { found: names[q.style].vi, foundEn: names[q.style].en, expected: names[target].vi, expectedEn: names[target].en.toLowerCase(), fixed },
        fix: { messageId: 'fix', data: { fixed }, edits: [{ start: q.at, end: q.at + 1, text: fixed }] },
      });
    }
  },
});
