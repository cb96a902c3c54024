/**
 * The language server in a web worker (vscode.dev, github.dev): the same server, with files
 * read through the client (see files.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { ClientFiles } from './files';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, (params) => new ClientFiles(connection, params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])));
