/**
 * Which files to lint: paths, folders and globs; `.gitignore` and `.vnstyleignore`
 * respected (each applies below its folder); symlink loops and unreadable folders
 * reported without stopping the rest. The result is sorted, so runs are reproducible.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { Ignore } from 'ignore';
import picomatch from 'picomatch';
import { fileKind as fileKindOf } from './text-file';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'];

export interface WalkProblem {
  kind: 'missing' | 'unreadable-dir' | 'symlink-loop' | 'no-match' | 'no-files' | 'not-regular';
  path: string;
  detail?: string;
}

export interface WalkResult {
  files: string[];
  problems: WalkProblem[];
}

const IGNORE_FILES = ['.gitignore', '.vnstyleignore'];
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
const GLOB_CHARS = /[*?[\]{}]/;

interface IgnoreLayer {
  dir: string;
  ig: Ignore;
}

export function collectFiles(inputs: string[], options: { extensions?: string[]; cwd?: string } = {}): WalkResult {
  const cwd = options.cwd ?? process.cwd();
  const exts = new Set((options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.replace(/^\./, '').toLowerCase()));
  const files = new Set<string>();
  const problems: WalkProblem[] = [];
  const ignoreCache = new Map<string, IgnoreLayer | null>();

  const layerFor = (dir: string): IgnoreLayer | null => {
    if (ignoreCache.has(dir)) return ignoreCache.get(dir)!;
    let ig: Ignore | null = null;
    for (const name of IGNORE_FILES) {
      const f = path.join(dir, name);
      try {
        const content = fs.readFileSync(f, 'utf8');
        ig ??= ignore();
        ig.add(content);
      } catch {
        /* no such file */
      }
    }
    const layer = ig ? { dir, ig } : null;
    ignoreCache.set(dir, layer);
    return layer;
  };

  /** Ignore layers from the repository root (or the walk's top) down to `dir`. */
  const layersAbove = (dir: string): IgnoreLayer[] => {
    const out: IgnoreLayer[] = [];
    let d = dir;
    for (;;) {
      const l = layerFor(d);
      if (l) out.unshift(l);
      if (fs.existsSync(path.join(d, '.git'))) break;
      const parent = path.dirname(d);
      if (parent === d) break;
      d = parent;
    }
    return out;
  };

  const ignored = (abs: string, isDir: boolean, layers: IgnoreLayer[]): boolean =>
    layers.some((l) => {
      const rel = path.relative(l.dir, abs).split(path.sep).join('/');
      return rel !== '' && !rel.startsWith('..') && l.ig.ignores(isDir ? `${rel}/` : rel);
    });

  const hasExt = (f: string) => exts.has(path.extname(f).slice(1).toLowerCase());

  const walk = (dir: string, layers: IgnoreLayer[], visited: Set<string>, match?: (rel: string) => boolean, base?: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      problems.push({ kind: 'unreadable-dir', path: dir, detail: (e as NodeJS.ErrnoException).code });
      return;
    }
    if (visited.has(real)) {
      problems.push({ kind: 'symlink-loop', path: dir, detail: real });
      return;
    }
    const seen = new Set(visited).add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ kind: 'unreadable-dir', path: dir, detail: (e as NodeJS.ErrnoException).code });
      return;
    }
    const own = layerFor(dir);
    const here = own && !layers.includes(own) ? [...layers, own] : layers;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (ALWAYS_SKIPPED.has(e.name)) continue;
      const abs = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (ignored(abs, isDir, here)) continue;
      const matches = () => hasExt(abs) && (!match || match(path.relative(base!, abs).split(path.sep).join('/')));
      if (isDir) walk(abs, here, seen, match, base);
      else if (isFile && matches()) files.add(abs);
      else if (!isFile && matches() && !e.isSymbolicLink()) {
        // A FIFO, device or socket named like an article: never opened, said.
        try {
          problems.push({ kind: 'not-regular', path: abs, detail: fileKindOf(fs.lstatSync(abs)) });
        } catch {
          /* gone meanwhile */
        }
      }
    }
  };

  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    if (GLOB_CHARS.test(input) && !fs.existsSync(abs)) {
      // A glob: walk from its static prefix and match the rest.
      const parts = input.split(/[\\/]/);
      const staticParts: string[] = [];
      for (const p of parts) {
        if (GLOB_CHARS.test(p)) break;
        staticParts.push(p);
      }
      const base = path.resolve(cwd, staticParts.join('/') || '.');
      const pattern = parts.slice(staticParts.length).join('/');
      const before = files.size;
      if (fs.existsSync(base)) walk(base, layersAbove(base), new Set(), picomatch(pattern, { dot: false }), base);
      if (files.size === before) problems.push({ kind: 'no-match', path: input });
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      problems.push({ kind: 'missing', path: input });
      continue;
    }
    if (st.isDirectory()) {
      const before = files.size;
      walk(abs, layersAbove(abs), new Set());
      // A folder named explicitly (even "x.txt") is walked; one that holds no article is said, not skipped.
      if (files.size === before && inputs.length) problems.push({ kind: 'no-files', path: input, detail: [...exts].map((e) => `.${e}`).join(', ') });
    } else if (!st.isFile()) problems.push({ kind: 'not-regular', path: input, detail: fileKindOf(st) });
    else files.add(abs); // named explicitly: linted whatever its extension
  }
  return { files: [...files].sort(), problems };
}
