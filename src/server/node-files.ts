/** The file system of the machine the server runs on (Node): the same walking and decoding as the command. */
import * as fs from 'node:fs';
import { URI } from 'vscode-uri';
import type { FileAccess } from './files';
import { collectFiles } from '../node/files';
import { readArticle, writeArticleAtomic } from '../node/text-file';

export const nodeFiles: FileAccess = {
  pathOf: (uri) => {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  },
  uriOf: (path) => URI.file(path).toString(),
  read: async (path) => {
    try {
      return await fs.promises.readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  exists: async (path) => fs.existsSync(path),
  write: async (path, text) => {
    if (fs.existsSync(path)) writeArticleAtomic(path, { text, bom: false });
    else fs.writeFileSync(path, text, { flag: 'wx' });
  },
  articles: async (folder) => collectFiles([folder]).files,
  readArticle: async (path) => readArticle(path).text,
};
