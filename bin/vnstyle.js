#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  // A source checkout or a git install whose build step (npm's "prepare") did not run.
  process.stderr.write(
    `vnstyle: thiếu bản dựng ${cli}. Hãy cài vnstyle từ npm (npm install --save-dev vnstyle), hoặc chạy "npm ci" (hay "npm run build") trong bản sao mã nguồn.\n` +
      `vnstyle: the build ${cli} is missing. Install vnstyle from npm (npm install --save-dev vnstyle), or run "npm ci" (or "npm run build") in a source checkout.\n`,
  );
  process.exit(2);
}
// A file named on the command line that is longer than one article (over 4 MB) is linted in
// sections; V8 would let the garbage of each section pile up to a gigabyte before collecting
// it. Such a run restarts itself with the old generation capped, which keeps a 50 MB file
// under 500 MB of memory. Ordinary runs never pay for the restart.
const BIG = 4 * 1024 * 1024;
const big = !process.env.VNSTYLE_HEAP_CAPPED && process.argv.slice(2).some((a) => {
  try {
    const st = fs.statSync(a);
    return st.isFile() && st.size > BIG;
  } catch {
    return false;
  }
});
if (big) {
  const child = require('node:child_process').spawn(process.execPath, ['--max-old-space-size=320', __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, VNSTYLE_HEAP_CAPPED: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 2)));
} else require(cli).runCli();
