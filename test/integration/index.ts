/**
 * The extension suite's entry, loaded by the VS Code extension host (extensionTestsPath).
 * Runs every *.test.js beside it with mocha and settles when they are done; the host
 * runner (scripts/test-host.mjs) reads the result line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  for (const f of fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0 } = runner.stats ?? {};
        console.log(`extension host: ${passes} tests ok, ${failures} not ok`);
        console.log(`VNSTYLE-HOST-RESULT ${passes} ${failures}`);
        if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
        else resolve();
      });
    } catch (e) {
      console.log('VNSTYLE-HOST-RESULT 0 1');
      reject(e);
    }
  });
}
