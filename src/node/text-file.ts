/**
 * Reading and writing articles safely: strict UTF-8 (a file that is not is reported,
 * never linted as garbage), the BOM kept aside and restored, atomic writes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface TextFile {
  text: string;
  bom: boolean;
}

export type ReadProblem = 'binary' | 'not-utf8' | 'unreadable' | 'missing' | 'directory';

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
  const sniff = bytes.subarray(0, 8192);
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

export function readArticle(filePath: string): TextFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReadError('missing', filePath);
    if (code === 'EISDIR') throw new ReadError('directory', filePath);
    throw new ReadError('unreadable', filePath, code ?? String(e));
  }
  return decodeArticle(bytes, filePath);
}

/**
 * Write atomically: a temporary file beside the target, flushed, given the target's
 * permissions, then renamed over it. A crash leaves the old file or the new one, never half.
 */
export function writeArticleAtomic(filePath: string, file: TextFile): void {
  const dir = path.dirname(filePath);
  const stat = fs.statSync(filePath);
  // A read-only article is not rewritten behind the user's back, not even by root.
  fs.accessSync(filePath, fs.constants.W_OK);
  if ((stat.mode & 0o222) === 0) throw Object.assign(new Error(`read-only: ${filePath}`), { code: 'EACCES' });
  const tmp = path.join(dir, `.${path.basename(filePath)}.vnstyle-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  const data = (file.bom ? '\ufeff' : '') + file.text;
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', stat.mode & 0o7777);
    fs.writeFileSync(fd, data, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.chmodSync(tmp, stat.mode & 0o7777);
    fs.renameSync(tmp, filePath);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Format by file name: Markdown for .md/.markdown/.mdx, plain text otherwise. */
export function formatOf(filePath: string): 'markdown' | 'text' {
  return /\.(md|markdown|mdx|mkd)$/i.test(filePath) ? 'markdown' : 'text';
}
