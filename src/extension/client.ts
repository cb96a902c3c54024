/**
 * The VS Code extension is a client of the vnstyle language server (src/server): the server
 * checks, fixes and reads the configuration; the client holds the VS Code parts — the commands
 * of the palette, the input box for a meaning, the progress and summary of a workspace check,
 * the read-only configuration view, the language status item, rule pages inside VS Code.
 * Shared by the desktop entry (server in a Node process) and the browser entry (web worker).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { ExecuteCommandRequest, WorkDoneProgress, type WorkDoneProgressReport } from 'vscode-languageclient';
import { t } from './l10n';
import { createStatus } from './status';

/** The server's commands (src/server/actions.ts COMMANDS): executeCommand ids, not palette commands. */
export const SERVER = {
  lintDocument: 'vnstyle.server.lintDocument',
  lintWorkspace: 'vnstyle.server.lintWorkspace',
  fixAll: 'vnstyle.server.fixAll',
  showConfiguration: 'vnstyle.server.showConfiguration',
  addMeaning: 'vnstyle.server.addMeaning',
  rules: 'vnstyle.server.rules',
  status: 'vnstyle.server.status',
} as const;

const VIEW_SCHEME = 'vnstyle-config';

export interface ClientHost {
  /** Schemes of documents to check. */
  schemes: string[];
  /** Rule pages open inside VS Code (they ship in the extension); else the public pages. */
  localDocs: boolean;
  create(options: LanguageClientOptions): BaseLanguageClient;
}

export interface Api {
  client: BaseLanguageClient;
  /** Settles when the server has started. */
  ready: Promise<void>;
  status: ReturnType<typeof createStatus>['item'];
}

export function activateClient(context: vscode.ExtensionContext, host: ClientHost): Api {
  const client = createClient(context, host);
  const ready = client.start();
  const request: Request = async <R>(command: string, args: unknown[] = [], token?: vscode.CancellationToken, workDoneToken?: string): Promise<R> => {
    await ready;
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args, workDoneToken }, token) as Promise<R>;
  };
  const status = createStatus((uri) => request(SERVER.status, [uri.toString()]), host.schemes);
  context.subscriptions.push(client, ...status.disposables, ...registerCommands(context, host, { client, ready, request }));
  return { client, ready, status: status.item };
}

/** A command of the server, once it has started. */
type Request = <R>(command: string, args?: unknown[], token?: vscode.CancellationToken, workDoneToken?: string) => Promise<R>;

interface Server {
  client: BaseLanguageClient;
  ready: Promise<void>;
  request: Request;
}

function createClient(context: vscode.ExtensionContext, host: ClientHost): BaseLanguageClient {
  const own = (uri: vscode.Uri) => uri.toString().startsWith(context.extensionUri.toString() + '/');
  // Every document of these schemes goes to the server, which checks the languages of `vnstyle.languages`
  // (so a change of that setting needs no restart).
  return host.create({
    documentSelector: host.schemes.map((scheme) => ({ scheme })),
    diagnosticCollectionName: 'vnstyle',
    synchronize: { configurationSection: 'vnstyle' },
    initializationOptions: {
      showSummary: false, // the client shows it, with a button to open Problems
      pullDiagnostics: false, // pushed: every open document has its diagnostics, as the workspace summary counts them
      ...(host.localDocs ? { ruleDocs: `command:vnstyle.openRuleDocs?${encodeURIComponent('["')}{rule}${encodeURIComponent('"]')}` } : {}),
    },
    markdown: { isTrusted: { enabledCommands: ['vnstyle.openRuleDocs'] } },
    initializationFailedHandler: (error) => {
      void vscode.window.showErrorMessage(t('vnstyle: the language server could not start: {0}', error instanceof Error ? error.message : String(error)));
      return false;
    },
    middleware: {
      // The extension's own files (the rule pages a diagnostic opens) are not articles to check.
      didOpen: (doc, next) => (own(doc.uri) ? Promise.resolve() : next(doc)),
      didChange: (e, next) => (own(e.document.uri) ? Promise.resolve() : next(e)),
      didSave: (doc, next) => (own(doc.uri) ? Promise.resolve() : next(doc)),
      didClose: (doc, next) => (own(doc.uri) ? Promise.resolve() : next(doc)),
      // "Add the meaning of X": the server writes it; asking for it is the editor's part.
      executeCommand: async (command, args, next) => {
        if (command === SERVER.addMeaning && typeof args[2] !== 'string') {
          const meaning = await askMeaning(String(args[1]), Array.isArray(args[3]) ? (args[3] as string[]) : []);
          if (meaning === undefined) return undefined;
          args = [args[0], args[1], meaning];
        }
        return next(command, args);
      },
    },
  });
}

/** The editor's commands: each asks the server and shows its answer. */
function registerCommands(context: vscode.ExtensionContext, host: ClientHost, server: Server): vscode.Disposable[] {
  const { request } = server;
  const target = async (uri?: vscode.Uri) => {
    if (uri) return vscode.workspace.openTextDocument(uri);
    const doc = vscode.window.activeTextEditor?.document;
    return doc?.uri.scheme === VIEW_SCHEME ? undefined : doc; // the configuration view is not an article
  };
  const views: ConfigViews = { texts: new Map(), count: 0 };
  return [
    vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, { provideTextDocumentContent: (uri) => views.texts.get(uri.toString()) ?? '' }),
    vscode.workspace.onDidCloseTextDocument((d) => views.texts.delete(d.uri.toString())),
    vscode.commands.registerCommand('vnstyle.lintDocument', async (uri?: vscode.Uri) => {
      const doc = await target(uri);
      return doc ? request<number>(SERVER.lintDocument, [doc.uri.toString()]) : undefined;
    }),
    vscode.commands.registerCommand('vnstyle.fixAll', async (uri?: vscode.Uri) => {
      const doc = await target(uri);
      return doc ? request<boolean>(SERVER.fixAll, [doc.uri.toString()]) : false;
    }),
    vscode.commands.registerCommand('vnstyle.lintWorkspace', () => lintWorkspace(server)),
    vscode.commands.registerCommand('vnstyle.showConfig', async (uri?: vscode.Uri) => {
      const doc = await target(uri);
      return doc ? showConfig(doc, views, request) : undefined;
    }),
    vscode.commands.registerCommand('vnstyle.openRuleDocs', (ruleId?: string) => openRuleDocs(ruleId, context, host, request)),
  ];
}

/** The whole workspace checked with a cancellable progress notification; the summary offers Problems. */
function lintWorkspace({ client, ready, request }: Server) {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('vnstyle: checking the workspace'), cancellable: true },
    async (progress, token) => {
      await ready;
      const workDoneToken = `vnstyle-workspace-${Date.now()}`;
      let percentage = 0;
      const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
        if (v.kind !== 'report') return;
        const r = v as WorkDoneProgressReport;
        progress.report({ message: r.message, increment: r.percentage !== undefined ? r.percentage - percentage : undefined });
        percentage = r.percentage ?? percentage;
      });
      try {
        const result = await request<{ files: number; problems: number; errors: number; warnings: number; infos: number; cancelled: boolean; message: string }>(
          SERVER.lintWorkspace,
          [],
          token,
          workDoneToken,
        );
        const open = t('Open Problems');
        void vscode.window
          .showInformationMessage(result.message, open)
          .then((c) => c === open && vscode.commands.executeCommand('workbench.panel.markers.view.focus'));
        return result;
      } finally {
        sub.dispose();
      }
    },
  );
}

/** The configuration views open: their text by address, and how many were made (each has a new address). */
interface ConfigViews {
  texts: Map<string, string>;
  count: number;
}

/** The configuration that applies to `doc`, in a read-only JSONC view. */
async function showConfig(doc: vscode.TextDocument, views: ConfigViews, request: Request): Promise<string> {
  const content = await request<string>(SERVER.showConfiguration, [doc.uri.toString()]);
  const name = doc.uri.path.split('/').pop() || 'untitled';
  // A new address each time: an open view is never shown with its old content.
  const view = vscode.Uri.from({ scheme: VIEW_SCHEME, path: `/${name}.vnstyle.jsonc`, query: doc.uri.toString(), fragment: String(++views.count) });
  views.texts.set(view.toString(), content);
  const shown = await vscode.workspace.openTextDocument(view);
  await vscode.languages.setTextDocumentLanguage(shown, 'jsonc');
  await vscode.window.showTextDocument(shown, { preview: true });
  return content;
}

/** A rule's page (asked for when not given): inside VS Code when the pages ship with it, else online. */
async function openRuleDocs(ruleId: string | undefined, context: vscode.ExtensionContext, host: ClientHost, request: Request) {
  let id = ruleId;
  if (!id) {
    const rules = await request<Array<{ id: string; description: string }>>(SERVER.rules);
    id = (
      await vscode.window.showQuickPick(
        rules.map((r) => ({ label: r.id, description: r.description })),
        { placeHolder: t('Which rule?'), matchOnDescription: true },
      )
    )?.label;
  }
  if (!id || !/^[a-z-]+$/.test(id)) return false;
  if (!host.localDocs) return vscode.env.openExternal(vscode.Uri.parse(`https://github.com/vnstyle/vnstyle/blob/main/docs/rules/${id}.md`));
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`));
  return true;
}

async function askMeaning(abbr: string, senses: string[]): Promise<string | undefined> {
  const meaning = await vscode.window.showInputBox({
    title: t('Add the meaning of {0} to the project dictionary', abbr),
    prompt: senses.length ? t('Meaning of {0} (dictionary: {1})', abbr, senses.join('; ')) : t('Meaning of {0}', abbr),
    value: senses[0] ?? '',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : t('Write the meaning.')),
  });
  return meaning?.trim() || undefined;
}
