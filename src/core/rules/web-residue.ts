import { defineRule, replaceFix } from '../rule';

export default defineRule({
  id: 'web-residue',
  meta: {
    category: 'structure',
    scope: 'article',
    description: {
      vi: 'Dòng thừa chép từ trang web: "Chia sẻ bài viết", "BÌNH LUẬN", "Tin liên quan", "Xem thêm", "In bài", ">> …".',
      en: 'Lines copied from a web page: "Chia sẻ bài viết", "BÌNH LUẬN", "Tin liên quan", "Xem thêm", "In bài", ">> …".',
    },
    rationale: {
      vi: 'Khi chép bài từ trang web, các nút và liên kết của trang (chia sẻ, bình luận, tin liên quan) đi theo bài. Chúng được nhận ra trước tiên, nên không bị hiểu nhầm là dòng tác giả hay viết tắt. Bản sửa xóa chúng; bài kết thúc bằng đúng một dấu xuống dòng.',
      en: "Copying an article from a web page brings the page's buttons and links along (share, comments, related news). They are recognised first, so they are never taken for a byline or abbreviations. The fix deletes them; the article then ends with exactly one line break.",
    },
    severity: 'warning',
    fixable: 'fix',
    sources: ['reference §6 RESIDUE-1'],
    messages: {
      residue: {
        vi: 'Dòng "{text}" là phần thừa của trang web, không thuộc bài viết.',
        en: 'The line "{text}" is left over from a web page, not part of the article.',
      },
      remove: { vi: 'Xóa dòng thừa', en: 'Delete the leftover line' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nNội dung.\n\nQuốc Hùng\n\n⟦Chia sẻ bài viết⟧\n\n⟦BÌNH LUẬN⟧',
          findings: ['residue', 'residue'],
          output: 'Tiêu đề\n\nNội dung.\n\nQuốc Hùng\n',
        },
        {
          text: 'Tiêu đề\r\n\r\nNội dung.\r\n⟦>> Đọc thêm: tin khác⟧\r\nĐoạn tiếp theo.\r\n\r\nQuốc Hùng\r\n⟦Tin liên quan⟧\r\n\r\n',
          findings: ['residue', 'residue'],
          output: 'Tiêu đề\r\n\r\nNội dung.\r\nĐoạn tiếp theo.\r\n\r\nQuốc Hùng\r\n',
        },
      ],
      valid: [{ text: 'Tiêu đề\n\nBình luận của chuyên gia về thị trường.\n\nQuốc Hùng\n' }],
    },
  },
  check(context) {
    const { article } = context;
    const { blocks, text, lines } = article;
    const eol = lines.dominantLineBreak;
    const lastContent = [...blocks].reverse().find((b) => b.kind !== 'residue');
    const blank = (l: number) => !/\S/.test(lines.lineText(l));
    let lastResidue = -1; // (found once: a search per residue line is quadratic)
    blocks.forEach((b, i) => {
      if (b.kind === 'residue') lastResidue = i;
    });
    blocks.forEach((b, i) => {
      if (b.kind !== 'residue') return;
      // Its own lines, line break included: all the fix may remove of what is not prose (a link, bold).
      const first = lines.lineAt(b.start);
      let last = lines.lineAt(b.end);
      // A Markdown heading underlined (setext: "BÌNH LUẬN" then "---"): the underline is its own too.
      if (
        article.format === 'markdown' &&
        last + 1 < lines.lineCount &&
        /^ {0,3}(?:=+|-+)[ \t]*$/.test(lines.lineText(last + 1)) &&
        !article.maskText({ start: lines.starts[last + 1], end: lines.ends[last + 1] }).trim()
      )
        last++;
      let own = { start: lines.starts[first], end: last + 1 < lines.lineCount ? lines.starts[last + 1] : text.length };
      if (blocks[i - 1]?.end > own.start || blocks[i + 1]?.start < own.end) {
        // A piece of a line that holds other paragraphs (a one-line article): only the piece goes.
        const next = blocks[i + 1]?.start < own.end ? blocks[i + 1].start : lines.ends[last];
        own = { start: b.start, end: next };
        context.report({
          start: b.start,
          end: b.end,
          messageId: 'residue',
          data: { text: text.slice(b.start, b.end) },
          removes: [own],
          fix: replaceFix(own, '', { messageId: 'remove' }),
        });
        return;
      }
      const trailing = !lastContent || b.start > lastContent.start;
      let start = own.start;
      let end = own.end;
      let insert = '';
      if (trailing && i > 0) {
        // At the end: also the blank lines before it (never what is above them: code, a comment, a table).
        let l = first - 1;
        while (l >= 0 && blank(l)) l--;
        if (l >= 0) start = lines.ends[l];
        const more = i < lastResidue;
        // Up to the end of the text only when nothing but blank lines follow (never a code block after it).
        let l2 = last + 1;
        while (l2 < lines.lineCount && blank(l2)) l2++;
        const atEnd = !more && l2 >= lines.lineCount;
        end = atEnd ? text.length : lines.ends[last];
        if (atEnd) insert = eol; // the article ends with one line break
      }
      context.report({
        start: b.start,
        end: Math.max(b.end, lines.ends[last]), // a setext underline is part of the finding
        messageId: 'residue',
        data: { text: text.slice(b.start, b.end) },
        removes: [own],
        fix: replaceFix({ start, end }, insert, { messageId: 'remove' }),
      });
    });
  },
});
