/**
 * What the server needs from a file system. In Node (`vnstyle-ls --stdio`, the desktop
 * extension) it reads the disk itself; in a web worker (vscode.dev, github.dev) there is no
 * disk, so it asks its client through four requests, answered by the VS Code client with
 * `vscode.workspace.fs` (README "Language server"):
 *
 *   vnstyle/fs/exists   { uri }            → boolean
 *   vnstyle/fs/read     { uri, article? }  → string | null   (null: no such file; article: strict UTF-8, BOM removed)
 *   vnstyle/fs/write    { uri, text }      → void
 *   vnstyle/fs/articles { uri }            → string[]        (the articles under a folder)
 *
 * Paths are what the configuration cascade works on: file-system paths in Node, URI paths
 * (POSIX) in a worker.
 */
import { URI } from 'vscode-uri';
import { RequestType } from 'vscode-languageserver';

export interface FileAccess {
  /** The path of a document on this file system, or undefined when it has none (untitled, another scheme). */
  pathOf(uri: string): string | undefined;
  uriOf(path: string): string;
  /** A file's text, or undefined when there is none. */
  read(path: string): Promise<string | undefined>;
  exists(path: string): Promise<boolean>;
  write(path: string, text: string): Promise<void>;
  /** The articles under a folder (.md, .markdown, .txt; ignore files honoured where the host can), sorted. */
  articles(folder: string): Promise<string[]>;
  /** An article's text: strict UTF-8, BOM removed. Throws an Error whose message says what is wrong. */
  readArticle(path: string): Promise<string>;
}

export const FsExists = new RequestType<{ uri: string }, boolean, void>('vnstyle/fs/exists');
export const FsRead = new RequestType<{ uri: string; article?: boolean }, string | null, void>('vnstyle/fs/read');
export const FsWrite = new RequestType<{ uri: string; text: string }, void, void>('vnstyle/fs/write');
export const FsArticles = new RequestType<{ uri: string }, string[], void>('vnstyle/fs/articles');

interface Requester {
  sendRequest<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
}

/** Files read through the client (web worker). One scheme and authority: the first workspace folder's. */
export class ClientFiles implements FileAccess {
  private readonly root: URI | undefined;

  constructor(
    private readonly client: Requester,
    workspaceFolders: readonly string[],
  ) {
    this.root = workspaceFolders.length ? URI.parse(workspaceFolders[0]) : undefined;
  }

  pathOf(uri: string): string | undefined {
    const u = URI.parse(uri);
    return this.root && u.scheme === this.root.scheme && u.authority === this.root.authority ? u.path : undefined;
  }

  uriOf(path: string): string {
    return (this.root ?? URI.parse('file:///')).with({ path }).toString();
  }

  async read(path: string): Promise<string | undefined> {
    return (await this.client.sendRequest(FsRead, { uri: this.uriOf(path) })) ?? undefined;
  }

  exists(path: string): Promise<boolean> {
    return this.client.sendRequest(FsExists, { uri: this.uriOf(path) });
  }

  write(path: string, text: string): Promise<void> {
    return this.client.sendRequest(FsWrite, { uri: this.uriOf(path), text });
  }

  async articles(folder: string): Promise<string[]> {
    const uris = await this.client.sendRequest(FsArticles, { uri: this.uriOf(folder) });
    return uris
      .map((u) => this.pathOf(u))
      .filter((p): p is string => p !== undefined)
      .sort();
  }

  async readArticle(path: string): Promise<string> {
    const text = await this.client.sendRequest(FsRead, { uri: this.uriOf(path), article: true });
    if (text === null) throw new Error(`missing: ${path}`);
    return text;
  }
}
