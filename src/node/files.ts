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
  const walker = new Walker(new Set((options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.replace(/^\./, '').toLowerCase())));
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    if (GLOB_CHARS.test(input) && !fs.existsSync(abs)) walker.addGlob(input, cwd);
    else walker.addPath(input, abs, inputs.length > 0);
  }
  return { files: [...walker.files].sort(), problems: walker.problems };
}

/** One collection: the files found, the problems met and the ignore files read (each once). */
class Walker {
  readonly files = new Set<string>();
  readonly problems: WalkProblem[] = [];
  private readonly ignoreCache = new Map<string, IgnoreLayer | null>();

  constructor(private readonly exts: Set<string>) {}

  /** A glob: walk from its static prefix and match the rest. */
  addGlob(input: string, cwd: string): void {
    const parts = input.split(/[\\/]/);
    const staticParts: string[] = [];
    for (const p of parts) {
      if (GLOB_CHARS.test(p)) break;
      staticParts.push(p);
    }
    const base = path.resolve(cwd, staticParts.join('/') || '.');
    const pattern = parts.slice(staticParts.length).join('/');
    const before = this.files.size;
    if (fs.existsSync(base)) this.walk(base, this.layersAbove(base), new Set(), picomatch(pattern, { dot: false }), base);
    if (this.files.size === before) this.problems.push({ kind: 'no-match', path: input });
  }

  /** A file or a folder named (`named`: on the command line, not the default "."). */
  addPath(input: string, abs: string, named: boolean): void {
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      this.problems.push({ kind: 'missing', path: input });
      return;
    }
    if (st.isDirectory()) {
      const before = this.files.size;
      this.walk(abs, this.layersAbove(abs), new Set());
      // A folder named explicitly (even "x.txt") is walked; one that holds no article is said, not skipped.
      if (this.files.size === before && named) this.problems.push({ kind: 'no-files', path: input, detail: [...this.exts].map((e) => `.${e}`).join(', ') });
    } else if (!st.isFile()) this.problems.push({ kind: 'not-regular', path: input, detail: fileKindOf(st) });
    else this.files.add(abs); // named explicitly: linted whatever its extension
  }

  /** The ignore files of `dir` (null when it has none). */
  private layerFor(dir: string): IgnoreLayer | null {
    if (this.ignoreCache.has(dir)) return this.ignoreCache.get(dir)!;
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
    this.ignoreCache.set(dir, layer);
    return layer;
  }

  /** Ignore layers from the repository root (or the walk's top) down to `dir`. */
  private layersAbove(dir: string): IgnoreLayer[] {
    const out: IgnoreLayer[] = [];
    let d = dir;
    for (;;) {
      const l = this.layerFor(d);
      if (l) out.unshift(l);
      if (fs.existsSync(path.join(d, '.git'))) break;
      const parent = path.dirname(d);
      if (parent === d) break;
      d = parent;
    }
    return out;
  }

  private hasExt(f: string): boolean {
    return this.exts.has(path.extname(f).slice(1).toLowerCase());
  }

  /** The folder's entries, sorted, or null when it is a loop or cannot be read (said). */
  private enter(dir: string, visited: Set<string>): { entries: fs.Dirent[]; seen: Set<string> } | null {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      this.problems.push({ kind: 'unreadable-dir', path: dir, detail: (e as NodeJS.ErrnoException).code });
      return null;
    }
    if (visited.has(real)) {
      this.problems.push({ kind: 'symlink-loop', path: dir, detail: real });
      return null;
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      this.problems.push({ kind: 'unreadable-dir', path: dir, detail: (e as NodeJS.ErrnoException).code });
      return null;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { entries, seen: new Set(visited).add(real) };
  }

  private walk(dir: string, layers: IgnoreLayer[], visited: Set<string>, match?: (rel: string) => boolean, base?: string): void {
    const opened = this.enter(dir, visited);
    if (!opened) return;
    const own = this.layerFor(dir);
    const here = own && !layers.includes(own) ? [...layers, own] : layers;
    for (const e of opened.entries) {
      if (ALWAYS_SKIPPED.has(e.name)) continue;
      const abs = path.join(dir, e.name);
      const kind = kindOf(e, abs);
      if (!kind || ignored(abs, kind.isDir, here)) continue; // a dangling link, or ignored
      const matches = () => this.hasExt(abs) && (!match || match(path.relative(base!, abs).split(path.sep).join('/')));
      if (kind.isDir) this.walk(abs, here, opened.seen, match, base);
      else if (kind.isFile && matches()) this.files.add(abs);
      else if (!kind.isFile && matches() && !e.isSymbolicLink()) {
        // A FIFO, device or socket named like an article: never opened, said.
        try {
          this.problems.push({ kind: 'not-regular', path: abs, detail: fileKindOf(fs.lstatSync(abs)) });
        } catch {
          /* gone meanwhile */
        }
      }
    }
  }
}

/** Folder or regular file, through a symbolic link; null for a dangling link. */
function kindOf(e: fs.Dirent, abs: string): { isDir: boolean; isFile: boolean } | null {
  if (!e.isSymbolicLink()) return { isDir: e.isDirectory(), isFile: e.isFile() };
  try {
    const st = fs.statSync(abs);
    return { isDir: st.isDirectory(), isFile: st.isFile() };
  } catch {
    return null;
  }
}

function ignored(abs: string, isDir: boolean, layers: IgnoreLayer[]): boolean {
  return layers.some((l) => {
    const rel = path.relative(l.dir, abs).split(path.sep).join('/');
    return rel !== '' && !rel.startsWith('..') && l.ig.ignores(isDir ? `${rel}/` : rel);
  });
}
