import { defineRule, Report } from '../rule';
import type { Article } from '../article';
import { majority } from '../analysis/majority';
import { charClass, DIGIT, LETTER } from '../text/chars';

type Style = 'curly' | 'straight';

interface Mark {
  at: number;
  ch: string;
  /** Index of its block. */
  block: number;
}

export default defineRule({
  id: 'quotes',
  meta: {
    category: 'typography',
    description: {
      vi: 'Ngoặc kép một kiểu trong bài (cong “…” hoặc thẳng "…"); ngoặc kép và ngoặc đơn phải đóng mở đủ cặp.',
      en: 'One kind of double quotes per article (curly “…” or straight "…"); quotes and brackets balanced.',
    },
    rationale: {
      vi: 'Tiếng Việt dùng ngoặc kép cong “…” (‘…’ khi lồng nhau), theo CLDR; ngoặc thẳng chỉ là lỗi khi trộn với ngoặc cong trong cùng bài. Khi tòa soạn chưa chọn (house.quotes), kiểu chiếm đa số được giữ. Ngoặc kép được cân trong cả bài: lời dẫn dài nhiều đoạn mở ở đoạn này, đóng ở đoạn sau là đúng (kể cả kiểu mở lại “ ở đầu mỗi đoạn). Dấu đóng viết ngược thành dấu mở (“tốt“) hay ngược lại (”tốt”) được sửa theo vị trí. Ngoặc đơn được cân trong từng đoạn. Ngoặc thiếu cặp thường là lỗi cắt dán: được báo, không tự sửa.',
      en: 'Vietnamese uses curly quotes “…” (‘…’ nested), per CLDR; straight quotes are a defect only when mixed with curly ones in one article. Without a house choice (house.quotes) the majority wins. Quotes are balanced over the whole article: a long quotation opened in one paragraph and closed in a later one is right (also when each paragraph reopens it with “). A closing quote typed as an opening one (“good“) or the reverse (”good”) is fixed from its position. Round brackets are balanced per paragraph. A mark without its pair is usually a cut-and-paste slip: reported, not fixed.',
    },
    severity: 'warning',
    fixable: 'fix',
    sources: ['reference §5 PUNC-3'],
    messages: {
      mixed: { vi: '{markName} giữa bài dùng ngoặc kép {expected}. Hãy dùng {fixedName}.', en: '{markNameEn} in an article using {expectedEn} quotes. Use {fixedNameEn}.' },
      unbalanced: { vi: '{markName} không có dấu đóng/mở tương ứng.', en: '{markNameEn} has no matching pair.' },
      direction: { vi: '{markName} ở đây {role} lời dẫn: hãy dùng {fixedName}.', en: '{markNameEn} here {roleEn} a quotation: use {fixedNameEn}.' },
      fix: { vi: 'Dùng {fixedName}', en: 'Use {fixedNameEn}' },
    },
    perParagraph: ['mixed'],
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nÔng nói “được”, “tốt” và “ổn”.\n\nBà đáp ⟦"⟧không".\n\nAnh đáp ⟦"⟧có".', findings: ['mixed', 'mixed'], output: 'Tiêu đề\n\nÔng nói “được”, “tốt” và “ổn”.\n\nBà đáp “không”.\n\nAnh đáp “có”.' },
        {
          // The house choice broken several times in one paragraph: one finding, one fix for all.
          text: 'Tiêu đề\n\nÔng nói ⟦"⟧được", bà nói "tốt" và họ nói "ổn".',
          config: { house: { quotes: 'curly' } },
          findings: ['mixed'],
          output: 'Tiêu đề\n\nÔng nói “được”, bà nói “tốt” và họ nói “ổn”.',
          fixes: ['Tiêu đề\n\nÔng nói “được”, bà nói “tốt” và họ nói “ổn”.'],
          preferred: 0,
        },
        { text: 'Tiêu đề\n\nÔng nói ⟦“⟧được” và "tốt".', config: { house: { quotes: 'straight' } }, findings: ['mixed'], output: 'Tiêu đề\n\nÔng nói "được" và "tốt".' },
        { text: 'Tiêu đề\n\nChương trình ⟦“⟧Nông thôn mới đã về đích.\n\nMột đoạn ⟦(⟧chưa đóng ngoặc.', findings: ['unbalanced', 'unbalanced'], output: 'Tiêu đề\n\nChương trình “Nông thôn mới đã về đích.\n\nMột đoạn (chưa đóng ngoặc.' },
        { text: 'Tiêu đề\n\nCa sĩ đã ⟦”⟧độc cô cầu bại” và chàng “hotboy cầu lông⟦“⟧ cũng vậy.', findings: ['direction', 'direction'], output: 'Tiêu đề\n\nCa sĩ đã “độc cô cầu bại” và chàng “hotboy cầu lông” cũng vậy.' },
        { text: 'Tiêu đề\n\nÔng nói: “Tôi đồng ý.”\n\nBà nói thêm ⟦”⟧.', findings: ['unbalanced'], output: 'Tiêu đề\n\nÔng nói: “Tôi đồng ý.”\n\nBà nói thêm ”.' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nÔng nói “Tôi tin ‘Nhân dân’ sẽ thắng” (như đã hứa).' },
        { text: 'Tiêu đề\n\nÔng nói "được" và "tốt". Bà H\'Ven đồng ý.' },
        { text: 'Tiêu đề\n\n1) Mục một; 2) mục hai.\n\nA) Có tổ chức;\nB) Gây cản trở.' },
        { text: 'Tiêu đề\n\nPhim của đạo diễn Denis Villeneuve (\nArrival\n) được đề cử.' },
        // A quotation over two paragraphs, closed once; then one reopened in each paragraph.
        { text: 'Tiêu đề\n\nÔng phân tích: “Luật đang được soạn thảo.\n\nNgười dân có quyền góp ý.” Ông nói.\n\nBà kể: “Năm ấy mưa nhiều.\n\n“Năm sau thì hạn,” bà nói.' },
        { text: 'Tiêu đề\n\nÔng nói: "Luật đang soạn.\n\nDân góp ý." Rồi về.' },
      ],
    },
  },
  check(context) {
    const { article, house } = context;
    const marks = marksOf(article);
    const reports: Report[] = [];
    balanceQuotes(article, marks, reports);
    balanceStraight(marks, reports);
    balanceBrackets(article, marks, reports);
    mixedStyles(article, marks, house.quotes, reports);
    reports.sort((a, b) => a.start - b.start).forEach((r) => context.report(r));
  },
});

/** Quotes and round brackets of the article's prose, in order. */
function marksOf(article: Article): Mark[] {
  const marks: Mark[] = [];
  const mask = article.mask;
  article.blocks.forEach((block, index) => {
    if (block.kind === 'residue') return;
    for (let at = block.start; at < block.end; at++) {
      const c = mask.charCodeAt(at);
      if (c === 0x201c || c === 0x201d || c === 0x22 || c === 0x28 || c === 0x29) marks.push({ at, ch: mask[at], block: index });
    }
  });
  return marks;
}

/** How a message names each mark (a bare `"` in a message reads as noise). */
const MARK_NAMES: Record<string, { vi: string; en: string }> = {
  '“': { vi: 'dấu mở ngoặc kép “', en: 'the opening quote “' },
  '”': { vi: 'dấu đóng ngoặc kép ”', en: 'the closing quote ”' },
  '"': { vi: 'dấu ngoặc kép thẳng "', en: 'the straight quote "' },
  '(': { vi: 'dấu mở ngoặc đơn (', en: 'the opening bracket (' },
  ')': { vi: 'dấu đóng ngoặc đơn )', en: 'the closing bracket )' },
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Message data naming the mark found and the mark to write. */
function names(mark: string, fixed?: string): Record<string, string> {
  const data: Record<string, string> = { mark, markName: capital(MARK_NAMES[mark].vi), markNameEn: capital(MARK_NAMES[mark].en) };
  if (fixed) Object.assign(data, { fixed, fixedName: MARK_NAMES[fixed].vi, fixedNameEn: MARK_NAMES[fixed].en });
  return data;
}

const unbalanced = (m: Mark): Report => ({ start: m.at, end: m.at + 1, messageId: 'unbalanced', data: names(m.ch) });
const wordChar = (ch: string | undefined) => ch !== undefined && (charClass(ch.charCodeAt(0)) & (LETTER | DIGIT)) !== 0;

/** Curly quotes, over the whole article: a quotation may run over several paragraphs. */
function balanceQuotes(article: Article, marks: Mark[], reports: Report[]): void {
  const mask = article.mask;
  let open: Mark[] = [];
  // Only a paragraph's quotation continues into the next paragraph (not a title's or a caption's).
  const continues = (o: Mark) => { const k = article.blocks[o.block].kind; return k === 'lead' || k === 'paragraph'; };
  for (const m of marks) {
    if (m.ch !== '“' && m.ch !== '”') continue;
    if (open.length && open[open.length - 1].block !== m.block) {
      for (const o of open) if (!continues(o)) reports.push(unbalanced(o));
      open = open.filter(continues);
    }
    const before = mask[m.at - 1];
    const after = mask[m.at + 1];
    const top = open[open.length - 1];
    if (m.ch === '“') {
      // “ after a word and before a space or punctuation closes a quotation: typed the wrong way round.
      if (top && top.block === m.block && (wordChar(before) || /[.,!?…]/.test(before ?? '')) && !wordChar(after)) {
        open.pop();
        reports.push(direction(m, '”'));
      } else if (top && top.block < m.block) open[open.length - 1] = m; // the quotation continues, reopened
      else open.push(m);
    } else if (top) open.pop();
    else if ((before === undefined || /[\s([—–-]/.test(before)) && wordChar(after)) {
      // ” before a word, nothing open: an opening quote typed the wrong way round.
      open.push(m);
      reports.push(direction(m, '“'));
    } else reports.push(unbalanced(m));
  }
  for (const m of open) reports.push(unbalanced(m));
}

function direction(m: Mark, fixed: string): Report {
  const opens = fixed === '“';
  return {
    start: m.at,
    end: m.at + 1,
    messageId: 'direction',
    data: { ...names(m.ch, fixed), role: opens ? 'mở' : 'đóng', roleEn: opens ? 'opens' : 'closes' },
    fix: { messageId: 'fix', data: names(m.ch, fixed), edits: [{ start: m.at, end: m.at + 1, text: fixed }] },
  };
}

/** Straight quotes: a paragraph with an odd count opens or closes a quotation over paragraphs. */
function balanceStraight(marks: Mark[], reports: Report[]): void {
  let pending: Mark | null = null;
  for (let i = 0; i < marks.length; ) {
    const block = marks[i].block;
    let count = 0;
    let last: Mark | null = null;
    for (; i < marks.length && marks[i].block === block; i++) {
      if (marks[i].ch !== '"') continue;
      count++;
      last = marks[i];
    }
    if (count % 2 === 1) pending = pending ? null : last;
  }
  if (pending) reports.push(unbalanced(pending));
}

/**
 * Round brackets, per paragraph ("1)", "b)" enumerations are not unmatched brackets). A bracket
 * left open next to a short line stays open over it: copied pages break "(\nArrival\n)" into lines.
 */
function balanceBrackets(article: Article, marks: Mark[], reports: Report[]): void {
  const short = (b: number) => article.mask.slice(article.blocks[b].start, article.blocks[b].end).split(/\s+/).length <= 8;
  let open: Mark[] = [];
  let block = -1;
  for (const m of marks) {
    if (m.ch !== '(' && m.ch !== ')') continue;
    if (m.block !== block) {
      const gap = m.block - block;
      if (open.length && !(gap <= 2 && (short(block) || short(m.block) || (gap === 2 && short(block + 1))))) {
        for (const o of open) reports.push(unbalanced(o));
        open = [];
      }
      block = m.block;
    }
    if (m.ch === '(') open.push(m);
    else if (!open.pop() && !/(?:^|\s)[\da-zA-ZđĐ]$/u.test(article.mask.slice(Math.max(article.blocks[m.block].start, m.at - 2), m.at))) reports.push(unbalanced(m));
  }
  for (const o of open) reports.push(unbalanced(o));
}

const STYLE_NAMES = { curly: { vi: 'cong “…”', en: 'curly “…”' }, straight: { vi: 'thẳng "…"', en: 'straight "…"' } };

/** Curly and straight quotes mixed: the house style, or the article's majority. */
function mixedStyles(article: Article, marks: Mark[], house: Style | 'consistent', reports: Report[]): void {
  const quotes = marks.filter((m) => m.ch !== '(' && m.ch !== ')').map((m) => ({ at: m.at, style: (m.ch === '"' ? 'straight' : 'curly') as Style }));
  const styles = new Set(quotes.map((q) => q.style));
  const target: Style | undefined = house !== 'consistent' ? house : styles.size > 1 ? majority(quotes.map((q) => q.style)) : undefined;
  if (!target) return;
  const text = article.text;
  for (const q of quotes) {
    if (q.style === target) continue;
    let fixed: string;
    if (target === 'straight') fixed = '"';
    else {
      const before = text[q.at - 1];
      fixed = before === undefined || /[\s(\[—–-]/.test(before) ? '“' : '”';
    }
    reports.push({
      start: q.at,
      end: q.at + 1,
      messageId: 'mixed',
      data: { ...names(text[q.at], fixed), expected: STYLE_NAMES[target].vi, expectedEn: STYLE_NAMES[target].en },
      fix: { messageId: 'fix', data: names(text[q.at], fixed), edits: [{ start: q.at, end: q.at + 1, text: fixed }] },
    });
  }
}
