#!/usr/bin/env node
// Grammar suite: vscode-tmgrammar-test assertion files and vscode-tmgrammar-snap snapshots.
// The Markdown grammar the injection is tested against is VS Code's own, from the test host
// (installed when missing). Each test file counts as one test. Ends with "SUITE-RESULT passed failed".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installHost, hostDir } from './install-host.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', name);
const article = join(root, 'syntaxes', 'vietnamese-article.tmLanguage.json');
const injection = join(root, 'syntaxes', 'markdown-injection.tmLanguage.json');
let passed = 0;
let failed = 0;

let markdown;
try {
  installHost();
  markdown = join(hostDir, 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');
} catch (e) {
  console.log(`cannot install the VS Code host for its Markdown grammar: ${e.message}`);
}

function run(label, script, args) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  const out = `${r.stdout}${r.stderr}`
    .split('\n')
    .filter((l) => l.trim() && !/^grammar not found for/.test(l))
    .join('\n');
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label}${ok ? '' : `\n${out}`}`);
  if (ok) passed++;
  else failed++;
}

const dir = join(root, 'test', 'grammar');
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.test.baibao'))
  .sort()) {
  run(`grammar: ${f}`, bin('unit.js'), ['-g', article, join('test', 'grammar', f)]);
}
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.test.md'))
  .sort()) {
  if (!markdown) {
    console.log(`✘ grammar: ${f} (no Markdown grammar)`);
    failed++;
    continue;
  }
  run(`grammar: ${f}`, bin('unit.js'), ['-g', markdown, '-g', article, '-g', injection, join('test', 'grammar', f)]);
}
for (const f of readdirSync(join(dir, 'snap'))
  .filter((f) => !f.endsWith('.snap'))
  .sort()) {
  run(`grammar snapshot: ${f}`, bin('snapshot.js'), ['-s', 'text.vietnamese-article', '-g', article, join('test', 'grammar', 'snap', f)]);
}
console.log(`grammar suite: ${passed} files passed, ${failed} files failed`);
console.log(`SUITE-RESULT ${passed} ${failed}`);
process.exit(failed ? 1 : 0);
