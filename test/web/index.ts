/**
 * The web suite's entry, loaded by VS Code's web-worker extension host (extensionTestsPath):
 * mocha's browser build, the tests, and a result line the runner (scripts/test-web.mjs) reads.
 */
import 'mocha/mocha.js';

declare const mocha: { setup(o: object): void; run(cb: (failures: number) => void): { stats?: { passes: number } } };

export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 30_000 });
  await import('./extension.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      console.log(`web extension host: ${passes} tests ok, ${failures} not ok`);
      console.log(`VNSTYLE-WEB-RESULT ${passes} ${failures}`);
      if (failures) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
  });
}
