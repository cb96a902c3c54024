import { defineRule } from '../rule';
import { spellingView, contextOf, joinedAt } from '../analysis/spelling';
import { syllableOf } from '../analysis/words';

export default defineRule({
  id: 'joined-words',
  meta: {
    category: 'spelling',
    description: {
      vi: 'Hai từ bị dính liền, thiếu dấu cách: "củaTrường" → "của Trường", "sĩđã" → "sĩ đã".',
      en: 'Two words glued together without a space: "củaTrường" → "của Trường", "sĩđã" → "sĩ đã".',
    },
    rationale: { vi: '', en: '' },
    severity: 'warning',
    fixable: 'fix',
    sources: ['reference §7.1', 'src/data/spelling-model.md'],
    messages: {
      joined: { vi: '"{word}" là hai từ dính liền. Hãy viết "{fixed}".', en: '"{word}" is two words run together. Write "{fixed}".' },
      fix: { vi: 'Thêm dấu cách: "{fixed}"', en: 'Insert a space: "{fixed}"' },
    },
    examples: { valid: [], invalid: [] },
  },
  check(context) {
    const view = spellingView(context.article);
    if (!view) return;
    const { article } = context;
    view.words.forEach((w, i) => {
      if ((w.ascii && w.nfc === w.lower) || syllableOf(w).ok) return; // a syllable, or nothing Vietnamese to glue
      const { prev, next } = contextOf(article, view, i);
      const k = joinedAt(view.model, w, prev, next);
      if (k < 0) return;
      const fixed = `${w.nfc.slice(0, k)} ${w.nfc.slice(k)}`;
      const edit = { start: w.start + k, end: w.start + k, text: ' ' };
      context.report({ start: w.start, end: w.end, messageId: 'joined', data: { word: w.text, fixed }, fix: { messageId: 'fix', data: { fixed }, edits: [edit] } });
    });
  },
});
