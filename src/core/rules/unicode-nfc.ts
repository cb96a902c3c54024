import { defineRule } from '../rule';

const COMBINING = /[\u0300-\u036f]/;
/** A base character followed by combining marks. */
const CLUSTER = /[^\u0300-\u036f][\u0300-\u036f]+/gu;

export default defineRule({
  id: 'unicode-nfc',
  meta: {
    category: 'encoding',
    scope: 'block',
    description: {
      vi: 'Chữ có dấu phải ở dạng dựng sẵn (Unicode NFC), không tổ hợp từ chữ gốc và dấu rời (NFD).',
      en: 'Accented letters must be precomposed (Unicode NFC), not a base letter plus separate marks (NFD).',
    },
    rationale: {
      vi: '"Việt" dạng dựng sẵn có 4 ký tự, dạng tổ hợp có 6: hai chuỗi trông giống nhau nhưng tìm kiếm, so khớp, đếm chữ đều sai. Văn bản dán từ macOS, Word hoặc bảng mã Windows-1258 hay ở dạng tổ hợp. W3C khuyến nghị NFC cho nội dung. Bản sửa chuyển sang NFC (cả dấu cũ U+0340/U+0341); mỗi đoạn báo một lần.',
      en: '"Việt" is 4 characters precomposed and 6 decomposed: the strings look alike but search, matching and counts break. Text pasted from macOS, Word or Windows-1258 is often decomposed. The W3C recommends NFC for content. The fix converts to NFC (also the deprecated U+0340/U+0341); one finding per paragraph.',
    },
    severity: 'warning',
    fixable: 'fix',
    readsSource: true,
    sources: ['reference §4.3 ENC-1'],
    messages: {
      nfd: {
        vi: 'Đoạn này có {count} chữ viết ở dạng tổ hợp (NFD), ví dụ "{example}". Hãy chuyển sang dạng dựng sẵn (NFC).',
        en: 'This paragraph has {count} decomposed (NFD) letter(s), e.g. "{example}". Convert them to precomposed form (NFC).',
      },
      fix: { vi: 'Chuyển sang NFC', en: 'Convert to NFC' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\n⟦Vie\u0323\u0302t Nam và Tie\u0302\u0301ng Vie\u0323\u0302t⟧.',
          findings: ['nfd'],
          output: 'Tiêu đề\n\nViệt Nam và Tiếng Việt.',
        },
        {
          // Windows-1258 style (ê precomposed, tone separate) and the deprecated U+0341.
          text: 'Tiêu đề\n\nHọ ⟦vie\u0302\u0323t ba\u0341o⟧ cáo.',
          findings: ['nfd'],
          output: 'Tiêu đề\n\nHọ việt báo cáo.',
        },
      ],
      valid: [{ text: 'Tiêu đề\n\nViệt Nam, Tiếng Việt, người được hỏi.' }],
    },
  },
  checkBlock(block, context) {
    const { article } = context;
    const text = article.text;
    const slice = article.mask.slice(block.start, block.end);
    if (!COMBINING.test(slice) && !slice.includes('\u0340') && !slice.includes('\u0341')) return;
    const edits = [];
    let first = -1;
    let last = -1;
    let example = '';
    for (const m of slice.matchAll(CLUSTER)) {
      const s = block.start + m.index!;
      const original = text.slice(s, s + m[0].length);
      const nfc = original.normalize('NFC');
      if (nfc === original) continue;
      if (first < 0) first = s;
      last = s + m[0].length;
      edits.push({ start: s, end: s + m[0].length, text: nfc });
      if (!example) {
        const around = /[\p{L}\p{M}]*$/u.exec(text.slice(block.start, s))![0] + original + /^[\p{L}\p{M}]*/u.exec(text.slice(s + m[0].length, block.end))![0];
        example = around.normalize('NFC');
      }
    }
    if (!edits.length) return;
    // Report on whole words at either end.
    const start = first - /[\p{L}\p{M}]*$/u.exec(text.slice(block.start, first))![0].length;
    const end = last + /^[\p{L}\p{M}]*/u.exec(text.slice(last, block.end))![0].length;
    context.report({ start, end, messageId: 'nfd', data: { count: edits.length, example }, fix: { messageId: 'fix', edits } });
  },
});
