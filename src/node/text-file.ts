/**
 * Reading and writing articles safely: strict UTF-8 (a file that is not is reported,
 * never linted as garbage), the BOM kept aside and restored, atomic writes.
 *
 * Only regular files are read or written: a FIFO, a device or a socket is refused before a
 * byte is read (opened non-blocking, so nothing hangs), and reads are bounded. A fix is written
 * through a symbolic link to its target, keeps the target's owner, group and mode, and is
 * refused for a file with several hard links (a new file would split them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LIMITS } from '../core/limits';

export interface TextFile {
  text: string;
  bom: boolean;
}

export type ReadProblem = 'binary' | 'not-utf8' | 'utf16' | 'unreadable' | 'missing' | 'directory' | 'not-regular' | 'too-large';

export class ReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    readonly filePath: string,
    readonly detail?: string,
  ) {
    super(`${problem}: ${filePath}${detail ? ` (${detail})` : ''}`);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode bytes as an article: BOM stripped, NUL bytes mean binary, invalid UTF-8 is refused. */
export function decodeArticle(bytes: Uint8Array, filePath: string): TextFile {
  if (bytes.length > LIMITS.fileBytes) throw new ReadError('too-large', filePath, String(bytes.length));
  const sniff = bytes.subarray(0, 8192);
  if (isUtf16(sniff)) throw new ReadError('utf16', filePath);
  if (sniff.includes(0)) throw new ReadError('binary', filePath);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ReadError('not-utf8', filePath, firstInvalidUtf8(bytes));
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** Where the first byte that breaks UTF-8 is, as "line L, byte B". */
function firstInvalidUtf8(bytes: Uint8Array): string {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) break;
    let ok = true;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (!ok) break;
    if (b === 10) line++;
    i += need + 1;
  }
  return `line ${line}, byte ${i + 1}`;
}

/** UTF-16 by its byte-order mark, or by text whose every other byte is zero. */
function isUtf16(b: Uint8Array): boolean {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return true;
  if (b.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < b.length; i++)
    if (b[i] === 0) {
      if (i % 2) odd++;
      else even++;
    }
  const half = b.length / 2;
  return (odd > half * 0.6 && even < half * 0.05) || (even > half * 0.6 && odd < half * 0.05);
}

/** What a non-regular file is, in a word the messages use. */
export function fileKind(st: fs.Stats): string {
  return st.isFIFO()
    ? 'FIFO'
    : st.isCharacterDevice()
      ? 'character device'
      : st.isBlockDevice()
        ? 'block device'
        : st.isSocket()
          ? 'socket'
          : st.isDirectory()
            ? 'directory'
            : 'special file';
}

/**
 * Read a regular file, at most `limit` bytes: opened non-blocking (a FIFO never hangs the
 * command) and checked with fstat before any read. Throws ReadError.
 */
export function readRegularFile(filePath: string, limit: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReadError('missing', filePath);
    if (code === 'EISDIR') throw new ReadError('directory', filePath);
    throw new ReadError('unreadable', filePath, code ?? String(e));
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new ReadError('directory', filePath);
    if (!st.isFile()) throw new ReadError('not-regular', filePath, fileKind(st));
    if (st.size > limit) throw new ReadError('too-large', filePath, String(st.size));
    // Read to the end, never more than limit + 1 bytes (a file may grow while read).
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, limit + 1 - total, 1 << 24) || 1);
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > limit) throw new ReadError('too-large', filePath, `${total}+`);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('unreadable', filePath, (e as NodeJS.ErrnoException).code ?? String(e));
  } finally {
    fs.closeSync(fd);
  }
}

export function readArticle(filePath: string): TextFile {
  return decodeArticle(readRegularFile(filePath, LIMITS.fileBytes), filePath);
}

/** Why --fix may not write `filePath`, or null; `target` is where it writes (a symbolic link's target). */
export class WriteRefused extends Error {
  constructor(
    readonly reason: 'not-regular' | 'hard-links',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

const TEMP = /^\.(.+)\.vnstyle-(\d+)-[a-z0-9]+\.tmp$/;
/** Temporary files being written by this process, removed on every exit the command controls. */
const pending = new Set<string>();

/** Remove the temporary files this process is writing (on SIGINT, SIGTERM or an exception). */
export function removePendingTemps(): void {
  for (const f of pending) fs.rmSync(f, { force: true });
  pending.clear();
}

/** Remove stale temporary files of `base` in `dir` left by a vnstyle process that is gone. */
function removeStaleTemps(dir: string, base: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || m[1] !== base || Number(m[2]) === process.pid) continue;
    try {
      process.kill(Number(m[2]), 0);
      continue; // its writer is still running
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') continue;
    }
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Write atomically: a temporary file beside the target, flushed, given the target's
 * permissions, then renamed over it. A crash leaves the old file or the new one, never half.
 */
export function writeArticleAtomic(filePath: string, file: TextFile): string {
  // Through symbolic links: the link stays a link, its target gets the fix.
  const target = fs.realpathSync(filePath);
  const dir = path.dirname(target);
  const stat = fs.statSync(target);
  if (!stat.isFile()) throw new WriteRefused('not-regular', fileKind(stat));
  if (stat.nlink > 1) throw new WriteRefused('hard-links', String(stat.nlink));
  // A read-only article is not rewritten behind the user's back, not even by root.
  fs.accessSync(target, fs.constants.W_OK);
  if ((stat.mode & 0o222) === 0) throw Object.assign(new Error(`read-only: ${filePath}`), { code: 'EACCES' });
  const base = path.basename(target);
  removeStaleTemps(dir, base);
  const tmp = path.join(dir, `.${base}.vnstyle-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  const data = (file.bom ? '\ufeff' : '') + file.text;
  let fd: number | undefined;
  pending.add(tmp);
  try {
    fd = fs.openSync(tmp, 'wx', stat.mode & 0o7777);
    fs.writeFileSync(fd, data, 'utf8');
    // Owner and group as they were (root fixing an editor's file must not take it over).
    if (typeof process.getuid === 'function' && (stat.uid !== process.getuid() || stat.gid !== process.getgid!())) fs.fchownSync(fd, stat.uid, stat.gid);
    fs.fchmodSync(fd, stat.mode & 0o7777);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    pending.delete(tmp);
  }
  return target;
}

/** Format by file name: Markdown for .md/.markdown/.mdx, plain text otherwise. */
export function formatOf(filePath: string): 'markdown' | 'text' {
  return /\.(md|markdown|mdx|mkd)$/i.test(filePath) ? 'markdown' : 'text';
}
