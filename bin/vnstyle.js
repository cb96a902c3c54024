#!/usr/bin/env node
'use strict';
const path = require('node:path');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!require('node:fs').existsSync(cli)) {
  // A source checkout or a git install whose build step (npm's "prepare") did not run.
  process.stderr.write(
    `vnstyle: thiếu bản dựng ${cli}. Hãy cài vnstyle từ npm (npm install --save-dev vnstyle), hoặc chạy "npm ci" (hay "npm run build") trong bản sao mã nguồn.\n` +
      `vnstyle: the build ${cli} is missing. Install vnstyle from npm (npm install --save-dev vnstyle), or run "npm ci" (or "npm run build") in a source checkout.\n`,
  );
  process.exit(2);
}
require(cli).runCli();
