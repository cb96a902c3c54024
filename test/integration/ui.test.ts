/**
 * What only a person sees, in the workbench page: scripts/test-host.mjs drives it (palette,
 * language status, quick-fix menu and input box) while this suite waits, and these tests assert
 * what it found. Runs last (file order).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { until, workspace } from './helpers';

const CHECKS = [
  'the command palette finds the commands by Vietnamese words',
  'the language status opens Problems, and activating it again keeps Problems open',
  '"add the meaning" asks for it in an input box and writes it to .vnstyle.json',
];

describe('in the workbench, as a person uses it (driven by the host runner)', function () {
  this.timeout(180_000);
  let results: Record<string, string | null>;

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const file = vscode.Uri.joinPath(workspace(), '.vscode', 'ui-result.json');
    console.log('VNSTYLE-UI-READY');
    results = await until(
      'the runner to drive the workbench',
      async () => {
        try {
          return JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'));
        } catch {
          return undefined;
        }
      },
      170_000,
    );
  });

  for (const title of CHECKS) {
    it(title, () => {
      assert.ok(title in results, `the runner did not check "${title}"`);
      assert.equal(results[title], null);
    });
  }
});
