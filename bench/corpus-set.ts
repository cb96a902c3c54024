/**
 * The large set the bench measures on: the articles of a source folder copied again and again
 * (copy-01/, copy-02/, …) until the set holds at least the bytes asked for. It is written under
 * the system's temporary folder, never into the repository (it is corpus text), and reused by
 * the next run while the source folder and the size are the same.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';

export interface ArticleSet {
  dir: string;
  /** Every article, sorted as the command walks them. */
  files: string[];
  bytes: number;
}

/** The articles of a folder (as the floor and the command find them), sorted. */
export function articlesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((n) => /\.(txt|md|markdown)$/i.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}

export function repeatedSet(source: string, targetBytes: number, tmp = os.tmpdir()): ArticleSet {
  // Articles only: a folder's README is no article.
  const sources = articlesIn(source).filter((f) => !/^readme\.(md|txt)$/i.test(path.basename(f)));
  if (!sources.length) throw new Error(`no article (.txt, .md) in ${source}`);
  const sizes = sources.map((f) => fs.statSync(f).size);
  const sourceBytes = sizes.reduce((a, b) => a + b, 0);
  const copies = Math.max(1, Math.ceil(targetBytes / sourceBytes));
  const signature = createHash('sha256')
    .update(JSON.stringify({ source: path.resolve(source), copies, sources: sources.map((f, i) => [path.relative(source, f), sizes[i]]) }))
    .digest('hex')
    .slice(0, 12);
  const dir = path.join(tmp, `vnstyle-bench-${path.basename(source)}-x${copies}-${signature}`);
  const done = path.join(dir, '.complete');
  if (!fs.existsSync(done)) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (let c = 1; c <= copies; c++) {
      const into = path.join(dir, `copy-${String(c).padStart(2, '0')}`);
      for (const f of sources) {
        const to = path.join(into, path.relative(source, f));
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.copyFileSync(f, to);
      }
    }
    fs.writeFileSync(done, `${copies} copies of ${source}\n`);
  }
  return { dir, files: articlesIn(dir), bytes: sourceBytes * copies };
}
