/**
 * `vnstyle-ls`: the language server for any editor (Node ≥ 20). `--stdio` for editors,
 * `--node-ipc` when VS Code starts it; `--socket=PORT` and `--pipe=NAME` also work.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import pkg from '../../package.json';
import { startServer } from './server';
import { nodeFiles } from './node-files';
import { installSpellingModel } from '../node/spelling-model';

const HELP = `vnstyle-ls ${pkg.version} — máy chủ ngôn ngữ (LSP) của vnstyle / the vnstyle language server

Cách dùng / usage:  vnstyle-ls --stdio

  --stdio          nói LSP qua stdin/stdout (cách các trình soạn thảo khởi động nó) / speak LSP on stdin/stdout
  --node-ipc       qua kênh IPC của Node (VS Code) / over Node IPC (VS Code)
  --socket=PORT    qua cổng TCP / over a TCP port
  --version        in phiên bản / print the version
  --help           in trợ giúp này / print this help

Thiết lập cho Neovim, Helix, Zed, Emacs: xem README, mục "Trình soạn thảo khác".
Set-up for Neovim, Helix, Zed, Emacs: see the README, "Other editors".
`;

export function runServer(argv: string[] = process.argv.slice(2)): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  const transport = argv.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a));
  if (argv.includes('--help') || argv.includes('-h') || !transport) {
    (transport || argv.includes('--help') || argv.includes('-h') ? process.stdout : process.stderr).write(HELP);
    if (!argv.includes('--help') && !argv.includes('-h')) process.exitCode = 2;
    return;
  }
  const connection = createConnection(ProposedFeatures.all);
  // A failed request to the client (one that does not implement it) is logged, never fatal.
  process.on('unhandledRejection', (e) => connection.console.error(`vnstyle-ls: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  installSpellingModel(); // dist/spelling-model.bin, read on the first lint
  startServer(connection, () => nodeFiles);
}

// Started directly (VS Code forks dist/server.js with --node-ipc); bin/vnstyle-ls.js calls runServer.
if (require.main === module) runServer();
