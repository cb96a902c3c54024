#!/usr/bin/env node
// Installs the VS Code extension host the integration tests run in (../shared/design/VSCODE-TESTS.md):
// code-server 4.100.3 (= VS Code 1.100.3, the newest on Node 20) into .vscode-test/code-server,
// and Debian's chromium (+ libkrb5-dev, ripgrep for the build) when missing. Idempotent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const hostDir = join(root, '.vscode-test', 'code-server');
export const entry = join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

export function installHost({ log = console.error } = {}) {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/bin/rg')) missing.push('ripgrep');
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/krb5/krb5.h')) missing.push('libkrb5-dev');
  if (missing.length) {
    if (process.getuid?.() !== 0)
      throw new Error(`the extension tests need Debian packages ${missing.join(', ')}: install them as root (apt-get install ${missing.join(' ')})`);
    log(`installing Debian packages: ${missing.join(' ')}`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (existsSync(entry)) return entry;

  log(`installing code-server ${CODE_SERVER_VERSION} into ${hostDir} (about a minute)…`);
  // @vscode/ripgrep downloads rg from GitHub unless its cache holds the asset: give it Debian's rg.
  const cache = join(process.env.TMPDIR || tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(cache, { recursive: true });
  const asset = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!existsSync(asset)) run('tar', ['-czf', asset, '-C', '/usr/bin', 'rg']);
  rmSync(hostDir, { recursive: true, force: true });
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(
    join(hostDir, 'package.json'),
    JSON.stringify({ name: 'vnstyle-test-host', private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2),
  );
  run('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: hostDir,
    env: {
      ...process.env,
      npm_config_nodedir: '/usr', // build native modules against the local Node headers
      npm_config_yes: 'true', // node-pty's postinstall runs npx
      npm_config_dangerously_allow_all_scripts: 'true', // code-server's own postinstall and its nested installs
      npm_config_update_notifier: 'false',
    },
  });
  if (!existsSync(entry)) throw new Error(`code-server installed but ${entry} is missing`);
  return entry;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(installHost());
  } catch (e) {
    console.error(`install-host: ${e.message}`);
    process.exit(1);
  }
}
