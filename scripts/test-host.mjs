#!/usr/bin/env node
// The extension suite in a real VS Code extension host (../shared/design/VSCODE-TESTS.md):
// code-server 4.100.3 (VS Code 1.100.3 server + web workbench), driven by Debian's headless
// Chromium through playwright-core. The mocha suite (out/test/integration/index.js) runs inside
// the host's Node extension host and reports back. Ends with "SUITE-RESULT passed failed";
// exits non-zero on any failure, a suite that never settles, or a host that does not start.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    [
      entry,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--user-data-dir',
      dirs['user-data'],
      '--extensions-dir',
      dirs.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
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
      else if (line.trim() === 'VNSTYLE-UI-READY') {
        // The suite waits (test/integration/ui.test.ts) while the page is driven as a person would.
        void uiChecks(page, workspace).then((checks) => writeFileSync(join(workspace, '.vscode', 'ui-result.json'), JSON.stringify(checks)));
      } else console.log(line);
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

/**
 * What only a person sees, checked in the workbench while the suite waits (Chromium drives the
 * page as a person would): the palette finds the commands by Vietnamese words, the language
 * status opens Problems and never closes it, "add the meaning" asks in an input box. Returns
 * { title: error or null }, which test/integration/ui.test.ts asserts. Also prints the activation
 * time VS Code measured (Running Extensions view). VNSTYLE_SCREENSHOTS=dir saves pictures.
 */
async function uiChecks(page, workspace) {
  const shots = process.env.VNSTYLE_SCREENSHOTS;
  const shot = async (name) => shots && page.screenshot({ path: join(shots, `${name}.png`) });
  const results = {};
  const check = async (title, body) => {
    try {
      await body();
      results[title] = null;
    } catch (e) {
      results[title] = String(e.message ?? e).split('\n')[0];
      await shot(`failed-${Object.keys(results).length}`);
    }
  };
  const wait = (ms) => page.waitForTimeout(ms);
  const palette = async (text) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(text);
    await wait(800);
  };
  const rows = () => page.$$eval('.quick-input-list .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label')));
  const openArticle = async () => {
    await page.keyboard.press('Escape');
    if (!(await page.isVisible('.explorer-folders-view >> text=tin-ngan.txt'))) await page.click('.explorer-folders-view >> text=articles');
    await page.click('.explorer-folders-view >> text=tin-ngan.txt');
    await page.waitForSelector('.tab.active >> text=tin-ngan.txt');
    await wait(1500);
  };
  await page.setViewportSize({ width: 1400, height: 900 });

  await check('the command palette finds the commands by Vietnamese words', async () => {
    await palette('kiểm tra');
    const found = await rows();
    await shot('palette-kiem-tra');
    for (const want of ['vnstyle: Kiểm tra bài này / Lint this document', 'vnstyle: Kiểm tra cả thư mục làm việc / Lint the whole workspace'])
      if (!found.includes(want)) throw new Error(`"kiểm tra" lists ${JSON.stringify(found)}`);
    await palette('sửa');
    const fix = await rows();
    if (!fix.includes('vnstyle: Sửa mọi lỗi sửa được trong bài / Fix all fixable problems in this document'))
      throw new Error(`"sửa" lists ${JSON.stringify(fix)}`);
    await page.keyboard.press('Escape');
  });

  await check('the language status opens Problems, and activating it again keeps Problems open', async () => {
    await palette('View: Close Panel');
    await page.keyboard.press('Enter');
    await wait(500);
    await openArticle();
    for (let i = 0; i < 2; i++) {
      await page.click('[id="status.languageStatus"]');
      await page.click('a:has-text("Mở bảng Problems")');
      await wait(800);
      if (!(await page.isVisible('.markers-panel'))) throw new Error(`Problems not visible after activation ${i + 1}`);
    }
    await shot('status-problems');
  });

  await check('"add the meaning" asks for it in an input box and writes it to .vnstyle.json', async () => {
    await openArticle();
    await page.keyboard.press('Control+G');
    await page.keyboard.type('3:21');
    await page.keyboard.press('Enter');
    await wait(300);
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const focused = await page.$eval('.action-widget .monaco-list-row.focused', (e) => e.innerText.trim());
    if (focused !== 'Thêm nghĩa của CB vào từ điển của dự án…') throw new Error(`the quick-fix menu has "${focused}" there`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget .quick-input-title', { state: 'visible' });
    const title = (await page.$eval('.quick-input-widget .quick-input-title', (e) => e.textContent)).trim();
    const value = await page.$eval('.quick-input-widget input', (e) => e.value);
    await shot('add-meaning');
    if (title !== 'Thêm nghĩa của CB vào từ điển của dự án' || value !== 'cán bộ') throw new Error(`input box "${title}" with "${value}"`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('cán bộ phường');
    await page.keyboard.press('Enter');
    const file = join(workspace, '.vnstyle.json');
    const end = Date.now() + 10_000;
    while (!(existsSync(file) && readFileSync(file, 'utf8').includes('"CB": "cán bộ phường"'))) {
      if (Date.now() > end) throw new Error(`${file}: ${existsSync(file) ? readFileSync(file, 'utf8') : 'not written'}`);
      await wait(100);
    }
    rmSync(file);
  });

  try {
    await palette('Developer: Show Running Extensions');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.runtime-extensions-editor .monaco-list-row');
    await wait(1000);
    await page.click('.runtime-extensions-editor .monaco-list-row'); // sorted by time: vnstyle is near the end
    await page.keyboard.press('End');
    await wait(500);
    const row = (await page.$$eval('.runtime-extensions-editor .monaco-list-row', (els) => els.map((e) => e.innerText.replace(/\s+/g, ' ')))).find((r) =>
      r.startsWith('vnstyle.vnstyle'),
    );
    console.log(`    activation of vnstyle as VS Code measured it (Running Extensions): ${/Activation: (\d+ ?ms)/.exec(row ?? '')?.[1] ?? row}`);
    await shot('running-extensions');
  } catch (e) {
    console.log(`    (activation time not read: ${e.message.split('\n')[0]})`);
  }
  await page.keyboard.press('Escape');
  return results;
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
