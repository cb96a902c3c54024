/** pre-commit, emulated: the hooks of .pre-commit-hooks.yaml run the way pre-commit runs them. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { ROOT } from './helpers';
import { git, gitEnv } from './git-helpers';

export interface Hook {
  id: string;
  entry: string;
  language: string;
  files?: string;
  exclude?: string;
  types?: string[];
  args?: string[];
}

export function hooks(): Hook[] {
  return yaml.load(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
}

/** pre-commit's `files`/`exclude`: Python regexes searched in the path; a leading (?i) is Python's inline flag. */
export function pyRegex(source: string): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source);
}

/** identify's is_text: the first 1024 bytes hold only text bytes. */
function isText(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(1024);
  const n = fs.readSync(fd, buf, 0, 1024, 0);
  fs.closeSync(fd);
  return buf.subarray(0, n).every((b) => [7, 8, 9, 10, 11, 12, 13, 27].includes(b) || (b >= 0x20 && b !== 0x7f));
}

/**
 * Run a hook as pre-commit does: the staged files, filtered by `files`, `exclude` and
 * `types`, passed after `entry` and `args` (split like shlex), from the repository's top,
 * with the installed package's bin on the PATH. The hook fails when it exits non-zero or
 * when it changed the working tree (pre-commit compares `git diff` before and after).
 */
export function runHook(
  hook: Hook,
  repo: string,
  binDir: string,
): { failed: boolean; code: number | null; modified: boolean; files: string[]; output: string } {
  const staged = git(repo, 'diff', '--staged', '--name-only', '--no-ext-diff', '-z', '--diff-filter=ACMRTUXB').split('\0').filter(Boolean);
  const files = staged.filter(
    (f) =>
      (!hook.files || pyRegex(hook.files).test(f)) &&
      !(hook.exclude && pyRegex(hook.exclude).test(f)) &&
      (!hook.types?.includes('text') || isText(path.join(repo, f))),
  );
  const argv = [...hook.entry.split(/\s+/).filter(Boolean), ...(hook.args ?? []), ...files];
  const before = git(repo, 'diff', '--no-ext-diff', '--no-textconv', '--ignore-submodules');
  const env = { ...gitEnv(), PATH: `${binDir}${path.delimiter}${process.env.PATH}` };
  const r = files.length ? spawnSync(argv[0], argv.slice(1), { cwd: repo, encoding: 'utf8', env }) : { status: 0, stdout: '', stderr: '' };
  const modified = git(repo, 'diff', '--no-ext-diff', '--no-textconv', '--ignore-submodules') !== before;
  return { failed: r.status !== 0 || modified, code: r.status, modified, files, output: `${r.stdout}${r.stderr}` };
}
