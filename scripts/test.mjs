#!/usr/bin/env node
// npm test: build, type-check, then every suite — code habits (ESLint, Prettier), unit (mocha), grammar
// (vscode-tmgrammar-test), the extension inside a real VS Code extension host, and its
// browser entry inside VS Code's web-worker extension host — and one final line
// "N passed, N failed" over all of them.
// Options: --lint, --unit, --grammar, --host, --web (only those suites), --no-host, --no-web (leave
// that suite out), --grep PATTERN (unit tests).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readdirSync, statSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const only = (name) => !args.some((a) => a.startsWith('--') && ['--lint', '--unit', '--grammar', '--host', '--web'].includes(a)) || args.includes(`--${name}`);
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? args[grepAt + 1] : undefined;

let passed = 0;
let failed = 0;
let skipped = 0; // tests that could not run here (a missing editor), said so when they were skipped

function step(title, command, commandArgs, options = {}) {
  process.stdout.write(`\n▶ ${title}\n`);
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  return r.status === 0;
}

// 1. Build and type-check. A broken build counts as one failure and stops the run.
if (
  !step('build (esbuild)', process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet']) ||
  !step('type-check and compile tests (tsc)', process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.'])
) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

// Code habits: two checks, each one test (eslint.config.mjs, .prettierrc.json; `npx prettier --write .` formats).
if (only('lint')) {
  const SOURCES = ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.{mjs,ts}', 'bench/**/*.{ts,cjs}', 'fuzz/**/*.ts'];
  for (const [title, bin, binArgs] of [
    ['ESLint (typescript-eslint)', 'eslint/bin/eslint.js', ['src', 'test', 'scripts', 'bench', 'fuzz']],
    ['Prettier --check', 'prettier/bin/prettier.cjs', ['--check', '--log-level', 'warn', ...SOURCES]],
  ]) {
    if (step(title, process.execPath, [join(root, 'node_modules', bin), ...binArgs])) passed += 1;
    else failed += 1;
  }
}

// 2. Unit suite (mocha, in this process).
function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? findTests(p) : name.endsWith('.test.js') ? [p] : [];
  });
}

if (only('unit')) {
  process.stdout.write('\n▶ unit suite (mocha)\n');
  const Mocha = require('mocha');
  const mocha = new Mocha({ reporter: 'spec', timeout: 60000, ...(grep ? { grep } : {}) });
  for (const f of findTests(join(root, 'out', 'test', 'unit')).sort()) mocha.addFile(f);
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  passed += stats.passes;
  failed += stats.failures;
  skipped += stats.pending;
}

// 3. Grammar suite, 4. extension host suite, 5. web-worker extension host suite: scripts that print "SUITE-RESULT passed failed".
for (const [name, script] of [
  ['grammar', join(root, 'scripts', 'test-grammar.mjs')],
  ['host', join(root, 'scripts', 'test-host.mjs')],
  ['web', join(root, 'scripts', 'test-web.mjs')],
]) {
  if (!only(name) || !existsSync(script)) continue;
  if (args.includes(`--no-${name}`)) continue;
  process.stdout.write(`\n▶ ${name} suite\n`);
  const r = spawnSync(process.execPath, [script], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(r.stdout.replace(/^SUITE-RESULT .*$/m, ''));
  const m = /^SUITE-RESULT (\d+) (\d+)$/m.exec(r.stdout ?? '');
  if (!m) {
    console.log(`(${name} suite did not report its result; exit status ${r.status}: counted as one failure)`);
    failed += 1;
    continue;
  }
  passed += Number(m[1]);
  failed += Number(m[2]);
  if (r.status !== 0 && Number(m[2]) === 0) failed += 1; // a suite that crashed after reporting
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
