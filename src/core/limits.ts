/**
 * Hard bounds, where a bound is the honest answer (like Harper's maxFileLength). The command
 * and the editor both read them from here, and say so in these words when one is passed.
 */
import type { Localized } from './types';

export const LIMITS = {
  /** Largest article file the command reads (bytes). A 50 MB article is linted; a bigger one is refused. */
  fileBytes: 64 * 1024 * 1024,
  /**
   * Longest text the command reads as one article (UTF-16 units, about 4 MB; a long feature is
   * 100 KB). A longer one is read in sections of about `sectionChars` cut at blank lines, each
   * as an article: memory stays bounded (a 50 MB file within 500 MB).
   */
  wholeArticleChars: 4_000_000,
  sectionChars: 1_000_000,
  /** Largest article the editor lints as one types (UTF-16 units): beyond it, on save and on command only. */
  lintOnType: 1_000_000,
  /** Largest configuration or baseline file read (bytes). */
  configBytes: 4 * 1024 * 1024,
  /** Deepest nesting of arrays and objects in a configuration or baseline file. */
  jsonDepth: 64,
} as const;

export const LIMIT_MESSAGES = {
  fileTooLarge: (bytes: number): Localized => ({
    vi: `tệp có ${bytes} byte, lớn hơn giới hạn ${LIMITS.fileBytes} byte (${LIMITS.fileBytes / 1048576} MB) mà vnstyle đọc; đã bỏ qua. Hãy tách bài hoặc kiểm tra đúng tệp.`,
    en: `the file has ${bytes} bytes, more than the ${LIMITS.fileBytes}-byte (${LIMITS.fileBytes / 1048576} MB) limit vnstyle reads; skipped. Split the article or check it is the right file.`,
  }),
  sectioned: (sections: number): Localized => ({
    vi: `văn bản dài hơn ${LIMITS.wholeArticleChars} ký tự: đã kiểm tra thành ${sections} phần, mỗi phần khoảng ${LIMITS.sectionChars} ký tự cắt ở dòng trống; các quy tắc về cả bài (tít, dòng tác giả, lần đầu dùng viết tắt, thống nhất một cách viết) đọc mỗi phần như một bài.`,
    en: `the text is longer than ${LIMITS.wholeArticleChars} characters: checked in ${sections} sections of about ${LIMITS.sectionChars} characters cut at blank lines; rules about the whole article (headline, byline, first use of an abbreviation, one form per article) read each section as an article.`,
  }),
  tooLongToLintOnType: (length: number): Localized => ({
    vi: `Bài dài ${length} ký tự, quá giới hạn ${LIMITS.lintOnType} ký tự để kiểm tra khi gõ: vnstyle chỉ kiểm tra khi lưu hoặc khi chạy lệnh.`,
    en: `The article is ${length} characters long, over the ${LIMITS.lintOnType}-character limit for checking as you type: vnstyle checks it on save or on command only.`,
  }),
};
