#!/usr/bin/env node
// The extension suite in a real VS Code extension host (../shared/design/VSCODE-TESTS.md):
// code-server 4.100.3 (VS Code 1.100.3 server + web workbench), driven by Debian's headless
// Chromium through playwright-core. The mocha suite (out/test/integration/index.js) runs inside
// the host's Node extension host and reports back. Ends with "SUITE-RESULT passed failed";
// exits non-zero on any failure, a suite that never settles, or a host that does not start.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { installHost } from './install-host.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const OVERALL_TIMEOUT_MS = Number(process.env.VNSTYLE_HOST_TIMEOUT ?? 240_000);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitHealthy(port, deadline) {
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('code-server did not become healthy');
}

let result = { passed: 0, failed: 0, reported: false };
let server;
let browser;
let tmp;

async function main() {
  const entry = installHost({ log: (m) => console.log(m) });
  tmp = mkdtempSync(join(process.env.TMPDIR || tmpdir(), 'vnstyle-host-'));
  const dirs = Object.fromEntries(['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp'].map((d) => [d, join(tmp, d)]));
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const workspace = join(tmp, 'workspace');
  cpSync(join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  mkdirSync(join(workspace, '.git')); // the configuration cascade stops here
  const port = await freePort();
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    TMPDIR: dirs.tmp,
    VNSTYLE_ROOT: root,
  };
  server = spawn(
    process.execPath,
    [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', workspace],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const deadline = Date.now() + OVERALL_TIMEOUT_MS;
  try {
    await waitHealthy(port, Date.now() + 60_000);
  } catch (e) {
    console.log(serverLog);
    throw e;
  }

  const { chromium } = require('playwright-core');
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    env: { ...env, HOME: tmp },
  });
  const page = await browser.newPage();
  const exitCode = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const list = Array.isArray(args) ? [...args] : [args];
    // console.log's printf form: the first argument may hold %s %d %i %f %o %O %j placeholders.
    let text = typeof list[0] === 'string' ? list.shift().replace(/%[sdifoOj%]/g, (m) => (m === '%%' ? '%' : list.length ? String(list.shift()) : m)) : '';
    text = [text, ...list.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))].filter((x) => x !== '').join(' ');
    for (const line of text.split('\n')) {
      const m = /^VNSTYLE-HOST-RESULT (\d+) (\d+)$/.exec(line.trim());
      if (m) result = { passed: Number(m[1]), failed: Number(m[2]), reported: true };
      else console.log(line);
    }
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(join(root, 'out', 'test', 'integration', 'index.js'))],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  const code = await Promise.race([exitCode, new Promise((resolve) => setTimeout(() => resolve('timeout'), Math.max(1000, deadline - Date.now())))]);
  if (code === 'timeout') {
    console.log(`the extension suite did not settle within ${OVERALL_TIMEOUT_MS / 1000} s`);
    console.log(serverLog.split('\n').slice(-30).join('\n'));
    return 1;
  }
  return code;
}

async function cleanup() {
  try {
    await browser?.close();
  } catch {
    /* already gone */
  }
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}

let code;
try {
  code = await main();
} catch (e) {
  console.log(`extension host: ${e.stack ?? e}`);
  code = 1;
}
await cleanup();
if (!result.reported) result = { passed: result.passed, failed: Math.max(result.failed, 1), reported: false };
if (code !== 0 && result.failed === 0) result.failed = 1; // the suite failed to load or crashed
console.log(`SUITE-RESULT ${result.passed} ${result.failed}`);
process.exit(code === 0 && result.failed === 0 ? 0 : 1);
