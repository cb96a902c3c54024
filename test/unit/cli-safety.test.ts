/**
 * Issue 10, the command side: files (symbolic links, FIFOs, devices, hard links, owners,
 * temporary files, the report file), configuration (extends, hostile keys and nesting, globs)
 * and output (control characters). Every bad input gets a clear message, exit 2, and the
 * file unchanged.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { RULES } from '../../src/core/rules';
import { ConfigResolver, ConfigError } from '../../src/node/config-files';
import { BIN, tempDir, vnstyle, write } from './cli-helpers';

const BAD = 'Tít bài\n\nCác HTX họp , bàn.\n\nLan Anh\n';
const FIXED = 'Tít bài\n\nCác hợp tác xã (HTX) họp, bàn.\n\nLan Anh\n';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const mkfifo = (p: string) => execFileSync('mkfifo', [p]);
/** A run that must end by itself (a FIFO once hung the command). */
const run = (args: string[], cwd: string) => vnstyle(args, { cwd, timeout: 30_000 });

describe('vnstyle --fix: files', () => {
  it('writes through a symbolic link to its target; the link stays a link', () => {
    const dir = tempDir();
    write(dir, 'bai/that.txt', BAD);
    fs.symlinkSync('bai/that.txt', path.join(dir, 'link.txt'));
    const r = run(['--fix', 'link.txt'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(dir, 'bai/that.txt'), 'utf8'), FIXED);
  });

  it('refuses a FIFO and /dev/zero named on the command line, without hanging', () => {
    const dir = tempDir();
    mkfifo(path.join(dir, 'ong.txt'));
    for (const args of [['ong.txt'], ['--fix', 'ong.txt'], ['/dev/zero']]) {
      const r = run(args, dir);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /không phải tệp thường \((ống FIFO|thiết bị ký tự)\); vnstyle chỉ đọc tệp văn bản thường/);
    }
    assert.ok(fs.statSync(path.join(dir, 'ong.txt')).isFIFO());
    // Walked: a FIFO named like an article is said too, and the others are linted.
    write(dir, 'a.txt', BAD);
    const r = run(['--format', 'unix', '.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ong\.txt: không phải tệp thường \(ống FIFO\)/);
    assert.match(r.stdout, /^a\.txt:3:5: warning /m);
  });

  it('never writes the report over an input (-o a.txt a.txt): exit 2, the article unchanged', () => {
    const dir = tempDir();
    write(dir, 'a.txt', BAD);
    const r = run(['-o', 'a.txt', 'a.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /tệp báo cáo -o "a\.txt" cũng là một bài cần kiểm tra; vnstyle không ghi đè bài/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), BAD);
  });

  it('-o into a missing folder or onto a folder: a clear message, no stack trace', () => {
    const dir = tempDir();
    write(dir, 'a.txt', BAD);
    let r = run(['-o', 'khong-co/bao-cao.txt', 'a.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /không ghi được báo cáo -o "khong-co\/bao-cao\.txt": thư mục ".*khong-co" không tồn tại/);
    assert.doesNotMatch(r.stderr, /lỗi nội bộ|at /);
    fs.mkdirSync(path.join(dir, 'thu-muc'));
    r = run(['--lang', 'en', '-o', 'thu-muc', 'a.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot write the report -o "thu-muc": it is a folder/);
  });

  it('keeps owner, group and mode', function () {
    if (!isRoot) this.skip();
    const dir = tempDir();
    const f = write(dir, 'a.txt', BAD);
    fs.chownSync(f, 65534, 65534);
    fs.chmodSync(f, 0o640);
    assert.equal(run(['--fix', 'a.txt'], dir).code, 0);
    const st = fs.statSync(f);
    assert.deepEqual([st.uid, st.gid, st.mode & 0o7777], [65534, 65534, 0o640]);
    assert.equal(fs.readFileSync(f, 'utf8'), FIXED);
  });

  it('refuses a file with hard links (a new file would split them), both names unchanged', () => {
    const dir = tempDir();
    const f = write(dir, 'a.txt', BAD);
    fs.linkSync(f, path.join(dir, 'b.txt'));
    const r = run(['--fix', 'a.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.txt: không sửa: tệp có 2 liên kết cứng \(hard link\)/);
    assert.equal(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), BAD);
    assert.equal(fs.statSync(f).nlink, 2);
  });

  it('leaves no temporary file, and removes the stale ones of a killed run', () => {
    const dir = tempDir();
    write(dir, 'a.txt', BAD);
    write(dir, '.a.txt.vnstyle-999999999-abc.tmp', 'half');
    write(dir, '.other.txt.vnstyle-999999999-abc.tmp', 'not ours to judge');
    assert.equal(run(['--fix', 'a.txt'], dir).code, 0);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.other.txt.vnstyle-999999999-abc.tmp', 'a.txt']);
  });

  it('a temporary file is removed when the command is interrupted (SIGTERM)', () => {
    // A big article: --fix is caught while its temporary file exists (or after, which must leave none either).
    const dir = tempDir();
    const big = `Tít bài\n\n${'Các HTX họp , bàn. '.repeat(200_000)}\n`;
    write(dir, 'a.txt', big);
    const child = spawn(process.execPath, [BIN, '--fix', 'a.txt'], { cwd: dir, stdio: 'ignore' });
    return new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (fs.readdirSync(dir).some((n) => n.endsWith('.tmp')) || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 1);
      child.on('exit', () => {
        assert.deepEqual(
          fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')),
          [],
        );
        const now = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8');
        assert.ok(now === big || now.startsWith('Tít bài\n\nCác hợp tác xã (HTX)'), 'the old article or the whole fixed one, never half');
        resolve();
      });
    });
  });

  it('says UTF-16 (not "binary"), and the file is unchanged', () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BAD, 'utf16le')]);
    write(dir, 'a.txt', bytes);
    const r = run(['--fix', 'a.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.txt: tệp mã hóa UTF-16, không phải UTF-8\. Hãy lưu lại ở dạng UTF-8/);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'a.txt')), bytes);
    write(dir, 'b.txt', Buffer.from(BAD, 'utf16le')); // no byte-order mark
    assert.match(run(['b.txt'], dir).stderr, /b\.txt: tệp mã hóa UTF-16/);
  });

  it('a folder named x.txt given explicitly is linted as a folder, or said to hold nothing', () => {
    const dir = tempDir();
    write(dir, 'x.txt/a.txt', BAD);
    let r = run(['--format', 'unix', 'x.txt'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^x\.txt\/a\.txt:3:5: warning /m);
    r = run(['--ext', 'md', 'x.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /x\.txt: thư mục không có tệp nào có đuôi \.md/);
  });

  it('refuses a file over the size limit with a clear message', () => {
    const dir = tempDir();
    const f = path.join(dir, 'lon.txt');
    fs.writeFileSync(f, 'Tít\n');
    fs.truncateSync(f, 65 * 1024 * 1024);
    const r = run(['lon.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /lon\.txt: tệp có 68157440 byte, lớn hơn giới hạn 67108864 byte \(64 MB\)/);
  });
});

describe('vnstyle: configuration that cannot be trusted', () => {
  const repo = () => {
    const root = tempDir();
    const r = path.join(root, 'repo');
    fs.mkdirSync(path.join(r, '.git'), { recursive: true });
    write(r, 'a.txt', BAD);
    return { root, repo: r };
  };

  it('extends stays inside the repository unless --allow-extends says otherwise', () => {
    const { root, repo: r } = repo();
    write(root, 'shared/vnstyle-chung.json', JSON.stringify({ rules: { 'abbreviation-undefined': 'off' } }));
    write(r, '.vnstyle.json', JSON.stringify({ extends: '../shared/vnstyle-chung.json' }));
    let x = run(['a.txt'], r);
    assert.equal(x.code, 2);
    assert.match(x.stderr, /"extends" trỏ tới .*shared\/vnstyle-chung\.json, nằm ngoài .*repo; vnstyle chỉ đọc cấu hình trong kho.*--allow-extends/);
    x = run(['--format', 'unix', '--allow-extends', '../shared', 'a.txt'], r);
    assert.equal(x.code, 0, x.stderr);
    assert.doesNotMatch(x.stdout, /abbreviation-undefined/);
  });

  it('a FIFO or /dev/zero as extends: a message, no hang, no memory blow-up', () => {
    const { repo: r } = repo();
    mkfifo(path.join(r, 'ong.json'));
    for (const target of ['./ong.json', '/dev/zero']) {
      write(r, '.vnstyle.json', JSON.stringify({ extends: target }));
      const x = run(['--allow-extends', '/dev', 'a.txt'], r);
      assert.equal(x.code, 2);
      assert.match(x.stderr, /không phải tệp thường \((FIFO|character device)\); "extends" và --config chỉ đọc tệp JSON thường/);
    }
  });

  it('never quotes a file that is not vnstyle configuration', () => {
    const { repo: r } = repo();
    write(r, 'secrets.json', JSON.stringify({ password: 'hunter2-secret', token: ['abc-123-secret'] }));
    write(r, '.vnstyle.json', JSON.stringify({ extends: './secrets.json' }));
    const x = run(['a.txt'], r);
    assert.equal(x.code, 2);
    assert.match(x.stderr, /secrets\.json:1:2: Nội dung không phải cấu hình vnstyle \(không trích dẫn giá trị của tệp này\)\./);
    assert.doesNotMatch(x.stderr, /hunter2|abc-123|password|token/);
  });

  it('__proto__ and constructor keys are refused at their position', () => {
    const { repo: r } = repo();
    write(r, '.vnstyle.json', '{\n  "rules": { "__proto__": { "x": 1 } },\n  "constructor": 1\n}\n');
    const x = run(['a.txt'], r);
    assert.equal(x.code, 2);
    assert.match(x.stderr, /\.vnstyle\.json:2:14: Khóa "__proto__" không được phép\./);
    assert.match(x.stderr, /\.vnstyle\.json:3:3: Khóa "constructor" không được phép\./);
    assert.doesNotMatch(x.stderr, /lỗi nội bộ/);
  });

  it('deep nesting in a configuration or a baseline: a clear message, not an internal error', () => {
    const { repo: r } = repo();
    write(r, '.vnstyle.json', `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    let x = run(['a.txt'], r);
    assert.equal(x.code, 2);
    assert.match(x.stderr, /\.vnstyle\.json:1:\d+: Lồng quá 64 cấp mảng, đối tượng/);
    fs.rmSync(path.join(r, '.vnstyle.json'));
    write(r, 'baseline.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    x = run(['--baseline', 'baseline.json', 'a.txt'], r);
    assert.equal(x.code, 2);
    assert.match(x.stderr, /không dùng được tệp baseline .*baseline\.json: not a vnstyle baseline \(version 1\)\. Hãy tạo lại/);
    assert.doesNotMatch(x.stderr, /lỗi nội bộ|at /);
  });

  it('a glob that would take minutes is refused where it is written', () => {
    const { repo: r } = repo();
    write(r, '.vnstyle.json', JSON.stringify({ ignores: ['*a*a*a*a*a*a*a*a*a*a*ab'] }));
    write(r, `${'a'.repeat(200)}.txt`, BAD);
    const t0 = Date.now();
    const x = run(['.'], r);
    assert.equal(x.code, 2);
    assert.match(x.stderr, /\.vnstyle\.json:1:13: Mẫu "\*a\*a\*a\*a\*a\*a\*a\*a\*a\*a\*ab" có 11 dấu \* trong một đoạn; tối đa 3/);
    assert.ok(Date.now() - t0 < 25_000);
  });

  it('the shared resolver: an untrusted workspace ignores allowExtends', () => {
    const { root, repo: r } = repo();
    write(root, 'shared/vnstyle-chung.json', '{}');
    write(r, '.vnstyle.json', JSON.stringify({ extends: '../shared/vnstyle-chung.json' }));
    const allow = [path.join(root, 'shared')];
    assert.doesNotThrow(() => new ConfigResolver(RULES, { allowExtends: allow }).forFile(path.join(r, 'a.txt')));
    assert.throws(
      () => new ConfigResolver(RULES, { allowExtends: allow, untrusted: true }).forFile(path.join(r, 'a.txt')),
      (e: unknown) => e instanceof ConfigError && /The workspace is not trusted/.test(e.problems[0].message.en),
    );
  });
});

describe('vnstyle: control characters from articles are escaped in every human format', () => {
  it('stylish, unix, github and markdown show \\u001B, never the raw escape', () => {
    const dir = tempDir();
    write(dir, 'a.txt', 'Tít\n\nNội dung.\n\nLan Anh\n\n>> Xem \x1b[31mđỏ\x1b[0m \u202e\x07\n');
    for (const format of ['stylish', 'unix', 'github', 'markdown']) {
      const r = run(['--no-color', '--format', format, 'a.txt'], dir);
      assert.doesNotMatch(r.stdout, /[\x00-\x08\x0b-\x1f\x7f\u202e]/, format);
      // (Markdown escapes the backslash itself: it renders as \u001B.)
      assert.match(
        r.stdout,
        format === 'markdown' ? /\\\\u001B\\\[31mđỏ\\\\u001B\\\[0m \\\\u202E\\\\u0007/ : /\\u001B\[31mđỏ\\u001B\[0m \\u202E\\u0007/,
        format,
      );
    }
  });
});
