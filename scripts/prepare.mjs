#!/usr/bin/env node
// npm's "prepare": build dist/ (npm ci in a checkout, npm pack and npm publish, installs from git).
// A global install from git (`npm install -g git+…`, which is how pre-commit installs a node
// hook) runs this without the devDependencies it is meant to install first (npm/cli#8440):
// then install them here, into this folder, and build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
try {
  createRequire(join(root, 'package.json')).resolve('esbuild');
} catch {
  process.stderr.write('vnstyle: the build tools are missing (a global install from git, npm/cli#8440); installing the devDependencies here.\n');
  // The global install's settings would send this install to the global prefix again.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(global|prefix|location)$/i.test(k)));
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
  const r = spawnSync(npm[0], [...npm.slice(1), 'install', '--location=project', '--include=dev', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: root,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32' && !process.env.npm_execpath,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import('./build.mjs');
