import { defineRule, replaceFix } from '../rule';
import { closest } from '../text/closest';

export default defineRule({
  id: 'directive-invalid',
  meta: {
    category: 'structure',
    scope: 'article',
    description: {
      vi: 'Chú thích điều khiển "<!-- vnstyle-… -->" sai: từ khóa lạ hoặc mã quy tắc không tồn tại.',
      en: 'A "<!-- vnstyle-… -->" control comment is wrong: an unknown keyword or rule id.',
    },
    rationale: {
      vi: 'Một chú thích tắt quy tắc gõ sai sẽ không tắt gì cả, và người viết không biết. Các từ khóa là vnstyle-disable, vnstyle-enable, vnstyle-disable-next-line; mã quy tắc xem bằng vnstyle --list-rules.',
      en: 'A mistyped control comment disables nothing, silently. The keywords are vnstyle-disable, vnstyle-enable, vnstyle-disable-next-line; rule ids are listed by vnstyle --list-rules.',
    },
    severity: 'warning',
    fixable: 'suggestion',
    sources: ['RULES.md "Inline control"'],
    messages: {
      keyword: {
        vi: 'Từ khóa "vnstyle-{keyword}" không tồn tại. Dùng vnstyle-disable, vnstyle-enable hoặc vnstyle-disable-next-line.',
        en: 'Unknown keyword "vnstyle-{keyword}". Use vnstyle-disable, vnstyle-enable or vnstyle-disable-next-line.',
      },
      rule: { vi: 'Không có quy tắc "{id}".{hint}', en: 'There is no rule "{id}".{hint}' },
      replace: { vi: 'Thay bằng "{id}"', en: 'Replace with "{id}"' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\n<!-- vnstyle-disable-next-line ⟦abbreviation-undefine⟧ -->\nToàn thể CB tham gia.',
          findings: ['rule'],
          fixes: ['Tiêu đề\n\n<!-- vnstyle-disable-next-line abbreviation-undefined -->\nToàn thể CB tham gia.'],
          preferred: null,
        },
        { text: 'Tiêu đề\n\n⟦<!-- vnstyle-disabled web-residue -->⟧\nNội dung.', findings: ['keyword'] },
      ],
      valid: [{ text: 'Tiêu đề\n\n<!-- vnstyle-disable-next-line abbreviation-undefined -- viết tắt nội bộ -->\nToàn thể CB tham gia.' }],
    },
  },
  check(context) {
    const ids = [...context.ruleIds];
    for (const d of context.article.directives) {
      if (d.kind === 'unknown') {
        context.report({ start: d.start, end: d.end, messageId: 'keyword', data: { keyword: d.keyword } });
        continue;
      }
      for (const r of d.ruleIds) {
        if (context.ruleIds.has(r.id)) continue;
        const near = closest(r.id, ids);
        context.report({
          start: r.start,
          end: r.end,
          messageId: 'rule',
          data: {
            id: r.id,
            hint: near
              ? { vi: ` Có phải ý bạn là "${near}"?`, en: ` Did you mean "${near}"?` }
              : { vi: ' Xem vnstyle --list-rules.', en: ' See vnstyle --list-rules.' },
          },
          suggestions: near ? [replaceFix(r, near, { messageId: 'replace', data: { id: near } })] : [],
        });
      }
    }
  },
});
