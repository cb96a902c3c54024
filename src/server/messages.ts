/**
 * The language server's own texts (code action titles, the workspace summary, the
 * configuration view, errors), in the language of the findings. Vietnamese first.
 */
import type { Lang, Localized } from '../core/types';
import { formatMessage } from '../core/rule';

const MESSAGES = {
  fixAllInFile: { vi: 'Sửa mọi lỗi sửa được trong tệp này', en: 'Fix all fixable problems in this file' },
  fixAllOfRule: { vi: 'Sửa mọi lỗi {rule} trong tệp này', en: 'Fix all {rule} problems in this file' },
  allow: { vi: 'Cho phép {abbr} trong dự án này (không cần giải thích)', en: 'Allow {abbr} in this project (no explanation needed)' },
  addMeaning: { vi: 'Thêm nghĩa của {abbr} vào từ điển của dự án…', en: 'Add the meaning of {abbr} to the project dictionary…' },
  disableLine: { vi: 'Tắt {rule} cho dòng này', en: 'Disable {rule} for this line' },
  disableFile: { vi: 'Tắt {rule} cho riêng tệp này (trong .vnstyle.json)', en: 'Turn {rule} off for this file (in .vnstyle.json)' },
  configInvalid: {
    vi: 'vnstyle: cấu hình không hợp lệ, bài viết chưa được kiểm tra cho tới khi sửa xong. {detail}',
    en: 'vnstyle: the configuration is invalid, articles are not checked until it is fixed. {detail}',
  },
  settingsInvalid: {
    vi: 'vnstyle: thiết lập không hợp lệ, tạm dùng mặc định. {detail}',
    en: 'vnstyle: the settings are invalid, the defaults are used meanwhile. {detail}',
  },
  openFile: { vi: 'Mở tệp', en: 'Open file' },
  summary: {
    vi: 'vnstyle: đã kiểm tra {files} tệp — lỗi: {errors}, cảnh báo: {warnings}, thông tin: {infos}.',
    en: 'vnstyle: checked {files} files — errors: {errors}, warnings: {warnings}, info: {infos}.',
  },
  summaryCancelled: { vi: ' Đã dừng giữa chừng.', en: ' Stopped before the end.' },
  summarySkipped: { vi: ' {skipped} tệp không đọc được (xem nhật ký).', en: ' {skipped} files could not be read (see the log).' },
  checking: { vi: 'vnstyle: đang kiểm tra thư mục làm việc', en: 'vnstyle: checking the workspace' },
  noMeaning: {
    vi: 'Hãy viết nghĩa của {abbr} vào giữa hai dấu ngoặc kép rồi lưu tệp.',
    en: 'Write the meaning of {abbr} between the quotes and save the file.',
  },
  noConfigFile: {
    vi: 'Tài liệu này không nằm trong thư mục nào để ghi .vnstyle.json.',
    en: 'This document is in no folder where a .vnstyle.json could be written.',
  },
  writeFailed: { vi: 'vnstyle: không ghi được {file}: {detail}', en: 'vnstyle: cannot write {file}: {detail}' },
  readFailed: { vi: 'không đọc được {file}: {detail}', en: 'cannot read {file}: {detail}' },
  // The configuration view.
  viewTitle: { vi: 'Cấu hình vnstyle có hiệu lực cho {file}', en: 'Effective vnstyle configuration for {file}' },
  viewOrder: { vi: 'Thứ tự áp dụng (sau thắng trước): {layers}', en: 'Applied in this order (later wins): {layers}' },
  viewReadOnly: {
    vi: 'Chỉ để xem: muốn đổi, hãy sửa nơi được ghi ở cuối mỗi dòng.',
    en: 'Read-only: to change a value, edit the place named at the end of its line.',
  },
  viewBuiltIn: { vi: 'cùng {n} viết tắt có sẵn trong từ điển của vnstyle', en: 'plus {n} abbreviations built into vnstyle' },
  viewProblems: { vi: 'Cấu hình không hợp lệ:', en: 'The configuration is invalid:' },
  originProfile: { vi: 'hồ sơ {profile}', en: 'profile {profile}' },
  originDefault: { vi: 'mặc định', en: 'default' },
  originRuleDefault: { vi: 'mặc định của quy tắc', en: 'rule default' },
  originSettings: { vi: 'thiết lập của trình soạn thảo (vnstyle.*)', en: 'editor settings (vnstyle.*)' },
  originFlags: { vi: 'tham số dòng lệnh', en: 'command-line flags' },
  originOverride: { vi: '{file}, overrides[{index}]', en: '{file}, overrides[{index}]' },
  // Hover.
  hoverExample: { vi: 'Ví dụ', en: 'Example' },
  hoverBad: { vi: 'Sai', en: 'Wrong' },
  hoverGood: { vi: 'Đúng', en: 'Right' },
  hoverDocs: { vi: 'Tài liệu của quy tắc', en: 'Rule documentation' },
} satisfies Record<string, Localized>;

export type MessageId = keyof typeof MESSAGES;

export function msg(lang: Lang, id: MessageId, data?: Record<string, string | number>): string {
  return formatMessage(MESSAGES[id][lang], data, lang);
}
