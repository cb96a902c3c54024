/**
 * The desktop client (Node extension host), loaded by main.ts right after activation: the
 * language server runs in its own Node process (IPC), so checking never blocks the extension host.
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateClient, type Api } from './client';

export function startClient(context: vscode.ExtensionContext): Api {
  const module = context.asAbsolutePath('dist/server.js');
  return activateClient(context, {
    schemes: ['file', 'untitled'],
    localDocs: true,
    create: (options) =>
      new LanguageClient(
        'vnstyle',
        'vnstyle',
        {
          run: { module, transport: TransportKind.ipc },
          debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
        },
        options,
      ),
  });
}
