/**
 * The desktop entry. Activation only schedules loading the client (dist/client.js: the
 * language client library is most of the extension's code), so VS Code is not held up by
 * it; the returned promise settles once the client has started — and the commands exist — so
 * a command that activated the extension runs after that.
 */
import type * as vscode from 'vscode';
import type { Api } from './client';

export function activate(context: vscode.ExtensionContext): Promise<Api & { clientLoadMs: number }> {
  return new Promise((resolve, reject) =>
    setImmediate(() => {
      try {
        const t0 = performance.now();
        const api = (require('./client.js') as typeof import('./node-client')).startClient(context);
        resolve({ ...api, clientLoadMs: performance.now() - t0 }); // reported by the host tests
      } catch (e) {
        reject(e);
      }
    }),
  );
}

export function deactivate(): void {
  /* the client is in context.subscriptions: disposing it stops the server */
}
