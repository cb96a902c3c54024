import { defineRule, replaceFix, TEXT_BLOCKS } from '../rule';
import { blockWords, Word } from '../analysis/words';

/**
 * Words that are never doubled in Vietnamese. Doubling is otherwise common and right:
 * reduplicatives (ầm ầm, xanh xanh, từ từ, người người), so only these are checked.
 */
const NEVER_DOUBLED = new Set([
  'của',
  'đã',
  'là',
  'và',
  'các',
  'những',
  'được',
  'với',
  'cho',
  'trong',
  'về',
  'tại',
  'theo',
  'để',
  'khi',
  'thì',
  'mà',
  'nhưng',
  'này',
  'đó',
  'một',
  'sẽ',
  'đang',
  'bị',
  'do',
  'đến',
  'vào',
  'hoặc',
  'cũng',
  'vẫn',
  'rằng',
  'nên',
  'nếu',
  'vì',
  'bởi',
  'tuy',
  'có',
  'không',
  'the',
  'of',
  'and',
]);

/** Compounds that end in a word the next one repeats: "phòng không không quân", "hàng không không", "hay không không". */
const COMPOUND_BEFORE: Record<string, string[]> = {
  không: ['phòng', 'hàng', 'hay', 'có', 'chăng'],
  bị: ['chuẩn', 'trang', 'thiết'],
  tại: ['hiện', 'tồn'],
  là: ['bàn', 'bay'],
};

/** The first of the pair closes a compound with the word before it. */
function partOfCompound(words: readonly Word[], i: number): boolean {
  const before = words[i - 2];
  return !!before && before.block === words[i].block && (COMPOUND_BEFORE[words[i].lower] ?? []).includes(before.lower);
}

/** Two doubled words in a row: "đi đi về về", "ra ra vào vào" (an emphatic pattern, not a slip). */
function inDoubledPairs(words: readonly Word[], i: number): boolean {
  const same = (a: number, b: number) =>
    !!words[a] && !!words[b] && words[a].block === words[i].block && words[b].block === words[i].block && words[a].lower === words[b].lower;
  const other = (a: number) => !!words[a] && words[a].lower !== words[i].lower; // "của của của của" is a run, not two pairs
  return (other(i - 2) && same(i - 3, i - 2)) || (other(i + 1) && same(i + 1, i + 2));
}

export default defineRule({
  id: 'repeated-word',
  meta: {
    category: 'spelling',
    scope: 'block',
    blocks: TEXT_BLOCKS,
    description: {
      vi: 'Một từ bị lặp liền nhau: "của của", "đã đã" (không phải từ láy như "ầm ầm", "từ từ").',
      en: 'A word typed twice: "của của", "đã đã" (not reduplicatives such as "ầm ầm", "từ từ").',
    },
    rationale: {
      vi: 'Lặp từ là lỗi gõ hay gặp khi sửa bài. Tiếng Việt có rất nhiều từ láy lặp nguyên dạng (ầm ầm, xanh xanh, từ từ, người người), nên chỉ các hư từ và động từ quen thuộc không bao giờ đứng lặp (của, đã, là, và, các, được…) bị xét. Không xét qua dấu câu ("xây dựng Đảng, Đảng ủy") và không xét số ("10/10").',
      en: 'A doubled word is a common slip when editing. Vietnamese has many whole-word reduplicatives (ầm ầm, xanh xanh, từ từ, người người), so only function words that are never doubled (của, đã, là, và, các, được…) are checked. Never across punctuation ("xây dựng Đảng, Đảng ủy"), never numbers ("10/10").',
    },
    severity: 'warning',
    fixable: 'fix',
    sources: ['reference §7.2'],
    messages: {
      repeated: { vi: 'Từ "{word}" bị lặp.', en: 'The word "{word}" is repeated.' },
      remove: { vi: 'Bỏ từ lặp', en: 'Remove the repeated word' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nNăng lực ⟦của của⟧ tổ chức và ⟦đã đã⟧ triển khai.',
          findings: ['repeated', 'repeated'],
          output: 'Tiêu đề\n\nNăng lực của tổ chức và đã triển khai.',
        },
        { text: 'Tiêu đề\n\n⟦Các các⟧ đơn vị.', findings: ['repeated'], output: 'Tiêu đề\n\nCác đơn vị.' },
        // A run of repeats is one finding, fixed in one edit.
        { text: 'Tiêu đề\n\nHọ ⟦đã đã đã  đã⟧ đến.', findings: ['repeated'], output: 'Tiêu đề\n\nHọ đã đến.' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nXây dựng Đảng, Đảng ủy; 10/10 chi bộ; tiếng sóng ầm ầm, trời xanh xanh, đi từ từ, người người thi đua.' },
        // A compound before the pair, doubled pairs for emphasis.
        { text: 'Tiêu đề\n\nĐất của phòng không không quân được giao lại; anh phải đi đi về về nhiều lần.' },
      ],
    },
  },
  checkBlock(block, context) {
    const words = blockWords(context.article, block);
    const text = context.article.text;
    const repeats = (a: (typeof words)[number], b: (typeof words)[number]) =>
      a.lower === b.lower && a.block === b.block && /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start)); // never across punctuation or a line break
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1];
      if (!NEVER_DOUBLED.has(a.lower) || !repeats(a, words[i])) continue;
      if (partOfCompound(words, i) || inDoubledPairs(words, i)) continue;
      // A run ("của của của") is one finding and one edit: the fix converges in one pass.
      let j = i;
      while (j + 1 < words.length && repeats(words[j], words[j + 1])) j++;
      const last = words[j];
      context.report({
        start: a.start,
        end: last.end,
        messageId: 'repeated',
        data: { word: last.text },
        fix: replaceFix({ start: a.end, end: last.end }, '', { messageId: 'remove' }),
      });
      i = j + 1;
    }
  },
});
