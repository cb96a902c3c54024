/**
 * --format markdown, the job summary: what GitHub shows is checked by rendering the output
 * with a CommonMark + GFM-tables renderer (markdown-it): article text stays literal text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { tempDir, vnstyle, write } from './cli-helpers';
import { escapeMarkdown, MARKDOWN_BUDGET } from '../../src/cli/formatters';

const md = new MarkdownIt('commonmark').enable('table').enable('strikethrough');

/** The cells of each body row of every table, as rendered text (tags removed, entities decoded). */
function tableRows(html: string): string[][] {
  const text = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((t) =>
    [...t[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => text(c[1]))),
  );
}

describe('vnstyle --format markdown', () => {
  it('article text and file names stay literal: no HTML, no links, no emphasis, no broken table', () => {
    const dir = tempDir();
    const residue = '>> Xem thêm: <script>alert(1)</script> | *đậm* _nghiêng_ `mã` [liên kết](http://x) $5 ~gạch~ #1 & &amp; \\';
    write(dir, 'a|b_*[x].txt', `Tít\n\nNội dung bài.\n\nLan Anh\n\n${residue}\n`);
    const r = vnstyle(['--format', 'markdown', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    const html = md.render(r.stdout);
    assert.doesNotMatch(html, /<script|<a href="http:\/\/x"|<em>|<strong>đậm|<s>|<code>mã/);
    assert.match(html, /<h3>a\|b_\*\[x\]\.txt<\/h3>/);
    const rows = tableRows(html);
    assert.deepEqual(rows[rows.length - 1], ['7:1', '⚠️ cảnh báo', `Dòng "${residue}" là phần thừa của trang web, không thuộc bài viết.`, 'web-residue']);
    assert.match(html, /<a href="https:\/\/github\.com\/vnstyle\/vnstyle\/blob\/main\/docs\/rules\/web-residue\.md"><code>web-residue<\/code><\/a>/);
    assert.equal(escapeMarkdown('a\r\nb'), 'a b');
  });

  it('totals by severity, English with --lang en, links to the lines in GitHub Actions', () => {
    const dir = tempDir();
    write(dir, 'thư mục/a.txt', 'Tít\n\nCác HTX họp ngày 31/4/2024.\n\nLan Anh\n');
    write(dir, 'b.txt', 'Tít\n\nSạch sẽ.\n\nLan Anh\n');
    const env = {
      ...process.env,
      NO_COLOR: '1',
      LANG: 'C.UTF-8',
      LC_ALL: '',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'toa-soan/bai-viet',
      GITHUB_SHA: '0123abc',
      GITHUB_WORKSPACE: dir,
    };
    const r = vnstyle(['--format', 'markdown', '--lang', 'en', '.'], { cwd: dir, env });
    assert.equal(r.code, 1);
    const [htx, date] = (JSON.parse(vnstyle(['--format', 'json', '--lang', 'en', '.'], { cwd: dir }).stdout)[1].messages as Array<{ message: string }>).map(
      (m) => escapeMarkdown(m.message),
    );
    assert.equal(
      r.stdout,
      `## vnstyle

❌ **2 problems (1 error, 1 warning, 0 info)** in 1 of 2 files checked. 1 problem fixable with --fix.

| Severity | Problems |
|---|--:|
| ❌ error | 1 |
| ⚠️ warning | 1 |
| ℹ️ info | 0 |

### thư mục/a.txt

| Line:col | Severity | Problem | Rule |
|---|---|---|---|
| [3:5](https://github.com/toa-soan/bai-viet/blob/0123abc/th%C6%B0%20m%E1%BB%A5c/a.txt#L3) | ⚠️ warning | ${htx} | [\`abbreviation-undefined\`](https://github.com/vnstyle/vnstyle/blob/main/docs/rules/abbreviation-undefined.md) |
| [3:18](https://github.com/toa-soan/bai-viet/blob/0123abc/th%C6%B0%20m%E1%BB%A5c/a.txt#L3) | ❌ error | ${date} | [\`date-invalid\`](https://github.com/vnstyle/vnstyle/blob/main/docs/rules/date-invalid.md) |
`,
    );
    const rows = tableRows(md.render(r.stdout));
    assert.deepEqual(rows[0], ['❌ error', '1']);
    assert.equal(rows[3][0], '3:5');
  });

  it('no problems; files that could not be read are listed', () => {
    const dir = tempDir();
    write(dir, 'a.txt', 'Tít\n\nSạch sẽ.\n\nLan Anh\n');
    assert.equal(vnstyle(['--format', 'markdown', '.'], { cwd: dir }).stdout, '## vnstyle\n\n✅ Không có vấn đề nào (1 tệp đã kiểm tra).\n');
    write(dir, 'cu.txt', Buffer.from([0x54, 0xed, 0x74, 0x0a]));
    const r = vnstyle(['--format', 'markdown', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /\n### Không kiểm tra được\n\n- cu\.txt: không phải UTF-8 hợp lệ \(dòng 1, byte 2\)\. /);
  });

  it('stays under the 1 MiB GitHub allows for a summary; the totals stay whole', () => {
    const dir = tempDir();
    const line = 'Trời  đẹp.\n\n';
    for (let i = 0; i < 4; i++) write(dir, `bai-${i}.txt`, `Tít\n\n${line.repeat(2000)}Lan Anh\n`);
    const r = vnstyle(['--format', 'markdown', '.'], { cwd: dir });
    const bytes = Buffer.byteLength(r.stdout);
    assert.ok(bytes < 1024 * 1024 && bytes > MARKDOWN_BUDGET - 4096, `${bytes} bytes`);
    assert.match(r.stdout, /\*\*8000 vấn đề \(0 lỗi, 8000 cảnh báo, 0 thông tin\)\*\* trong 4 trên 4 tệp đã kiểm tra\./);
    const listed = tableRows(md.render(r.stdout)).length - 3;
    const m = /\n… và (\d+) vấn đề nữa trong (\d) tệp, không liệt kê vì tóm tắt của GitHub giới hạn 1 MiB/.exec(r.stdout);
    assert.ok(m, r.stdout.slice(-400));
    assert.equal(listed + Number(m[1]), 8000);
    assert.ok(fs.existsSync(path.join(dir, 'bai-3.txt')));
  });
});
