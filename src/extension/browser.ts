/**
 * The browser entry (vscode.dev, github.dev): the same language server in a web worker. A
 * worker has no file system, so the server reads `.vnstyle.json` files and, for a workspace
 * check, the articles through this client (`vnstyle/fs/*` requests, src/server/files.ts),
 * answered with `vscode.workspace.fs`.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, type Api } from './client';

declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function activate(context: vscode.ExtensionContext): Api {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
  const schemes = [...new Set([...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme), 'untitled'])];
  const api = activateClient(context, { schemes, localDocs: false, create: (options) => new LanguageClient('vnstyle', 'vnstyle', options, worker) });
  const { client } = api;
  client.onRequest('vnstyle/fs/exists', async ({ uri }: { uri: string }) => {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
      return true;
    } catch {
      return false;
    }
  });
  client.onRequest('vnstyle/fs/read', async ({ uri, article }: { uri: string; article?: boolean }) => {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return null;
      throw e;
    }
    if (!article) return new TextDecoder().decode(bytes);
    if (bytes.subarray(0, 8192).includes(0)) throw new Error(`binary: ${uri}`);
    const text = decoder.decode(bytes); // throws on bytes that are not UTF-8
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  });
  client.onRequest('vnstyle/fs/write', async ({ uri, text }: { uri: string; text: string }) => {
    await vscode.workspace.fs.writeFile(vscode.Uri.parse(uri), new TextEncoder().encode(text));
  });
  client.onRequest('vnstyle/fs/articles', async ({ uri }: { uri: string }) => {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(uri), '**/*.{md,markdown,txt}'), '**/{node_modules,.git}/**');
    return found.map((u) => u.toString());
  });
  return api;
}

export function deactivate(): void {
  /* the client is in context.subscriptions */
}
