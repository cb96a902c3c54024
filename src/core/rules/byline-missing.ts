import { defineRule } from '../rule';
import { looksLikeByline } from '../analysis/byline';

export default defineRule({
  id: 'byline-missing',
  meta: {
    category: 'byline',
    scope: 'article',
    description: {
      vi: 'Bài cần có dòng tác giả ở cuối (hoặc "author" trong front matter).',
      en: 'An article needs an author line at the end (or "author" in front matter).',
    },
    rationale: {
      vi: 'Tòa soạn ghi tên tác giả ở dòng cuối: "Quốc Hùng", "Tiến Hiệp - Lan Anh", "Hà Thu (theo CNBC)", "Theo TTXVN", "Nhóm PV". Phần thừa từ trang web ở cuối bài được bỏ qua. Bản sửa chèn chữ ký mặc định (byline.default) khi đã cấu hình; nếu chưa, chỉ đề xuất một chỗ trống để biên tập viên điền. Theo tài liệu tham chiếu (BYLINE-2), mức mặc định là thông tin.',
      en: 'Newsrooms put the author on the last line: "Quốc Hùng", "Tiến Hiệp - Lan Anh", "Hà Thu (theo CNBC)", "Theo TTXVN", "Nhóm PV". Web-page residue at the end is skipped. The fix inserts the configured default byline (byline.default); without one it only suggests a placeholder for the editor to fill. Per the reference (BYLINE-2), the default level is info.',
    },
    severity: 'info',
    fixable: 'both',
    sources: ['reference §6 BYLINE-1, BYLINE-2'],
    messages: {
      missing: { vi: 'Bài chưa có dòng tác giả ở cuối.', en: 'The article has no author line at the end.' },
      insertDefault: { vi: 'Thêm dòng tác giả "{byline}"', en: 'Add the author line "{byline}"' },
      insertPlaceholder: { vi: 'Thêm dòng tác giả để điền', en: 'Add an author line to fill in' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề bài\n\nNội dung bài viết kết thúc bằng một câu.⟦⟧',
          findings: ['missing'],
          output: 'Tiêu đề bài\n\nNội dung bài viết kết thúc bằng một câu.',
          fixes: ['Tiêu đề bài\n\nNội dung bài viết kết thúc bằng một câu.\n\n[Tên tác giả]'],
          preferred: null,
        },
        {
          text: 'Tiêu đề bài\n\nNội dung bài viết.⟦⟧\n\nChia sẻ bài viết\n',
          config: { byline: { default: 'Ban Thời sự' } },
          findings: ['missing'],
          output: 'Tiêu đề bài\n\nNội dung bài viết.\n\nBan Thời sự\n\nChia sẻ bài viết\n',
        },
      ],
      valid: [
        { text: 'Tiêu đề bài\n\nNội dung bài viết.\n\nQuốc Hùng\n\nChia sẻ bài viết\n\nBÌNH LUẬN' },
        { text: 'Tiêu đề bài\n\nNội dung bài viết.\n\nHà Thu (theo CNBC)' },
        { text: 'Tiêu đề bài\n\nNội dung bài viết.\n\nTiến Hiệp - Lan Anh' },
        { text: '---\nauthor: Quốc Hùng\n---\n\n# Tiêu đề\n\nNội dung.', format: 'markdown' },
        { text: 'Tiêu đề bài\n\nNội dung bài viết.\n\nHồng Nhung\n\n\n\nPhần tóm tắt bài đặt ở cuối do trang thu thập, dài hơn một dòng tên.' },
      ],
    },
  },
  check(context) {
    const { article, config } = context;
    if (article.bylineSpan) return;
    const content = article.blocks.filter((b) => b.kind !== 'residue');
    if (content.length < 2) return;
    const last = content[content.length - 1];
    const eol = article.lines.dominantLineBreak;
    const insert = (byline: string) => [{ start: last.end, end: last.end, text: `${eol}${eol}${byline}` }];
    // Only a default that reads as a byline is certain: anything else would be inserted again on every pass.
    const byline = config.byline.default && looksLikeByline(config.byline.default) ? config.byline.default : null;
    context.report({
      start: last.end,
      end: last.end,
      messageId: 'missing',
      ...(byline
        ? { fix: { messageId: 'insertDefault', data: { byline }, edits: insert(byline) } }
        : { suggestions: [{ messageId: 'insertPlaceholder', edits: insert('[Tên tác giả]') }] }),
    });
  },
});
