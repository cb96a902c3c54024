import { defineRule, replaceFix, Report } from '../rule';
import type { Article } from '../article';
import { certainUnlessTied, houseOrMajority } from '../analysis/majority';
import { analyseQuotes, quoteRole } from '../analysis/quote-marks';

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
    scope: 'article',
    description: {
      vi: 'Ngoặc kép một kiểu trong bài (cong “…” hoặc thẳng "…"); ngoặc kép và ngoặc đơn phải đóng mở đủ cặp.',
      en: 'One kind of double quotes per article (curly “…” or straight "…"); quotes and brackets balanced.',
    },
    rationale: {
      vi: 'Tiếng Việt dùng ngoặc kép cong “…” (‘…’ khi lồng nhau), theo CLDR; ngoặc thẳng chỉ là lỗi khi trộn với ngoặc cong trong cùng bài. Khi tòa soạn chưa chọn (house.quotes), kiểu chiếm đa số được giữ. Ngoặc kép được cân trong cả bài: lời dẫn dài nhiều đoạn mở ở đoạn này, đóng ở đoạn sau là đúng (kể cả kiểu mở lại “ ở đầu mỗi đoạn). Dấu đóng viết ngược thành dấu mở (“tốt“) hay ngược lại (”tốt”) được sửa theo vị trí. Ngoặc đơn được cân trong từng đoạn. Ngoặc thiếu cặp thường là lỗi cắt dán: được báo, không tự sửa.',
      en: 'Vietnamese uses curly quotes “…” (‘…’ nested), per CLDR; straight quotes are a defect only when mixed with curly ones in one article. Without a house choice (house.quotes) the majority wins. Quotes are balanced over the whole article: a long quotation opened in one paragraph and closed in a later one is right (also when each paragraph reopens it with “). A closing quote typed as an opening one (“good“) or the reverse (”good”) is fixed from its position. Round brackets are balanced per paragraph. A mark without its pair is usually a cut-and-paste slip: reported, not fixed.',
    },
    severity: 'warning',
    fixable: 'both',
    house: ['quotes'],
    sources: ['reference §5 PUNC-3'],
    messages: {
      mixed: {
        vi: '{markName} giữa bài dùng ngoặc kép {expected}. Hãy dùng {fixedName}.',
        en: '{markName} in an article using {expected} quotes. Use {fixedName}.',
      },
      unbalanced: { vi: '{markName} không có dấu đóng/mở tương ứng.', en: '{markName} has no matching pair.' },
      direction: { vi: '{markName} ở đây {role} lời dẫn: hãy dùng {fixedName}.', en: '{markName} here {role} a quotation: use {fixedName}.' },
      fix: { vi: 'Dùng {fixedName}', en: 'Use {fixedName}' },
    },
    perParagraph: ['mixed'],
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nÔng nói “được”, “tốt” và “ổn”.\n\nBà đáp ⟦"⟧không".\n\nAnh đáp ⟦"⟧có".',
          findings: ['mixed', 'mixed'],
          output: 'Tiêu đề\n\nÔng nói “được”, “tốt” và “ổn”.\n\nBà đáp “không”.\n\nAnh đáp “có”.',
        },
        {
          // The house choice broken several times in one paragraph: one finding, one fix for all.
          text: 'Tiêu đề\n\nÔng nói ⟦"⟧được", bà nói "tốt" và họ nói "ổn".',
          config: { house: { quotes: 'curly' } },
          findings: ['mixed'],
          output: 'Tiêu đề\n\nÔng nói “được”, bà nói “tốt” và họ nói “ổn”.',
          fixes: ['Tiêu đề\n\nÔng nói “được”, bà nói “tốt” và họ nói “ổn”.'],
          preferred: 0,
        },
        {
          text: 'Tiêu đề\n\nÔng nói ⟦“⟧được” và "tốt".',
          config: { house: { quotes: 'straight' } },
          findings: ['mixed'],
          output: 'Tiêu đề\n\nÔng nói "được" và "tốt".',
        },
        {
          text: 'Tiêu đề\n\nChương trình ⟦“⟧Nông thôn mới đã về đích.\n\nMột đoạn ⟦(⟧chưa đóng ngoặc.',
          findings: ['unbalanced', 'unbalanced'],
          output: 'Tiêu đề\n\nChương trình “Nông thôn mới đã về đích.\n\nMột đoạn (chưa đóng ngoặc.',
        },
        {
          text: 'Tiêu đề\n\nCa sĩ đã ⟦”⟧độc cô cầu bại” và chàng “hotboy cầu lông⟦“⟧ cũng vậy.',
          findings: ['direction', 'direction'],
          output: 'Tiêu đề\n\nCa sĩ đã “độc cô cầu bại” và chàng “hotboy cầu lông” cũng vậy.',
        },
        {
          text: 'Tiêu đề\n\nÔng nói: “Tôi đồng ý.”\n\nBà nói thêm ⟦”⟧.',
          findings: ['unbalanced'],
          output: 'Tiêu đề\n\nÔng nói: “Tôi đồng ý.”\n\nBà nói thêm ”.',
        },
        // A pair typed with two kinds of mark is a pair: only its mixing is reported.
        {
          text: 'Tiêu đề\n\nÔng nói “được” và “tốt”.\n\nBà nói ⟦"⟧Chúng ta đồng ý”, rồi đi.',
          findings: ['mixed'],
          output: 'Tiêu đề\n\nÔng nói “được” và “tốt”.\n\nBà nói “Chúng ta đồng ý”, rồi đi.',
        },
        // German quotes „…“: both marks typed the wrong way for Vietnamese.
        {
          text: 'Tiêu đề\n\nĐại sứ nói ⟦„⟧Hai nước tôn trọng nhau⟦“⟧.',
          findings: ['direction', 'direction'],
          output: 'Tiêu đề\n\nĐại sứ nói “Hai nước tôn trọng nhau”.',
        },
        // Straight quotes open or close by where they stand: the stray one is the one reported.
        {
          text: 'Tiêu đề\n\nÔng nói "chưa hiểu". ⟦"⟧Làm sao được, ông hỏi.',
          findings: ['unbalanced'],
          output: 'Tiêu đề\n\nÔng nói "chưa hiểu". "Làm sao được, ông hỏi.',
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nÔng nói “Tôi tin ‘Nhân dân’ sẽ thắng” (như đã hứa).' },
        { text: 'Tiêu đề\n\nÔng nói "được" và "tốt". Bà H\'Ven đồng ý.' },
        { text: 'Tiêu đề\n\n1) Mục một; 2) mục hai.\n\nA) Có tổ chức;\nB) Gây cản trở.' },
        { text: 'Tiêu đề\n\nPhim của đạo diễn Denis Villeneuve (\nArrival\n) được đề cử.' },
        // A quotation over two paragraphs, closed once; then one reopened in each paragraph.
        {
          text: 'Tiêu đề\n\nÔng phân tích: “Luật đang được soạn thảo.\n\nNgười dân có quyền góp ý.” Ông nói.\n\nBà kể: “Năm ấy mưa nhiều.\n\n“Năm sau thì hạn,” bà nói.',
        },
        { text: 'Tiêu đề\n\nÔng nói: "Luật đang soạn.\n\nDân góp ý." Rồi về.' },
        // A quotation over two paragraphs with a nested quotation inside.
        { text: 'Tiêu đề\n\nBà kể: “Đến nay, mô hình đã lan rộng.\n\nChúng tôi giữ tinh thần “sẻ chia là hạnh phúc” cho cộng đồng”, bà nói.' },
      ],
    },
  },
  check(context) {
    const { article, house } = context;
    const marks = marksOf(article);
    const reports: Report[] = [];
    const reported = balanceQuotes(article, reports);
    balanceBrackets(article, marks, reports);
    mixedStyles(
      article,
      marks.filter((m) => !reported.has(m.at)),
      house.quotes,
      reports,
    );
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
      if (c === 0x201c || c === 0x201d || c === 0x22 || c === 0x201e || c === 0x28 || c === 0x29) marks.push({ at, ch: mask[at], block: index });
    }
  });
  return marks;
}

/** How a message names each mark (a bare `"` in a message reads as noise). */
const MARK_NAMES: Record<string, { vi: string; en: string }> = {
  '“': { vi: 'dấu mở ngoặc kép “', en: 'the opening quote “' },
  '”': { vi: 'dấu đóng ngoặc kép ”', en: 'the closing quote ”' },
  '"': { vi: 'dấu ngoặc kép thẳng "', en: 'the straight quote "' },
  '„': { vi: 'dấu ngoặc kép dưới „ (kiểu Đức)', en: 'the low quote „ (German style)' },
  '(': { vi: 'dấu mở ngoặc đơn (', en: 'the opening bracket (' },
  ')': { vi: 'dấu đóng ngoặc đơn )', en: 'the closing bracket )' },
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Message data naming the mark found and the mark to write. */
function names(mark: string, fixed?: string) {
  const { vi, en } = MARK_NAMES[mark];
  return { mark, markName: { vi: capital(vi), en: capital(en) }, ...(fixed ? { fixed, fixedName: MARK_NAMES[fixed] } : {}) };
}

const unbalanced = (m: { at: number; ch: string }): Report => ({ start: m.at, end: m.at + 1, messageId: 'unbalanced', data: names(m.ch) });

/** Double quotes (balanced by analyseQuotes): a mark typed the wrong way round gets a fix; one without a partner is reported. Returns the marks reported. */
function balanceQuotes(article: Article, reports: Report[]): Set<number> {
  const reported = new Set<number>();
  for (const m of analyseQuotes(article)) {
    if (m.fixed) reports.push(direction(m, m.fixed));
    else if (m.unbalanced) reports.push(unbalanced(m));
    else continue;
    reported.add(m.at);
  }
  return reported;
}

function direction(m: { at: number; ch: string }, fixed: string): Report {
  const opens = fixed === '“';
  return {
    start: m.at,
    end: m.at + 1,
    messageId: 'direction',
    data: { ...names(m.ch, fixed), role: opens ? { vi: 'mở', en: 'opens' } : { vi: 'đóng', en: 'closes' } },
    fix: replaceFix({ start: m.at, end: m.at + 1 }, fixed, { messageId: 'fix', data: names(m.ch, fixed) }),
  };
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
    else if (!open.pop() && !/(?:^|\s)[\da-zA-ZđĐ]$/u.test(article.mask.slice(Math.max(article.blocks[m.block].start, m.at - 2), m.at)))
      reports.push(unbalanced(m));
  }
  for (const o of open) reports.push(unbalanced(o));
}

const STYLE_NAMES = { curly: { vi: 'cong “…”', en: 'curly “…”' }, straight: { vi: 'thẳng "…"', en: 'straight "…"' } };

/** Curly and straight quotes mixed: the house style, or the article's majority. */
function mixedStyles(article: Article, marks: Mark[], house: Style | 'consistent', reports: Report[]): void {
  const quotes = marks.filter((m) => m.ch !== '(' && m.ch !== ')').map((m) => ({ at: m.at, style: (m.ch === '"' ? 'straight' : 'curly') as Style }));
  const target = houseOrMajority<Style>(
    house,
    quotes.map((q) => q.style),
    true,
  );
  if (!target) return;
  const text = article.text;
  const roles = new Map(analyseQuotes(article).map((m) => [m.at, m.role]));
  for (const q of quotes) {
    if (q.style === target.value) continue;
    let fixed: string;
    // A straight mark between spaces ("hàng " Lợi") reads either way: its role comes from the pairs around it, and it is only offered.
    const either = target.value === 'curly' && quoteRole(article.mask, q.at) === 'either';
    if (target.value === 'straight') fixed = '"';
    else {
      const place = quoteRole(article.mask, q.at);
      fixed = place === 'open' || (place === 'either' && (roles.get(q.at) ?? 'open') === 'open') ? '“' : '”';
    }
    const fix = replaceFix({ start: q.at, end: q.at + 1 }, fixed, { messageId: 'fix', data: names(text[q.at], fixed) });
    reports.push({
      start: q.at,
      end: q.at + 1,
      messageId: 'mixed',
      data: { ...names(text[q.at], fixed), expected: STYLE_NAMES[target.value] },
      ...(either ? { suggestions: [fix] } : certainUnlessTied(target, fix)),
    });
  }
}
