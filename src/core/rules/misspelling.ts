import { defineRule } from '../rule';
import data from '../../data/misspellings.json';
import { capitalize } from '../text/vietnamese';

interface Entry {
  wrong: string;
  right: string;
  certain: boolean;
}

const ENTRIES = data.entries as Entry[];
const BY_WRONG = new Map(ENTRIES.map((e) => [e.wrong, e]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...ENTRIES]
    .sort((a, b) => b.wrong.length - a.wrong.length)
    .map((e) => `${escape(e.wrong)}|${escape(capitalize(e.wrong))}`)
    .join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

export default defineRule({
  id: 'misspelling',
  meta: {
    category: 'spelling',
    description: {
      vi: 'Lỗi chính tả hay gặp: "chuẩn đoán" → "chẩn đoán", "sát nhập" → "sáp nhập", "bổ xung" → "bổ sung", "che dấu" → "che giấu"…',
      en: 'Known misspellings: "chuẩn đoán" → "chẩn đoán", "sát nhập" → "sáp nhập", "bổ xung" → "bổ sung", "che dấu" → "che giấu"…',
    },
    rationale: {
      vi: 'Các cặp nhầm lẫn quen thuộc (s/x, d/gi/r, ch/tr, dấu hỏi/ngã) mà kiểm tra âm tiết không bắt được vì từ viết sai vẫn là âm tiết đúng. Danh sách lấy từ quy ước của Tạp chí Du lịch Việt Nam và các lỗi hay gặp trong báo chí (src/data/misspellings.json). So khớp nguyên từ; những cặp mà dạng "sai" đôi khi vẫn đúng (giành cho, giả thuyết) chỉ được gợi ý.',
      en: 'Familiar confusions (s/x, d/gi/r, ch/tr, hỏi/ngã) that a syllable check cannot catch, because the wrong word is a valid syllable. The list comes from the Du lịch Việt Nam house rules and common newsroom errors (src/data/misspellings.json). Whole words only; pairs whose "wrong" form is sometimes right (giành cho, giả thuyết) are only suggested.',
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
        { text: 'Tiêu đề\n\nBác sĩ ⟦chuẩn đoán⟧ bệnh; ⟦Sát nhập⟧ hai xã và ⟦bổ xung⟧ kinh phí.', findings: ['wrong', 'wrong', 'wrong'], output: 'Tiêu đề\n\nBác sĩ chẩn đoán bệnh; Sáp nhập hai xã và bổ sung kinh phí.' },
        { text: 'Tiêu đề\n\nQuà ⟦giành cho⟧ các em.', findings: ['maybe'], output: 'Tiêu đề\n\nQuà giành cho các em.', fixes: ['Tiêu đề\n\nQuà dành cho các em.'], preferred: null },
      ],
      valid: [{ text: 'Tiêu đề\n\nChẩn đoán, sáp nhập, bổ sung, che giấu, chia sẻ.' }, { text: 'Tiêu đề\n\nMột ngôi nhà sát nhà bên, dấu vết mờ dần.' }],
    },
  },
  check(context) {
    const { article } = context;
    for (const block of article.blocks) {
      if (block.kind === 'residue') continue;
      const text = article.mask.slice(block.start, block.end);
      for (const m of text.matchAll(PATTERN)) {
        const found = m[0];
        const entry = BY_WRONG.get(found.charAt(0).toLowerCase() + found.slice(1).replace(/\s+/g, ' '));
        if (!entry) continue;
        const fixed = found[0] !== found[0].toLowerCase() ? capitalize(entry.right) : entry.right;
        const start = block.start + m.index!;
        const fix = { messageId: 'fix', data: { fixed }, edits: [{ start, end: start + found.length, text: fixed }] };
        context.report({ start, end: start + found.length, messageId: entry.certain ? 'wrong' : 'maybe', data: { text: found, fixed }, ...(entry.certain ? { fix } : { suggestions: [fix] }) });
      }
    }
  },
});
