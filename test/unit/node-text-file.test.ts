/** src/node/text-file.ts directly: strict UTF-8 reading, the BOM kept aside, atomic writes. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeArticle, formatOf, readArticle, ReadError, writeArticleAtomic } from '../../src/node/text-file';
import { tempDir, write } from './cli-helpers';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const readError = (problem: string, detail?: string) => (e: unknown) => e instanceof ReadError && e.problem === problem && e.detail === detail;

describe('src/node/text-file: reading', () => {
  it('decodes UTF-8; a BOM is taken off the text and remembered', () => {
    assert.deepEqual(decodeArticle(bytes('Tít\n\nHà Nội.\n'), 'a.txt'), { text: 'Tít\n\nHà Nội.\n', bom: false });
    assert.deepEqual(decodeArticle(bytes('\ufeffTít\n'), 'a.txt'), { text: 'Tít\n', bom: true });
    // Only a leading BOM: one inside the text is text.
    assert.deepEqual(decodeArticle(bytes('Tít\ufeff\n'), 'a.txt'), { text: 'Tít\ufeff\n', bom: false });
  });

  it('refuses a NUL byte as binary, and invalid UTF-8 with the line and byte where it breaks', () => {
    assert.throws(() => decodeArticle(bytes('Tít\u0000bài'), 'x.bin'), readError('binary'));
    // Windows-1258 "Hà" (0x48 0xE0) on line 3: byte 0xE0 starts a 3-byte sequence that "\n" breaks.
    const legacy = Buffer.concat([Buffer.from('Tít\n\n'), Buffer.from([0x48, 0xe0, 0x0a])]);
    assert.throws(() => decodeArticle(new Uint8Array(legacy), 'cu.txt'), readError('not-utf8', 'line 3, byte 8'));
    // A truncated sequence at the very end.
    assert.throws(() => decodeArticle(new Uint8Array([0x61, 0xc3]), 'b.txt'), readError('not-utf8', 'line 1, byte 2'));
  });

  it('reads a file from disk; a missing file and a folder are said as such', () => {
    const dir = tempDir();
    const f = write(dir, 'a.txt', Buffer.from('\ufeffTít\r\n\r\nBài.\r\n'));
    assert.deepEqual(readArticle(f), { text: 'Tít\r\n\r\nBài.\r\n', bom: true });
    assert.throws(() => readArticle(path.join(dir, 'none.txt')), readError('missing'));
    assert.throws(() => readArticle(dir), readError('directory'));
  });

  it('formatOf: Markdown by extension (.md, .markdown, .mdx, .mkd, any case), plain text otherwise', () => {
    assert.deepEqual(['a.md', 'b.MARKDOWN', 'c.mdx', 'd.mkd', 'e.txt', 'f.md.txt', 'md', 'g.baibao'].map(formatOf), [
      'markdown',
      'markdown',
      'markdown',
      'markdown',
      'text',
      'text',
      'text',
      'text',
    ]);
  });
});

describe('src/node/text-file: writeArticleAtomic', () => {
  it('writes the text with its BOM restored, keeps the mode, and leaves no temporary file', () => {
    const dir = tempDir();
    const f = write(dir, 'a.txt', '\ufeffcũ\n');
    fs.chmodSync(f, 0o640);
    writeArticleAtomic(f, { text: 'Tít\n\nmới\n', bom: true });
    assert.deepEqual(fs.readFileSync(f), Buffer.from('\ufeffTít\n\nmới\n'));
    assert.equal(fs.statSync(f).mode & 0o7777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
    writeArticleAtomic(f, { text: 'không BOM\n', bom: false });
    assert.deepEqual(fs.readFileSync(f), Buffer.from('không BOM\n'));
  });

  it('replaces the file by renaming a new one over it: a reader of the old file never sees half of the new one', () => {
    const dir = tempDir();
    const f = write(dir, 'a.txt', 'bản cũ\n');
    const before = fs.statSync(f).ino;
    const reader = fs.openSync(f, 'r');
    try {
      writeArticleAtomic(f, { text: 'bản mới, dài hơn nhiều\n', bom: false });
      assert.notEqual(fs.statSync(f).ino, before, 'a new file took the name');
      const buf = Buffer.alloc(64);
      assert.equal(buf.subarray(0, fs.readSync(reader, buf, 0, 64, 0)).toString(), 'bản cũ\n', 'the open file is the old one, whole');
    } finally {
      fs.closeSync(reader);
    }
    assert.equal(fs.readFileSync(f, 'utf8'), 'bản mới, dài hơn nhiều\n');
  });

  it('refuses a read-only article (even as root), which stays as it was, and leaves no temporary file', () => {
    const dir = tempDir();
    const f = write(dir, 'a.txt', 'giữ nguyên\n');
    fs.chmodSync(f, 0o444);
    assert.throws(
      () => writeArticleAtomic(f, { text: 'sửa\n', bom: false }),
      (e: NodeJS.ErrnoException) => e.code === 'EACCES',
    );
    assert.equal(fs.readFileSync(f, 'utf8'), 'giữ nguyên\n');
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });

  it('a file that is gone: the error says so and nothing is created', () => {
    const dir = tempDir();
    assert.throws(
      () => writeArticleAtomic(path.join(dir, 'none.txt'), { text: 'x', bom: false }),
      (e: NodeJS.ErrnoException) => e.code === 'ENOENT',
    );
    assert.deepEqual(fs.readdirSync(dir), []);
  });
});
