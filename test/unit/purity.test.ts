/**
 * src/core stays pure: it bundles for the browser (a Node built-in import fails the
 * build) and never names vscode, fs or process.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './helpers';

function bundleForBrowser(contents: string) {
  return esbuild.build({
    stdin: { contents, resolveDir: path.join(ROOT, 'src', 'core'), sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    mainFields: ['module', 'main'],
  });
}

describe('purity of src/core', () => {
  const coreFiles: string[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) coreFiles.push(p);
    }
  };
  walk(path.join(ROOT, 'src', 'core'));

  it('bundles every core module for the browser', async () => {
    const imports = coreFiles.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join('\n');
    const result = await bundleForBrowser(imports);
    assert.equal(result.errors.length, 0);
  });

  it('the guard fails when a Node built-in is imported', async () => {
    await assert.rejects(bundleForBrowser(`import * as fs from 'node:fs'; export const x = fs;`), /node:fs|Could not resolve/);
    await assert.rejects(bundleForBrowser(`import * as fs from 'fs'; export const x = fs;`), /Could not resolve "fs"|fs/);
  });

  it('never names vscode, fs or process', () => {
    for (const f of coreFiles) {
      const src = fs.readFileSync(f, 'utf8');
      assert.doesNotMatch(src, /from ['"](?:vscode|node:|fs|path|os|child_process)/, f);
      assert.doesNotMatch(src, /\bprocess\.\w/, f);
      assert.doesNotMatch(src, /\brequire\(/, f);
    }
  });
});
