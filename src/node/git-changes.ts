/**
 * `--changed-since REF`: which lines of which files changed, asked of git (spawned; no git
 * library). The comparison is the one a pull request shows, plus what is not committed
 * yet: from the merge base of REF and HEAD (`git diff REF...HEAD` semantics) to the
 * working tree. So `origin/main` means "what this branch changed since it left main",
 * not "every way this checkout differs from main today", and a commit that is an
 * ancestor (HEAD~3) means "since that commit". A file git does not track (new,
 * untracked, ignored, outside the repository) counts as wholly changed; a file renamed
 * keeps its old lines as unchanged (rename detection on); a file git tracks and the diff
 * does not name is unchanged.
 *
 * Lines are numbered as git numbers them (ending at \n), so CRLF files agree and a lone
 * \r never shifts a line.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Span } from '../core/types';

/** 1-based line ranges [first, last], as git counts lines. */
export type LineRanges = Array<[number, number]>;

export type GitProblem = 'no-git' | 'not-a-repo' | 'unknown-ref' | 'no-merge-base' | 'git-failed';

export class GitError extends Error {
  constructor(
    readonly problem: GitProblem,
    readonly detail: string,
    readonly shallow = false,
  ) {
    super(`${problem}: ${detail}`);
  }
}

export interface Changes {
  /** The repository's top folder. */
  top: string;
  /** The commit compared against (merge base of the ref and HEAD). */
  base: string;
  /** Changed lines of a file: ranges (empty: unchanged) or 'all' (not tracked by git). */
  linesOf(file: string): LineRanges | 'all';
}

function git(cwd: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    // No index.lock taken for a read-only diff (an editor or another run may hold the index).
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  if (r.error) throw new GitError('no-git', (r.error as NodeJS.ErrnoException).code ?? r.error.message);
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.trim() };
}

const firstLine = (s: string) => s.split('\n').find((l) => l.trim()) ?? '';

export function changesSince(cwd: string, ref: string): Changes {
  const cdup = git(cwd, ['rev-parse', '--show-cdup']);
  if (!cdup.ok) throw new GitError('not-a-repo', firstLine(cdup.stderr));
  // Relative to cwd as given (not realpath'd), so paths walked from cwd compare as they are.
  const top = path.resolve(cwd, cdup.stdout.trim() || '.');
  const commit = git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!commit.ok) throw new GitError('unknown-ref', ref, git(top, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true');
  const mb = git(top, ['merge-base', commit.stdout.trim(), 'HEAD']);
  if (!mb.ok) {
    const shallow = git(top, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
    if (mb.stderr) throw new GitError('git-failed', firstLine(mb.stderr), shallow);
    throw new GitError('no-merge-base', ref, shallow);
  }
  const base = mb.stdout.trim();
  // Fixed options override whatever the user's git configuration says about prefixes,
  // renames, colours, external diff drivers and path quoting.
  const diff = git(top, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--ignore-submodules',
    '--unified=0',
    '--find-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    base,
    '--',
  ]);
  if (!diff.ok) throw new GitError('git-failed', firstLine(diff.stderr));
  const changed = parseUnifiedZero(diff.stdout);
  const files = git(top, ['ls-files', '-z']);
  if (!files.ok) throw new GitError('git-failed', firstLine(files.stderr));
  const tracked = new Set(
    files.stdout
      .split('\0')
      .filter(Boolean)
      .map((f) => f.normalize('NFC')),
  );
  return {
    top,
    base,
    linesOf(file) {
      const rel = path.relative(top, path.resolve(file));
      if (rel.startsWith('..') || path.isAbsolute(rel)) return 'all';
      // NFC: git on macOS precomposes names; readdir may not.
      const key = rel.split(path.sep).join('/').normalize('NFC');
      return changed.get(key) ?? (tracked.has(key) ? [] : 'all');
    },
  };
}

/**
 * The added lines of each file in a `git diff --unified=0` patch. Hunk bodies are skipped
 * by count (an added line may itself start with "+++ " or "diff --git").
 */
export function parseUnifiedZero(patch: string): Map<string, LineRanges> {
  const out = new Map<string, LineRanges>();
  let current: LineRanges | null = null;
  let pending = 0;
  for (const line of patch.split('\n')) {
    if (pending > 0) {
      if (!line.startsWith('\\')) pending--; // "\ No newline at end of file" is not a line of the hunk
      continue;
    }
    if (line.startsWith('diff --git ')) current = null;
    else if (line.startsWith('+++ ')) {
      const name = unquotePath(line.slice(4));
      current = name?.startsWith('b/') ? [] : null;
      if (current && name) out.set(name.slice(2).normalize('NFC'), current);
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const removed = m[1] === undefined ? 1 : Number(m[1]);
      const first = Number(m[2]);
      const added = m[3] === undefined ? 1 : Number(m[3]);
      pending = removed + added;
      if (current && added > 0) current.push([first, first + added - 1]);
    }
  }
  return out;
}

/**
 * A path as git prints it after "+++ ": "/dev/null", a plain name (followed by a tab when
 * it holds a space), or a C-quoted name ("b/a\"b", octal bytes \303\251).
 */
export function unquotePath(label: string): string | null {
  const s = label.endsWith('\t') ? label.slice(0, -1) : label;
  if (s === '/dev/null') return null;
  if (!s.startsWith('"')) return s;
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  const bytes: number[] = [];
  for (const m of s.slice(1, -1).matchAll(/\\([0-7]{3}|.)|([^\\]+)/gsu)) {
    if (m[2] !== undefined) bytes.push(...Buffer.from(m[2], 'utf8'));
    else if (/^[0-7]{3}$/.test(m[1])) bytes.push(parseInt(m[1], 8));
    else bytes.push(escapes[m[1]] ?? m[1].charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The spans of `text` that hold the given lines (each with its line break), lines counted at \n as git does. */
export function spansOfLines(text: string, ranges: LineRanges): Span[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const startOf = (line: number) => (line <= starts.length ? starts[line - 1] : text.length);
  return ranges.map(([first, last]) => ({ start: startOf(first), end: startOf(last + 1) }));
}
