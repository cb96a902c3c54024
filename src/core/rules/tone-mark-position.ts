import { spellingModel } from '../text/spelling-model';
import { defineRule, replaceFix, RuleContext, TEXT_BLOCKS } from '../rule';
import { blockWords, syllableOf, withCaseOf, Word } from '../analysis/words';
import { moveTone, Syllable, tonePosition } from '../text/syllable';

export default defineRule({
  id: 'tone-mark-position',
  meta: {
    category: 'spelling',
    scope: 'block',
    blocks: TEXT_BLOCKS,
    description: {
      vi: 'Dấu thanh đặt sai nguyên âm: "nứơc" → "nước", "tóan" → "toán", "qúy" → "quý".',
      en: 'The tone mark sits on the wrong vowel: "nứơc" → "nước", "tóan" → "toán", "qúy" → "quý".',
    },
    rationale: {
      vi: 'QĐ 1989/QĐ-BGDĐT Điều 8: dấu thanh đặt trên nguyên âm chính; với iê, yê, uô, ươ đặt ở chữ thứ hai; âm tiết có phụ âm cuối đặt ở nguyên âm sau (hoàn, toán, hoạch). Vị trí sai chỉ là lỗi gõ (phím gõ dấu sai chỗ), nên bản sửa là chắc chắn. Hai kiểu đặt dấu cũ/mới (hòa/hoà) đều đúng ở đây; việc chọn kiểu thuộc tone-mark-style.',
      en: "QĐ 1989/QĐ-BGDĐT Art. 8: the tone goes on the main vowel; on the second letter of iê, yê, uô, ươ; on the later vowel in a closed syllable (hoàn, toán, hoạch). A misplaced mark is a typing slip, so the fix is certain. Both old and new placement (hòa/hoà) are right here; choosing one is tone-mark-style's job.",
    },
    severity: 'warning',
    fixable: 'both',
    sources: ['reference §4.1', 'reference §7.1'],
    messages: {
      position: { vi: 'Dấu thanh đặt sai chỗ trong "{word}". Hãy viết "{fixed}".', en: 'Misplaced tone mark in "{word}". Write "{fixed}".' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: {
      invalid: [
        {
          // Moving the mark gives no Vietnamese word ("thựa"): the slip was elsewhere (thực), so the move is only offered.
          text: 'Tiêu đề\n\nGiải pháp ⟦thưạ⟧ tế.',
          findings: ['position'],
          output: 'Tiêu đề\n\nGiải pháp thưạ tế.',
          fixes: ['Tiêu đề\n\nGiải pháp thựa tế.'],
          preferred: null,
        },
        { text: 'Tiêu đề\n\nNguồn ⟦nứơc⟧ sạch và môn ⟦tóan⟧.', findings: ['position', 'position'], output: 'Tiêu đề\n\nNguồn nước sạch và môn toán.' },
        { text: 'Tiêu đề\n\n⟦Qúy⟧ khách và ⟦ngừơi⟧ dân.', findings: ['position', 'position'], output: 'Tiêu đề\n\nQuý khách và người dân.' },
      ],
      valid: [{ text: 'Tiêu đề\n\nKế hoạch, hòa bình, hoà giải, thủy lợi, thuỷ sản, quý khách, người, nước, toán, khuyết tật.' }],
    },
  },
  checkBlock(block, context) {
    for (const w of blockWords(context.article, block)) {
      if (w.ascii) continue; // no tone mark at all
      const r = syllableOf(w);
      if (r.ok && !r.syllable.placed) report(context, w, r.syllable);
    }
  },
});

function report(context: RuleContext, w: Word, s: Syllable): void {
  const lower = moveTone(w.lower, s.toneAt, tonePosition(s, 'new'), s.tone);
  const fixed = withCaseOf(w, lower);
  const fix = replaceFix(w, fixed);
  // Certain only when Vietnamese uses the result ("Thưạ" → "Thựa" is no word: the slip was elsewhere).
  const model = spellingModel();
  const attested = !model || model.idOfWord(lower) >= 0;
  context.report({ start: w.start, end: w.end, messageId: 'position', data: { word: w.text, fixed }, ...(attested ? { fix } : { suggestions: [fix] }) });
}
