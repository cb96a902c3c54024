import { defineRule, NON_RESIDUE_BLOCKS, replaceFix } from '../rule';
import { isValidSyllable } from '../text/syllable';

/** A dotted line to fill in ("Tên: ………….." , "……"): six dots or more, or dots next to an ellipsis. */
function isLeader(text: string, at: number, length: number): boolean {
  return length >= 6 || text[at - 1] === '…' || text[at + length] === '…';
}

/** Two dots inside a word ("k.ích th..ích"): letters on both sides, and no syllable before them. */
function isHiddenWord(text: string, at: number): boolean {
  const before = /[\p{L}\p{M}]+$/u.exec(text.slice(Math.max(0, at - 8), at));
  return !!before && /^[\p{L}]/u.test(text.slice(at + 2, at + 3)) && !isValidSyllable(before[0].toLowerCase());
}

export default defineRule({
  id: 'ellipsis',
  meta: {
    category: 'typography',
    scope: 'block',
    blocks: NON_RESIDUE_BLOCKS,
    description: {
      vi: 'Dấu chấm lửng là "…" hoặc "...": không hai, không bốn dấu chấm trở lên, không có khoảng trắng phía trước, không "v.v…".',
      en: 'An ellipsis is "…" or "...": never two, never four or more dots, no space before it, no "v.v…".',
    },
    rationale: {
      vi: 'Văn bản mẫu dùng "…" (U+2026); NĐ 30 viết ",..." và "…". Hai hay bốn dấu chấm trở lên, hoặc dấu cách trước dấu chấm lửng ("lãng phí ...") là lỗi gõ. "v.v." đã có nghĩa "vân vân", không ghép với dấu chấm lửng. Bản sửa dùng "…" trừ khi bài đã viết "...".',
      en: 'The sample article uses "…" (U+2026); NĐ 30 writes ",..." and "…". Two or four-plus dots, or a space before the ellipsis ("lãng phí ..."), are typing slips. "v.v." already means "etc." and takes no ellipsis. The fix writes "…" unless the article writes "...".',
    },
    severity: 'warning',
    fixable: 'both',
    sources: ['reference §5 PUNC-4, PUNC-5'],
    messages: {
      dots: { vi: '{count} dấu chấm liền nhau; dấu chấm lửng là "{fixed}".', en: '{count} dots in a row; an ellipsis is "{fixed}".' },
      twoDots: {
        vi: 'Hai dấu chấm liền nhau: dấu chấm câu "." hay dấu chấm lửng "{fixed}"?',
        en: 'Two dots in a row: a full stop "." or an ellipsis "{fixed}"?',
      },
      space: { vi: 'Thừa khoảng trắng trước dấu chấm lửng.', en: 'Space before the ellipsis.' },
      vv: { vi: '"v.v." không đi kèm dấu chấm lửng. Hãy viết "v.v.".', en: '"v.v." takes no ellipsis. Write "v.v.".' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
      remove: { vi: 'Bỏ khoảng trắng', en: 'Remove the space' },
    },
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nTham nhũng, lãng phí và tiêu cực⟦....⟧', findings: ['dots'], output: 'Tiêu đề\n\nTham nhũng, lãng phí và tiêu cực…' },
        {
          // Two dots: a doubled full stop or a short ellipsis; the editor chooses.
          text: 'Tiêu đề\n\nDịch Covid⟦..⟧ Sau đó mọi việc ổn.',
          findings: ['twoDots'],
          output: 'Tiêu đề\n\nDịch Covid.. Sau đó mọi việc ổn.',
          fixes: ['Tiêu đề\n\nDịch Covid. Sau đó mọi việc ổn.', 'Tiêu đề\n\nDịch Covid… Sau đó mọi việc ổn.'],
          preferred: null,
        },
        {
          text: 'Tiêu đề\n\nTham nhũng, lãng phí⟦ ⟧… và rau, củ, quả ⟦v.v…⟧',
          findings: ['space', 'vv'],
          output: 'Tiêu đề\n\nTham nhũng, lãng phí… và rau, củ, quả v.v.',
        },
        { text: 'Tiêu đề\n\nĐã có... và rồi⟦.....⟧ thôi.', findings: ['dots'], output: 'Tiêu đề\n\nĐã có... và rồi... thôi.' },
      ],
      valid: [
        { text: 'Tiêu đề\n\nNông thôn mới… và hội nghị v.v. Sau đó "... và" là trích đoạn; từ 1..10? Không: phiên bản 1.2.3 và TP.HCM.' },
        // A form's dotted line, dots hiding a word, an ellipsis a crawler cut over two lines.
        { text: 'Tiêu đề\n\nHọ tên: ……………………….. Địa chỉ: ..........\nQuảng cáo k.ích th..ích ăn uống.\nCác bài hát Telephone.\n..từng ca khúc đều hay.' },
      ],
    },
  },
  /** The article's ellipsis: "..." when it writes three dots and never "…". */
  facts({ article }) {
    return /(?<!\.)\.{3}(?!\.)/.test(article.mask) && !article.mask.includes('…') ? '...' : '…';
  },
  checkBlock(block, context, ell) {
    const { article } = context;
    const text = article.mask.slice(block.start, block.end);
    if (!text.includes('..') && !text.includes('…')) return;
    for (const m of text.matchAll(/v\.v(?:…|\.{2,})/gu)) {
      if (m[0] === 'v.v...') continue; // NĐ 30 writes "v.v..."
      const s = block.start + m.index!;
      context.report({ start: s, end: s + m[0].length, messageId: 'vv', fix: replaceFix({ start: s, end: s + m[0].length }, 'v.v.') });
    }
    for (const m of text.matchAll(/(?<![.\d])\.{2}(?![.\d])|\.{4,}/g)) {
      const s = block.start + m.index!;
      if (text.slice(Math.max(0, m.index! - 3), m.index!) === 'v.v') continue;
      if (isLeader(text, m.index!, m[0].length) || (m.index! === 0 && m[0].length === 2)) continue; // a form's dotted line; ".." a crawler moved to the next line
      if (m[0].length === 2 && isHiddenWord(text, m.index!)) continue; // "th..ích": dots hiding a word from filters
      const write = (fixed: string) => replaceFix({ start: s, end: s + m[0].length }, fixed);
      if (m[0].length === 2) context.report({ start: s, end: s + 2, messageId: 'twoDots', data: { fixed: ell }, suggestions: [write('.'), write(ell)] });
      else context.report({ start: s, end: s + m[0].length, messageId: 'dots', data: { count: m[0].length, fixed: ell }, fix: write(ell) });
    }
    for (const m of text.matchAll(/[ \t]+(?=…|\.{3}(?!\.))/gu)) {
      if (m.index! === 0 || !/[\p{L}\p{N}\p{M},]/u.test(text[m.index! - 1])) continue;
      const s = block.start + m.index!;
      context.report({ start: s, end: s + m[0].length, messageId: 'space', fix: replaceFix({ start: s, end: s + m[0].length }, '', { messageId: 'remove' }) });
    }
  },
});
