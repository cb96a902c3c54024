/** Real git repositories in temporary folders, isolated from the machine's git configuration. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from './cli-helpers';

let isolated: NodeJS.ProcessEnv | undefined;

/** The environment for git and for vnstyle runs that spawn git: no system or user configuration (nor an enclosing npm's settings). */
export function gitEnv(): NodeJS.ProcessEnv {
  if (!isolated) {
    const home = tempDir();
    fs.writeFileSync(path.join(home, '.gitconfig'), '');
    isolated = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))),
      HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
      GIT_AUTHOR_NAME: 'Tòa soạn',
      GIT_AUTHOR_EMAIL: 'toa-soan@example.org',
      GIT_COMMITTER_NAME: 'Tòa soạn',
      GIT_COMMITTER_EMAIL: 'toa-soan@example.org',
      NO_COLOR: '1',
      FORCE_COLOR: '',
      LANG: 'C.UTF-8',
      LC_ALL: '',
    };
  }
  return isolated;
}

/** Run git in `cwd`; it must succeed. Returns its standard output. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: gitEnv() });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A new repository on branch main with `files` committed. */
export function repoWith(files: Record<string, string>, dir = path.join(tempDir(), 'kho bài')): string {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Lưu trữ');
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
}
