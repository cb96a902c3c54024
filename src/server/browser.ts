/**
 * The language server in a web worker (vscode.dev, github.dev): the same server, with files
 * read through the client (see files.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { ClientFiles } from './files';
import { setSpellingModelSource } from '../core/text/spelling-model';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { location: { href: string } };

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
/** The spelling model ships beside the bundle (dist/spelling-model.bin): fetched once, then the open documents are checked again. */
const model = Promise.resolve()
  .then(() => fetch(new URL('../spelling-model.bin', self.location.href)))
  .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .then((bytes) => setSpellingModelSource(() => new Uint8Array(bytes)))
  .catch((e) =>
    connection.console.warn(
      `vnstyle-ls: the spelling model could not be loaded (${e instanceof Error ? e.message : String(e)}); the spelling rules stay silent`,
    ),
  );

startServer(connection, (params) => new ClientFiles(connection, params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])), model);
