import { spawnSync, SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './helpers';

export const BIN = path.join(ROOT, 'bin', 'vnstyle.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built command as a process. */
export function vnstyle(args: string[], options: SpawnSyncOptions & { input?: string | Buffer } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 1 << 28, // a report of thousands of findings is larger than the 1 MB default
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', LANG: 'C.UTF-8', LC_ALL: '' },
    ...options,
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A fresh temporary folder (readable by other users, for the unprivileged tests). */
export function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'vnstyle-test-'));
  fs.chmodSync(d, 0o755);
  return d;
}

export function write(dir: string, rel: string, content: string | Buffer): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

/** The uid of "nobody" when this process may switch to it (root), for permission tests. */
export function unprivilegedUid(): number | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  return 65534;
}

/** Findings as "file:line:col: severity [rule]": the unix format without the wording, which the rules own. */
export function findingsOf(unix: string): string[] {
  return unix
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/^(.*?:\d+:\d+: \w+) .* (\[[a-z-]+\])$/, '$1 $2'));
}
