import { defineRule, FixReport, replaceFix } from '../rule';
import { analyseAbbreviations } from '../analysis/abbreviations';
import { isSentenceStart } from '../analysis/sentences';
import { isAllowedAbbreviation } from '../analysis/allow';
import { capitalize } from '../text/vietnamese';
import { sentenceEnds } from '../analysis/layout';
import type { Article } from '../article';

/** No sentence ends between two offsets of one block. */
function sameSentence(article: Article, a: number, b: number): boolean {
  const block = article.blockAt(a);
  if (!block || block !== article.blockAt(b)) return false;
  return sentenceEnds(article.mask.slice(a, b)).length === 1;
}

export default defineRule({
  id: 'abbreviation-before-definition',
  meta: {
    category: 'abbreviation',
    scope: 'article',
    description: {
      vi: 'Viết tắt được dùng trước chỗ bài giải thích nó.',
      en: 'An abbreviation is used before the article explains it.',
    },
    rationale: {
      vi: 'Người đọc gặp viết tắt trước khi được giải thích. Quy tắc này (không phải abbreviation-undefined) báo khi bài có giải thích ở phía sau. Bản sửa chuyển phần giải thích lên lần dùng đầu; chỉ được ưu tiên khi xác định chắc chắn dạng đầy đủ (chữ đầu các âm tiết khớp với viết tắt).',
      en: 'The reader meets the abbreviation before its explanation. This rule (not abbreviation-undefined) reports when the article explains it later. The fix moves the definition to the first use; it is preferred only when the full form is certain (its initials spell the abbreviation).',
    },
    severity: 'warning',
    fixable: 'both',
    movesText: true, // the definition moves to the paragraph of the first use
    sources: ['reference §1.3 ABBR-1'],
    messages: {
      before: {
        vi: 'Viết tắt "{abbr}" được dùng trước khi giải thích (giải thích ở dòng {line}). Hãy giải thích ở lần dùng đầu: "{suggestion}".',
        en: 'Abbreviation "{abbr}" is used before it is explained (explained on line {line}). Explain it at its first use: "{suggestion}".',
      },
      move: { vi: 'Chuyển phần giải thích lên lần dùng đầu', en: 'Move the definition to the first use' },
      defineHere: { vi: 'Viết "{text}" ở đây', en: 'Write "{text}" here' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\n⟦UBND⟧ xã đã họp. Sau đó Ủy ban nhân dân (UBND) huyện cũng họp.',
          findings: ['before'],
          output: 'Tiêu đề\n\nỦy ban nhân dân (UBND) xã đã họp. Sau đó UBND huyện cũng họp.',
        },
        {
          // The list form: the definition stays, the first use is explained too (a suggestion only).
          text: 'Tiêu đề\n\nToàn thể ⟦CB⟧ tham gia.\n\nĐội ngũ cán bộ, đảng viên (CB, ĐV) được nâng lên.',
          findings: ['before'],
          output: 'Tiêu đề\n\nToàn thể CB tham gia.\n\nĐội ngũ cán bộ, đảng viên (CB, ĐV) được nâng lên.',
          fixes: ['Tiêu đề\n\nToàn thể cán bộ (CB) tham gia.\n\nĐội ngũ cán bộ, đảng viên (CB, ĐV) được nâng lên.'],
          preferred: null,
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nỦy ban nhân dân (UBND) xã đã họp. UBND huyện cũng họp.' },
        { text: 'Tiêu đề\n\nUBND xã đã họp.' },
        // Defined in the same sentence; a bracket that does not spell the abbreviation out.
        { text: 'Tiêu đề\n\nGiá vàng SJC được Công ty Vàng bạc Đá quý Sài Gòn (SJC) niêm yết.' },
        { text: 'Tiêu đề\n\nPhiên bản MT có giá thấp.\n\nCòn phiên bản tự động (bản MT) đắt hơn.' },
        // A sapo a crawler put after the byline is read first: its definition comes before the body's use.
        { text: 'Tiêu đề\n\nCác HTX đều tham gia.\n\nHồng Nhung\n\n\n\nHội nghị tổng kết các hợp tác xã (HTX) diễn ra sáng nay.' },
      ],
    },
  },
  check(context) {
    const { article, dictionary } = context;
    const analysis = analyseAbbreviations(article);
    const seen = new Set<string>();
    for (const use of analysis.uses) {
      if (use.block.kind === 'title' || seen.has(use.abbr)) continue;
      seen.add(use.abbr);
      const def = analysis.definitions.get(use.abbr);
      if (
        !def ||
        !def.full ||
        use.definition ||
        article.readingRank(use.start) >= article.readingRank(def.abbrStart) ||
        isAllowedAbbreviation(use.abbr, context)
      )
        continue;
      if (sameSentence(article, use.start, def.abbrStart)) continue; // "giá vàng SJC được Công ty … Sài Gòn (SJC) niêm yết": defined in the same breath
      const upper = isSentenceStart(article, use.start);
      const senses = dictionary.lookup(use.abbr)?.senses ?? [];
      // The dictionary's spelling of the full form when it is the same words (case differs at a sentence start).
      const known = def.full ? senses.find((s) => s.toLocaleLowerCase('vi') === def.full!.toLocaleLowerCase('vi')) : undefined;
      const full = known ?? def.full;
      const caseSure = !!known || (def.full !== null && !isSentenceStart(article, def.fullStart));
      const suggestion = full ? `${upper ? capitalize(full) : full} (${use.abbr})` : `… (${use.abbr})`;
      let fix: FixReport | undefined;
      const suggestions: FixReport[] = [];
      // Certain only when the definition is plain prose: markup or an entity inside it is not moved by a fix.
      const plain = article.mask.slice(def.start, def.end) === article.text.slice(def.start, def.end);
      if (full && !def.list && def.order === 'full-first' && caseSure && plain) {
        fix = {
          messageId: 'move',
          edits: [
            { start: use.start, end: use.end, text: suggestion },
            { start: def.start, end: def.end, text: use.abbr },
          ],
        };
      } else if (full) {
        suggestions.push(replaceFix(use, suggestion, { messageId: 'defineHere', data: { text: suggestion } }));
      }
      context.report({
        start: use.start,
        end: use.end,
        messageId: 'before',
        data: { abbr: use.abbr, line: article.lines.lineAt(def.abbrStart) + 1, suggestion },
        fix,
        suggestions,
      });
    }
  },
});
