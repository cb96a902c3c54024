import { defineRule, replaceFix, RuleContext, TEXT_BLOCKS } from '../rule';
import data from '../../data/misspellings.json';
import { capitalize } from '../text/vietnamese';
import { blockWords, Word, WordSet } from '../analysis/words';

interface Entry {
  wrong: string;
  right: string;
  certain: boolean;
  /** Words before or after that make the phrase part of other words ("hồ sơ xuất khẩu"). */
  notAfter?: string[];
  notBefore?: string[];
}

const ENTRIES = data.entries as Entry[];
/** Entries by their first word, longest first: the words of the article are walked once. */
const BY_FIRST = new Map<string, Array<{ words: string[]; entry: Entry }>>();
for (const entry of [...ENTRIES].sort((a, b) => b.wrong.length - a.wrong.length)) {
  const words = entry.wrong.split(' ');
  BY_FIRST.set(words[0], [...(BY_FIRST.get(words[0]) ?? []), { words, entry }]);
}
const FIRST = new WordSet(BY_FIRST.keys());

export default defineRule({
  id: 'misspelling',
  meta: {
    category: 'spelling',
    scope: 'block',
    blocks: TEXT_BLOCKS,
    description: {
      vi: 'Lỗi chính tả hay gặp: "chuẩn đoán" → "chẩn đoán", "sát nhập" → "sáp nhập", "bổ xung" → "bổ sung", "che dấu" → "che giấu"…',
      en: 'Known misspellings: "chuẩn đoán" → "chẩn đoán", "sát nhập" → "sáp nhập", "bổ xung" → "bổ sung", "che dấu" → "che giấu"…',
    },
    rationale: {
      vi: 'Các cặp nhầm lẫn quen thuộc (s/x, d/gi/r, ch/tr, dấu hỏi/ngã) mà kiểm tra âm tiết không bắt được vì từ viết sai vẫn là âm tiết đúng. Danh sách lấy từ quy ước của Tạp chí Du lịch Việt Nam và các lỗi hay gặp trong báo chí (src/data/misspellings.json). So khớp nguyên từ; những cặp mà dạng "sai" đôi khi vẫn đúng (giành cho, yếu điểm) chỉ được gợi ý ở mức info. "Giả thuyết" và "giả thiết" là hai từ khác nghĩa, đều đúng: không xét.',
      en: 'Familiar confusions (s/x, d/gi/r, ch/tr, hỏi/ngã) that a syllable check cannot catch, because the wrong word is a valid syllable. The list comes from the Du lịch Việt Nam house rules and common newsroom errors (src/data/misspellings.json). Whole words only; pairs whose "wrong" form is sometimes right (giành cho, yếu điểm) are only suggested, at info. "Giả thuyết" and "giả thiết" are two right words with different meanings: not checked.',
    },
    severity: 'warning',
    fixable: 'both',
    sources: ['reference §7.2'],
    messages: {
      wrong: { vi: '"{text}" viết sai chính tả. Hãy viết "{fixed}".', en: '"{text}" is misspelt. Write "{fixed}".' },
      maybe: { vi: '"{text}" thường là viết nhầm của "{fixed}"; kiểm tra lại nghĩa.', en: '"{text}" is often a mistake for "{fixed}"; check the meaning.' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nBác sĩ ⟦chuẩn đoán⟧ bệnh; ⟦Sát nhập⟧ hai xã và ⟦bổ xung⟧ kinh phí.',
          findings: ['wrong', 'wrong', 'wrong'],
          output: 'Tiêu đề\n\nBác sĩ chẩn đoán bệnh; Sáp nhập hai xã và bổ sung kinh phí.',
        },
        {
          text: 'Tiêu đề\n\nQuà ⟦giành cho⟧ các em.',
          findings: ['maybe'],
          output: 'Tiêu đề\n\nQuà giành cho các em.',
          fixes: ['Tiêu đề\n\nQuà dành cho các em.'],
          preferred: null,
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nChẩn đoán, sáp nhập, bổ sung, che giấu, chia sẻ.' },
        { text: 'Tiêu đề\n\nMột ngôi nhà sát nhà bên, dấu vết mờ dần.' },
        { text: 'Tiêu đề\n\nNhóm nghiên cứu đặt ra giả thuyết rằng bệnh do gen.' },
        // The phrase across two other words: "hồ sơ xuất khẩu", "xem xét sử dụng", "lịch sử phạt".
        { text: 'Tiêu đề\n\nHồ sơ xuất khẩu đã nộp; cơ quan xem xét sử dụng vốn; lịch sử phạt nguội và lịch sử lý luận.' },
      ],
    },
  },
  checkBlock(block, context) {
    const words = blockWords(context.article, block);
    for (let i = 0; i < words.length; i++) {
      if (FIRST.has(words[i].lower)) i += matchAt(context, words, i);
    }
  },
});

/** Report the entry that starts at word `i`, if any; returns the words it spans, less one. */
function matchAt(context: RuleContext, words: Word[], i: number): number {
  const { article } = context;
  for (const { words: phrase, entry } of BY_FIRST.get(words[i].lower)!) {
    if (i + phrase.length > words.length) continue;
    // The same words, only spaces between them, a capital at most on the first.
    let k = 1;
    for (; k < phrase.length; k++) {
      const w = words[i + k];
      if (w.lower !== phrase[k] || w.capital || w.block !== words[i].block || !/^\s+$/.test(article.text.slice(words[i + k - 1].end, w.start))) break;
    }
    if (k < phrase.length) continue;
    const near = (w: Word | undefined, list: string[] | undefined) => !!w && !!list && w.block === words[i].block && list.includes(w.lower);
    if (near(words[i - 1], entry.notAfter) || near(words[i + phrase.length], entry.notBefore)) continue; // "hồ sơ xuất khẩu", "xem xét sử dụng"
    const start = words[i].start;
    const end = words[i + phrase.length - 1].end;
    const fixed = words[i].capital ? capitalize(entry.right) : entry.right;
    const fix = replaceFix({ start, end }, fixed);
    context.report({
      start,
      end,
      messageId: entry.certain ? 'wrong' : 'maybe',
      data: { text: article.text.slice(start, end), fixed },
      ...(entry.certain ? { fix } : { suggestions: [fix], demote: 'info' as const }),
    });
    return phrase.length - 1;
  }
  return 0;
}
