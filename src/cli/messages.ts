/** The command's own words, Vietnamese first. */
import type { Lang, Localized } from '../core/types';
import type { GitError } from '../node/git-changes';
import { LIMIT_MESSAGES } from '../core/limits';

export const SEVERITY_WORD: Record<Lang, Record<'error' | 'warning' | 'info', string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export const T = {
  problems: {
    vi: (n: number, e: number, w: number, i: number) => `${n} vấn đề (${e} lỗi, ${w} cảnh báo, ${i} thông tin)`,
    en: (n: number, e: number, w: number, i: number) =>
      `${n} problem${n === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info)`,
  },
  fixable: {
    vi: (n: number) => `${n} vấn đề có thể sửa tự động với --fix`,
    en: (n: number) => `${n} problem${n === 1 ? '' : 's'} fixable with --fix`,
  },
  noProblems: { vi: 'Không có vấn đề nào.', en: 'No problems.' },
  tooManyWarnings: {
    vi: (n: number, max: number) => `Có ${n} cảnh báo, vượt ngưỡng --max-warnings ${max}.`,
    en: (n: number, max: number) => `${n} warnings exceed --max-warnings ${max}.`,
  },
  fixedFiles: {
    vi: (n: number) => `Đã sửa ${n} tệp.`,
    en: (n: number) => `Fixed ${n} file${n === 1 ? '' : 's'}.`,
  },
  baselineWritten: {
    vi: (n: number, file: string) => `Đã ghi ${n} vấn đề được chấp nhận vào ${file}.`,
    en: (n: number, file: string) => `Recorded ${n} accepted finding${n === 1 ? '' : 's'} in ${file}.`,
  },
  ignoredFile: {
    vi: (f: string) => `${f}: tệp bị bỏ qua theo "ignores" trong cấu hình.`,
    en: (f: string) => `${f}: file ignored by "ignores" in the configuration.`,
  },
};

export function readProblemMessage(problem: string, file: string, detail: string | undefined, lang: Lang): string {
  const m: Record<string, Localized> = {
    binary: { vi: `${file}: tệp nhị phân, không phải bài viết; đã bỏ qua.`, en: `${file}: a binary file, not an article; skipped.` },
    'not-utf8': {
      vi: `${file}: không phải UTF-8 hợp lệ${detail ? ` (${detail.replace('line', 'dòng')})` : ''}. Có thể tệp dùng bảng mã tiếng Việt cũ như TCVN3 (ABC), VNI hoặc Windows-1258: hãy chuyển sang Unicode UTF-8 (ví dụ bằng UniKey) rồi chạy lại.`,
      en: `${file}: not valid UTF-8${detail ? ` (${detail})` : ''}. It may use a legacy Vietnamese encoding such as TCVN3 (ABC), VNI or Windows-1258: convert it to Unicode UTF-8 (e.g. with UniKey) and run again.`,
    },
    unreadable: {
      vi: `${file}: không đọc được tệp (${detail}). Hãy kiểm tra quyền truy cập.`,
      en: `${file}: cannot read the file (${detail}). Check its permissions.`,
    },
    missing: { vi: `${file}: không tìm thấy tệp hoặc thư mục.`, en: `${file}: no such file or folder.` },
    directory: { vi: `${file}: là thư mục.`, en: `${file}: is a folder.` },
    'unreadable-dir': {
      vi: `${file}: không đọc được thư mục (${detail}); các tệp khác vẫn được kiểm tra.`,
      en: `${file}: cannot read the folder (${detail}); other files are still linted.`,
    },
    'symlink-loop': {
      vi: `${file}: liên kết tượng trưng tạo vòng lặp (tới ${detail}); đã bỏ qua.`,
      en: `${file}: symbolic link loop (to ${detail}); skipped.`,
    },
    'no-files': {
      vi: `${file}: thư mục không có tệp nào có đuôi ${detail} (kể cả sau .gitignore, .vnstyleignore); không có gì để kiểm tra. Hãy dùng --ext hoặc chỉ ra tệp.`,
      en: `${file}: the folder holds no file ending in ${detail} (after .gitignore and .vnstyleignore); nothing to lint. Use --ext or name the files.`,
    },
    'no-match': { vi: `${file}: mẫu không khớp tệp nào.`, en: `${file}: the pattern matches no file.` },
    'write-failed': {
      vi: `${file}: không ghi được bản sửa (${detail}); tệp giữ nguyên.`,
      en: `${file}: cannot write the fix (${detail}); the file is unchanged.`,
    },
    utf16: {
      vi: `${file}: tệp mã hóa UTF-16, không phải UTF-8. Hãy lưu lại ở dạng UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8) rồi chạy lại.`,
      en: `${file}: the file is encoded in UTF-16, not UTF-8. Save it as UTF-8 (in Notepad: Save as… → Encoding: UTF-8) and run again.`,
    },
    'not-regular': {
      vi: `${file}: không phải tệp thường (${kindVi(detail)}); vnstyle chỉ đọc tệp văn bản thường. Hãy chỉ ra chính tệp bài viết.`,
      en: `${file}: not a regular file (a ${detail}); vnstyle reads regular text files only. Name the article file itself.`,
    },
    'too-large': LIMIT_MESSAGES.fileTooLarge(Number(String(detail).replace(/\D/g, '')) || 0),
    'fix-not-regular': {
      vi: `${file}: không sửa: đích không phải tệp thường (${kindVi(detail)}); tệp giữ nguyên.`,
      en: `${file}: not fixed: the target is not a regular file (a ${detail}); the file is unchanged.`,
    },
    'fix-hard-links': {
      vi: `${file}: không sửa: tệp có ${detail} liên kết cứng (hard link), ghi tệp mới sẽ tách chúng ra; tệp giữ nguyên. Hãy sửa qua --fix-dry-run --format diff, hoặc bỏ bớt liên kết cứng.`,
      en: `${file}: not fixed: the file has ${detail} hard links, and writing a new file would split them; the file is unchanged. Review the fix with --fix-dry-run --format diff, or remove the extra links.`,
    },
    'rule-failed': { vi: `${file}: quy tắc gặp lỗi nội bộ: ${detail}`, en: `${file}: a rule failed: ${detail}` },
  };
  const msg = m[problem] ?? { vi: `${file}: ${problem}`, en: `${file}: ${problem}` };
  return problem === 'too-large' ? `${file}: ${msg[lang]}` : msg[lang];
}

const KIND_VI: Record<string, string> = {
  FIFO: 'ống FIFO',
  'character device': 'thiết bị ký tự',
  'block device': 'thiết bị khối',
  socket: 'socket',
  directory: 'thư mục',
  'special file': 'tệp đặc biệt',
};
const kindVi = (kind: string | undefined) => KIND_VI[kind ?? ''] ?? kind ?? '';

/** Why --changed-since could not ask git, and what to do. */
export function gitProblemMessage(e: GitError, ref: string, cwd: string, lang: Lang): string {
  const fetch: Localized = {
    vi: 'Trong CI, hãy lấy đủ lịch sử trước (actions/checkout với fetch-depth: 0, hoặc git fetch --unshallow và git fetch origin main).',
    en: 'In CI, fetch the history first (actions/checkout with fetch-depth: 0, or git fetch --unshallow and git fetch origin main).',
  };
  const m: Record<GitError['problem'], Localized> = {
    'no-git': {
      vi: `--changed-since cần lệnh git nhưng không chạy được git (${e.detail}). Hãy cài git hoặc thêm nó vào PATH.`,
      en: `--changed-since needs git, which could not be run (${e.detail}). Install git or put it on the PATH.`,
    },
    'not-a-repo': {
      vi: `--changed-since: ${cwd} không nằm trong một kho git (${e.detail}). Hãy chạy vnstyle trong kho, hoặc bỏ --changed-since.`,
      en: `--changed-since: ${cwd} is not inside a git repository (${e.detail}). Run vnstyle inside the repository, or drop --changed-since.`,
    },
    'unknown-ref': {
      vi: `--changed-since: git không biết "${ref}" (nhánh, thẻ hoặc commit).${e.shallow ? ' Kho này là bản sao nông (shallow).' : ''} ${fetch.vi}`,
      en: `--changed-since: git does not know "${ref}" (branch, tag or commit).${e.shallow ? ' This is a shallow clone.' : ''} ${fetch.en}`,
    },
    'no-merge-base': {
      vi: `--changed-since: "${ref}" và HEAD không có commit chung${e.shallow ? ' trong bản sao nông (shallow) này' : ''}. ${fetch.vi}`,
      en: `--changed-since: "${ref}" and HEAD have no common commit${e.shallow ? ' in this shallow clone' : ''}. ${fetch.en}`,
    },
    'git-failed': {
      vi: `--changed-since: git báo lỗi: ${e.detail}${e.shallow ? ` ${fetch.vi}` : ''}`,
      en: `--changed-since: git failed: ${e.detail}${e.shallow ? ` ${fetch.en}` : ''}`,
    },
  };
  return m[e.problem][lang];
}

export function helpText(lang: Lang, version: string): string {
  if (lang === 'en') {
    return `vnstyle ${version} — style checker for Vietnamese news articles

Usage:
  vnstyle [options] [files, folders or globs…]   lint (default: . with .md .markdown .txt)
  vnstyle init [--profile NAME]                  write a starter .vnstyle.json

Rules and configuration:
  --profile NAME          recommended | party-press | commercial
  -c, --config FILE       use this configuration file only
  --no-config-lookup      ignore .vnstyle.json files
  --allow-extends DIR     let "extends" read configuration in DIR too (by default: only inside
                          the repository, or the folder of the file that names it)
  --rule ID               run only this rule (repeatable); fixes are limited to it too
  --print-config FILE     print the effective configuration for FILE
  --list-rules            list the rules: id, severity per profile, fixable, description

Files:
  --ext EXT               extensions to lint in folders (repeatable or comma-separated)
  --stdin                 read the article from standard input
  --stdin-filename PATH   name of the stdin article (picks the format and the config)

Output:
  -f, --format NAME       stylish (default) | json | sarif | github | junit | unix | diff | markdown
                          (markdown: a summary table for $GITHUB_STEP_SUMMARY or a review)
  -o, --output-file FILE  write the report to FILE
  --lang vi|en            language of messages (default vi)
  --quiet                 report errors only
  --color, --no-color     force or disable colours (default: only on a terminal)

Fixing:
  --fix                   apply the certain fixes to the files (atomic writes)
  --fix-dry-run           compute the fixes without writing (use --format diff to see them)
  --strip-directives      print the article without its vnstyle-… comment lines

CI:
  --max-warnings N        exit 1 when there are more than N warnings (info never counts)
  --baseline FILE         ignore findings recorded in FILE
  --update-baseline       record the current findings in the --baseline FILE
  --changed-since REF     report (and --fix) only lines added or changed since the git REF:
                          from the merge base of REF and HEAD to the working tree, so
                          uncommitted changes count and files new to git count whole
  --concurrency N|auto    worker threads (default auto: all cores)

  -h, --help              this help (Vietnamese with --lang vi)
  -v, --version           version

Exit codes: 0 no error (warnings within --max-warnings), 1 errors or too many warnings,
2 vnstyle could not do its job (bad arguments or configuration, unreadable or non-UTF-8 file).
`;
  }
  return `vnstyle ${version} — kiểm tra văn phong bài báo tiếng Việt

Cách dùng:
  vnstyle [tùy chọn] [tệp, thư mục hoặc mẫu…]    kiểm tra (mặc định: . với .md .markdown .txt)
  vnstyle init [--profile TÊN]                   tạo tệp .vnstyle.json ban đầu

Quy tắc và cấu hình:
  --profile TÊN           recommended | party-press | commercial
  -c, --config TỆP        chỉ dùng tệp cấu hình này
  --no-config-lookup      không đọc các tệp .vnstyle.json
  --allow-extends THƯ-MỤC cho "extends" đọc cấu hình trong THƯ-MỤC (mặc định: chỉ trong kho,
                          hoặc thư mục của tệp nêu nó)
  --rule MÃ               chỉ chạy quy tắc này (lặp lại được); bản sửa cũng chỉ theo nó
  --print-config TỆP      in cấu hình có hiệu lực cho TỆP
  --list-rules            liệt kê quy tắc: mã, mức độ theo hồ sơ, sửa được không, mô tả

Tệp:
  --ext ĐUÔI              đuôi tệp cần kiểm tra trong thư mục (lặp lại hoặc cách bằng dấu phẩy)
  --stdin                 đọc bài từ đầu vào chuẩn
  --stdin-filename ĐƯỜNG-DẪN  tên của bài đọc từ stdin (chọn định dạng và cấu hình)

Kết quả:
  -f, --format TÊN        stylish (mặc định) | json | sarif | github | junit | unix | diff | markdown
                          (markdown: bảng tóm tắt cho $GITHUB_STEP_SUMMARY hoặc bình luận review)
  -o, --output-file TỆP   ghi báo cáo vào TỆP
  --lang vi|en            ngôn ngữ thông báo (mặc định vi)
  --quiet                 chỉ báo lỗi
  --color, --no-color     bật hoặc tắt màu (mặc định: chỉ khi in ra terminal)

Sửa lỗi:
  --fix                   áp dụng các bản sửa chắc chắn vào tệp (ghi nguyên khối)
  --fix-dry-run           tính bản sửa mà không ghi (dùng --format diff để xem)
  --strip-directives      in bài bỏ các dòng chú thích vnstyle-…

Tích hợp liên tục (CI):
  --max-warnings N        thoát với mã 1 khi có quá N cảnh báo (mức thông tin không tính)
  --baseline TỆP          bỏ qua các vấn đề đã ghi trong TỆP
  --update-baseline       ghi các vấn đề hiện có vào TỆP của --baseline
  --changed-since REF     chỉ báo (và --fix) các dòng thêm hoặc sửa từ tham chiếu git REF:
                          từ điểm rẽ nhánh của REF và HEAD tới thư mục làm việc, nên thay
                          đổi chưa commit cũng tính, tệp mới với git tính cả tệp
  --concurrency N|auto    số luồng xử lý (mặc định auto: mọi lõi CPU)

  -h, --help              trợ giúp này (tiếng Anh với --lang en)
  -v, --version           phiên bản

Mã thoát: 0 không có lỗi (cảnh báo trong ngưỡng --max-warnings), 1 có lỗi hoặc quá nhiều
cảnh báo, 2 vnstyle không làm được việc (sai tham số hoặc cấu hình, tệp không đọc được hoặc
không phải UTF-8).
`;
}
