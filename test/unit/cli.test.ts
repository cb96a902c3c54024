/** The `vnstyle` command, run as a process: output shapes, exit codes, fixing, encodings. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, tempDir, unprivilegedUid, vnstyle, write } from './cli-helpers';
import { ROOT } from './helpers';

const formats = path.join(FIXTURES, 'formats');
const cli = path.join(FIXTURES, 'cli');

describe('vnstyle command: basics', () => {
  it('prints the JSON shape other tools read, with UTF-16 positions and offsets', () => {
    const r = vnstyle(['--format', 'json', path.join(cli, 'warn.txt')]);
    assert.equal(r.code, 0);
    const text = fs.readFileSync(path.join(cli, 'warn.txt'), 'utf8');
    const at = text.indexOf('HTX');
    assert.deepEqual(JSON.parse(r.stdout), [
      {
        filePath: path.join(cli, 'warn.txt'),
        errorCount: 0,
        warningCount: 1,
        infoCount: 0,
        messages: [
          {
            ruleId: 'abbreviation-undefined',
            severity: 'warning',
            message: 'Viết tắt "HTX" chưa được giải thích. Lần đầu hãy viết: "hợp tác xã (HTX)".',
            line: 3,
            column: 5,
            endLine: 3,
            endColumn: 8,
            offset: at,
            endOffset: at + 3,
            fixes: [
              { title: 'Viết "hợp tác xã (HTX)"', preferred: true, edits: [{ offset: at, endOffset: at + 3, text: 'hợp tác xã (HTX)' }] },
              { title: 'Thay bằng "hợp tác xã"', preferred: false, edits: [{ offset: at, endOffset: at + 3, text: 'hợp tác xã' }] },
            ],
          },
        ],
      },
    ]);
  });

  it('counts columns in UTF-16 code units of the file as read, BOM excluded', () => {
    const dir = tempDir();
    const f = write(dir, 'a.txt', '\ufeffTít\n\n𝒜 các HTX họp.\n\nLan Anh\n');
    const m = JSON.parse(vnstyle(['-f', 'json', f]).stdout)[0].messages[0];
    assert.deepEqual([m.line, m.column, m.offset], [3, 8, 12]); // 𝒜 is two code units; the BOM is not counted
  });

  it('exits 0 when clean or with warnings only, 1 with an error', () => {
    assert.equal(vnstyle([path.join(cli, 'clean.md')]).code, 0);
    assert.equal(vnstyle([path.join(cli, 'warn.txt')]).code, 0);
    const r = vnstyle([path.join(cli, 'error.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /3:6 +lỗi +Ngày "30\/2\/2024" không tồn tại: tháng 2 năm 2024 chỉ có 29 ngày\. +date-invalid/);
  });

  it('speaks English with --lang en', () => {
    const r = vnstyle(['--lang', 'en', path.join(cli, 'error.txt')]);
    assert.match(r.stdout, /error +The date "30\/2\/2024" cannot exist: month 2 of 2024 has only 29 days\./);
    assert.match(r.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 info\)/);
  });

  it('exits 2 with a message for bad arguments, a missing file, an unknown profile or rule', () => {
    for (const [args, pattern] of [
      [['--nope'], /tham số không hợp lệ: Unknown option '--nope'/],
      [['--profile', 'tabloid', cli], /hồ sơ không hợp lệ "tabloid"/],
      [['--rule', 'no-such-rule', cli], /không có quy tắc "no-such-rule"/],
      [['--format', 'xml', cli], /định dạng không hợp lệ "xml"/],
      [['--max-warnings', 'many', cli], /--max-warnings cần một số nguyên/],
      [[path.join(cli, 'absent.txt')], /absent\.txt: không tìm thấy tệp hoặc thư mục\./],
    ] as const) {
      const r = vnstyle([...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, pattern);
    }
  });

  it('lints folders for .md, .markdown and .txt, in a stable order', () => {
    const r = vnstyle(['--format', 'unix', formats], { cwd: ROOT });
    const files = [
      ...new Set(
        r.stdout
          .trim()
          .split('\n')
          .map((l) => l.split(':')[0]),
      ),
    ];
    assert.deepEqual(files, ['test/fixtures/formats/bao-cao.md', 'test/fixtures/formats/khong-ky.txt', 'test/fixtures/formats/tin-ngan.txt']);
  });
});

describe('vnstyle command: encodings and unreadable input', () => {
  it('reports a non-UTF-8 file as a possible legacy encoding, still lints the others, exits 2', () => {
    const dir = tempDir();
    write(dir, 'a.txt', fs.readFileSync(path.join(cli, 'warn.txt')));
    write(dir, 'b.txt', Buffer.from([0x56, 0x69, 0xd6, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x0a, 0xa9, 0xe9, 0x0a])); // TCVN3 bytes
    const r = vnstyle(['--format', 'unix', dir], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /b\.txt: không phải UTF-8 hợp lệ \(dòng 1, byte 3\)\. Có thể tệp dùng bảng mã tiếng Việt cũ như TCVN3 \(ABC\), VNI hoặc Windows-1258/,
    );
    assert.match(r.stdout, /^a\.txt:3:5: warning .*\[abbreviation-undefined\]$/m);
  });

  it('reports a binary file as such, not as findings', () => {
    const dir = tempDir();
    const f = write(dir, 'anh.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const r = vnstyle(['-f', 'json', f]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /anh\.txt: tệp nhị phân, không phải bài viết; đã bỏ qua\./);
    assert.deepEqual(JSON.parse(r.stdout)[0].messages, []);
  });

  it('reports an unreadable file and still lints the rest (run as an unprivileged user)', function () {
    const uid = unprivilegedUid();
    if (uid === null) this.skip();
    const dir = tempDir();
    write(dir, 'a.txt', fs.readFileSync(path.join(cli, 'warn.txt')));
    const locked = write(dir, 'b.txt', 'Tít\n\nNội dung.\n');
    fs.chmodSync(locked, 0o000);
    const r = vnstyle(['--format', 'unix', dir], { cwd: dir, uid, gid: uid });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /b\.txt: không đọc được tệp \(EACCES\)/);
    assert.match(r.stdout, /^a\.txt:3:5: warning/m);
  });
});

describe('vnstyle command: --fix', () => {
  it('applies preferred fixes, keeps CRLF and the BOM, and a second run changes nothing', () => {
    const dir = tempDir();
    const original = '\ufeffTít bài\r\n\r\nCác HTX họp ngày 5/3/2024, 7/3/2024 và 6-3-2024.\r\n\r\nLan Anh.\r\n\r\nChia sẻ bài viết\r\n';
    const f = write(dir, 'a.txt', original);
    const r = vnstyle(['--fix', f]);
    assert.equal(r.code, 0, r.stderr);
    const once = fs.readFileSync(f, 'utf8');
    assert.equal(once, '\ufeffTít bài\r\n\r\nCác hợp tác xã (HTX) họp ngày 5/3/2024, 7/3/2024 và 6/3/2024.\r\n\r\nLan Anh\r\n');
    const mtime = fs.statSync(f).mtimeMs;
    assert.equal(vnstyle(['--fix', f]).code, 0);
    assert.equal(fs.readFileSync(f, 'utf8'), once);
    assert.equal(fs.statSync(f).mtimeMs, mtime, 'an unchanged file is not rewritten');
  });

  it('keeps file permissions and leaves no temporary file', () => {
    const dir = tempDir();
    const f = write(dir, 'a.txt', 'Tít\n\nCác HTX họp.\n\nLan Anh\n');
    fs.chmodSync(f, 0o640);
    vnstyle(['--fix', f]);
    assert.equal(fs.statSync(f).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });

  it('refuses to write a read-only file and leaves it untouched (exit 2)', () => {
    const dir = tempDir();
    const content = 'Tít\n\nCác HTX họp.\n\nLan Anh\n';
    const f = write(dir, 'a.txt', content);
    fs.chmodSync(f, 0o444);
    const r = vnstyle(['--fix', f]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.txt: không ghi được bản sửa \(EACCES\); tệp giữ nguyên\./);
    assert.equal(fs.readFileSync(f, 'utf8'), content);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });
});
