#!/usr/bin/env node
// Bundles the command, the extension and the dev tools with esbuild.
// Usage: node scripts/build.mjs [--quiet] [--watch]
import * as esbuild from 'esbuild';
import { browserShims } from './browser-shims.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

const common = {
  bundle: true,
  sourcemap: 'linked',
  target: 'node20',
  logLevel: quiet ? 'warning' : 'info',
  absWorkingDir: root,
  legalComments: 'none',
  mainFields: ['module', 'main'],
  // markdown-it only decodes entities: its import of the whole package would also bundle the
  // encoder's tables (23 KB) for nothing.
  alias: { entities: './node_modules/entities/lib/esm/decode.js' },
};

const builds = [
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', minify: true },
  // The desktop extension: a small entry that loads the client (dist/client.js) right after activation.
  {
    ...common,
    entryPoints: { extension: 'src/extension/main.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', './client.js'],
    minify: true,
  },
  { ...common, entryPoints: { client: 'src/extension/node-client.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', external: ['vscode'], minify: true },
  // The language server: `vnstyle-ls --stdio`, and the process the desktop extension starts.
  { ...common, entryPoints: { server: 'src/server/main.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', minify: true },
  // The browser entry (vscode.dev) and the same server in a web worker.
  {
    ...common,
    entryPoints: { extension: 'src/extension/browser.ts' },
    outdir: 'dist/web',
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    external: ['vscode'],
    minify: true,
    plugins: [browserShims],
  },
  {
    ...common,
    entryPoints: { server: 'src/server/browser.ts' },
    outdir: 'dist/web',
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    plugins: [browserShims],
  },
  {
    ...common,
    entryPoints: {
      corpus: 'scripts/corpus.ts',
      bench: 'bench/bench.ts',
      docs: 'scripts/docs.ts',
      'mine-abbreviations': 'scripts/mine-abbreviations.ts',
      spelling: 'scripts/spelling.ts',
      'build-spelling-model': 'scripts/build-spelling-model.ts',
      fuzz: 'fuzz/main.ts',
    },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
  },
];

const { existsSync } = await import('node:fs');
// Entries not written yet are left out (each build keeps the entries that exist).
const wanted = builds
  .map((b) => ({ ...b, entryPoints: Object.fromEntries(Object.entries(b.entryPoints).filter(([, e]) => existsSync(join(root, e)))) }))
  .filter((b) => Object.keys(b.entryPoints).length > 0);
await Promise.all(wanted.map((b) => esbuild.build(b)));
// The spelling model is data read on first use (src/node/spelling-model.ts), not bundled.
const { copyFileSync, mkdirSync } = await import('node:fs');
mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(join(root, 'src', 'data', 'spelling-model.bin'), join(root, 'dist', 'spelling-model.bin'));
