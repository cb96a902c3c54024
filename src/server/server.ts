/**
 * The vnstyle language server, on any connection (Node stdio/IPC, or a web worker): standard
 * LSP only, so every editor's client works. Findings come from the same engine and the same
 * .vnstyle.json cascade as the `vnstyle` command.
 */
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import pkg from '../../package.json';
import { Checker } from './checker';
import { codeActions, COMMANDS, FIX_ALL_KIND, fixAllEdit, isFixAllData, type ActionContext } from './actions';
import { executeCommand } from './commands';
import { hover } from './hover';
import type { FileAccess } from './files';

/** What a client may pass in initializationOptions (all optional). */
export interface InitializationOptions {
  /** The `vnstyle` settings, for clients without workspace/configuration (or as the section itself). */
  vnstyle?: unknown;
  /** Where rule pages open, `{rule}` replaced by the rule id (default: the public documentation). */
  ruleDocs?: string;
  /** false: the client shows the lint-workspace summary itself. */
  showSummary?: boolean;
  /**
   * false: push diagnostics even though the client can pull them. The VS Code client says so:
   * it pulls only for visible editors, while a workspace check reports every open document, and
   * the Problems view must count what the summary counts.
   */
  pullDiagnostics?: boolean;
}

const ARTICLE = /\.(md|markdown|mdx|mkd|txt)$/i;

/** What the client said it can do, read at initialisation. */
interface Session {
  checker?: Checker;
  actionContext: ActionContext;
  showSummary: boolean;
  watchRegistration: boolean;
  serverProgress: boolean;
  foldersChange: boolean;
}

/** `dataReady`: data a host loads after start (the spelling model in a web worker); open documents are checked again once it is in. */
export function startServer(connection: Connection, makeFiles: (params: InitializeParams) => FileAccess, dataReady?: Promise<unknown>): void {
  const documents = new TextDocuments(TextDocument);
  const session: Session = {
    actionContext: { resolves: false, documentChanges: false },
    showSummary: true,
    watchRegistration: false,
    serverProgress: false,
    foldersChange: false,
  };
  const need = () => session.checker!;
  void dataReady?.then(() => session.checker?.recheckAll());

  connection.onInitialize((params) => initialize(params, session, connection, documents, makeFiles));
  connection.onInitialized(() => initialized(session, connection, need));
  listenToWorkspace(connection, need);
  listenToRequests(session, connection, need);

  // Documents: the manager keeps their text (incremental sync); the checker decides when to check.
  documents.onDidOpen((e) => need().onOpen(e.document));
  documents.onDidChangeContent((e) => void need().onChange(e.document));
  documents.onDidSave((e) => need().onSave(e.document));
  documents.onDidClose((e) => need().onClose(e.document.uri));
  documents.listen(connection);
  connection.listen();
}

/** The checker made for the client's capabilities and options; the server's capabilities in return. */
function initialize(
  params: InitializeParams,
  session: Session,
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  makeFiles: (params: InitializeParams) => FileAccess,
): InitializeResult {
  const caps = params.capabilities;
  const options = (params.initializationOptions ?? {}) as InitializationOptions & Record<string, unknown>;
  const pull = caps.textDocument?.diagnostic !== undefined && options.pullDiagnostics !== false;
  const checker = new Checker(connection, documents, makeFiles(params), {
    pull,
    configuration: caps.workspace?.configuration === true,
    watches: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    refresh: caps.workspace?.diagnostics?.refreshSupport === true,
    showDocument: caps.window?.showDocument?.support === true,
    locale: params.locale,
    ruleDocs: typeof options.ruleDocs === 'string' ? options.ruleDocs : undefined,
    settings: options.vnstyle ?? options,
  });
  session.checker = checker;
  checker.workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  session.actionContext = {
    resolves: caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
  };
  session.showSummary = options.showSummary !== false;
  session.watchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  session.serverProgress = caps.window?.workDoneProgress === true;
  session.foldersChange = caps.workspace?.workspaceFolders === true;
  return {
    capabilities: {
      // UTF-16 is what every client must support and what the engine's offsets are.
      positionEncoding: 'utf-16',
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      executeCommandProvider: { commands: Object.values(COMMANDS) },
      hoverProvider: true,
      ...(pull ? { diagnosticProvider: { identifier: 'vnstyle', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'vnstyle-ls', version: pkg.version },
  };
}

/** Once initialised: file watchers registered and folder changes followed, where the client can. */
function initialized(session: Session, connection: Connection, need: () => Checker): void {
  if (session.watchRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.vnstyle.json' }, { globPattern: '**/*.json' }, { globPattern: '**/*.{md,markdown,mdx,mkd,txt}' }],
    });
  }
  if (session.foldersChange) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      need().workspaceFolders = [...need().workspaceFolders.filter((u) => !removed.has(u)), ...e.added.map((f) => f.uri)];
      need().settingsChanged(undefined);
    });
  }
}

/** Settings and files changed outside the open documents. */
function listenToWorkspace(connection: Connection, need: () => Checker): void {
  connection.onDidChangeConfiguration((p) => need().settingsChanged(p.settings ?? undefined));
  connection.onDidChangeWatchedFiles(async (p) => {
    const c = need();
    let configChanged = false;
    for (const change of p.changes) {
      const path = c.files.pathOf(change.uri);
      if (path && c.config.concerns(path)) configChanged = true;
      else if (ARTICLE.test(change.uri)) await c.articleChanged(change.uri, change.type === FileChangeType.Deleted);
    }
    if (configChanged) {
      c.config.invalidate();
      await c.recheckAll();
    }
  });
}

/** Code actions, hovers, pulled diagnostics and commands, each on the document's current check. */
function listenToRequests(session: Session, connection: Connection, need: () => Checker): void {
  connection.onCodeAction(async (params) => {
    const doc = need().documents.get(params.textDocument.uri);
    const checked = doc && (await need().current(doc));
    return doc && checked ? codeActions(doc, checked, params, session.actionContext) : [];
  });

  connection.onCodeActionResolve(async (action) => {
    const data = action.data;
    const doc = isFixAllData(data) ? need().documents.get(data.uri) : undefined;
    if (!doc || !isFixAllData(data) || doc.version !== data.version) return action;
    const checked = await need().current(doc);
    if (checked) action.edit = fixAllEdit(doc, checked, data, session.actionContext);
    return action;
  });

  connection.onHover(async (params) => {
    const doc = need().documents.get(params.textDocument.uri);
    const checked = doc && (await need().current(doc));
    return doc && checked ? hover(doc, checked, params.position, need().client.ruleDocs) : null;
  });

  connection.languages.diagnostics.on(async (params, token) => ({ kind: 'full', items: await need().pull(params.textDocument.uri, token) }));

  connection.onExecuteCommand(async (params, token, workDone) => {
    let progress: WorkDoneProgressReporter = workDone;
    // A client that passed no token but shows server progress gets one for the long command.
    if (params.command === COMMANDS.lintWorkspace && params.workDoneToken === undefined && session.serverProgress)
      progress = await connection.window.createWorkDoneProgress();
    return executeCommand({ checker: need(), connection, showSummary: session.showSummary }, params, token, progress);
  });
}
