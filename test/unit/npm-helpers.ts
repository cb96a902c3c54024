/**
 * The npm package as a user gets it: `npm pack` of this checkout (its "prepare" builds
 * dist/), installed into empty projects with no network (offline, an empty cache, an
 * unreachable registry), so nothing the package needs can come from anywhere else.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers';
import { tempDir } from './cli-helpers';

export interface Packed {
  tarball: string;
  files: string[];
  size: number;
  unpackedSize: number;
}

/** The environment without the npm_* variables of an enclosing `npm test`, plus `extra`. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '', LANG: 'C.UTF-8', LC_ALL: '', ...extra };
}

/** `extra` with npm settings that leave no way to the network: offline, a new empty cache, a registry that does not answer. */
export function offlineEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return cleanEnv({
    ...extra,
    npm_config_offline: 'true',
    npm_config_cache: tempDir(),
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  });
}

/** Run npm (or npx); returns status and output. */
export function npm(command: 'npm' | 'npx', args: string[], options: SpawnSyncOptions): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.platform === 'win32' ? `${command}.cmd` : command, args, {
    encoding: 'utf8',
    shell: process.platform === 'win32',
    maxBuffer: 64 << 20,
    ...options,
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

let packed: Packed | undefined;

/** `npm pack` of the checkout, once per test run. */
export function packedTarball(): Packed {
  if (packed) return packed;
  const dest = tempDir();
  const r = npm('npm', ['pack', '--json', '--pack-destination', dest], { cwd: ROOT, env: cleanEnv() });
  assert.equal(r.code, 0, r.stderr);
  const [info] = JSON.parse(r.stdout) as Array<{ filename: string; files: Array<{ path: string }>; size: number; unpackedSize: number }>;
  packed = { tarball: path.join(dest, info.filename), files: info.files.map((f) => f.path).sort(), size: info.size, unpackedSize: info.unpackedSize };
  assert.ok(fs.existsSync(packed.tarball));
  return packed;
}

/** A new empty project (package.json only) with the tarball installed offline as a dev dependency. */
export function projectWithVnstyle(dir = tempDir()): string {
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'toa-soan', version: '1.0.0', private: true }, null, 2) + '\n');
  const r = npm('npm', ['install', '--save-dev', packedTarball().tarball], { cwd: dir, env: offlineEnv() });
  assert.equal(r.code, 0, `offline install failed:\n${r.stderr}`);
  return dir;
}
