/**
 * A minimal LSP client for the server tests: starts `vnstyle-ls --stdio` as a process (or talks
 * to a connection in this process), records pushed diagnostics and the server's requests, and
 * answers workspace/configuration and window requests like an editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './helpers';

export const LS_BIN = path.join(ROOT, 'bin', 'vnstyle-ls.js');
export const uriOf = (p: string) => pathToFileURL(p).href;

export interface ClientOptions {
  root: string;
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Answer to workspace/configuration (per item). */
  settings?: (scopeUri: string | undefined) => unknown;
  locale?: string;
  /** Talk over these instead of starting the process. */
  transport?: { reader: MessageReader; writer: MessageWriter };
  /** Extra request handlers (method → handler). */
  handlers?: Record<string, (params: any) => unknown>;
}

export class TestClient {
  readonly pushed = new Map<string, Diagnostic[]>();
  /** Requests and notifications the server sent, in order. */
  readonly received: Array<{ method: string; params: any }> = [];
  initializeResult!: InitializeResult;
  private process?: ChildProcess;
  private waiters: Array<() => void> = [];

  private constructor(readonly connection: ProtocolConnection) {}

  static async start(options: ClientOptions): Promise<TestClient> {
    let reader = options.transport?.reader;
    let writer = options.transport?.writer;
    let child: ChildProcess | undefined;
    if (!reader || !writer) {
      child = spawn(process.execPath, [LS_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      reader = new StreamMessageReader(child.stdout!);
      writer = new StreamMessageWriter(child.stdin!);
    }
    const client = new TestClient(createProtocolConnection(reader, writer));
    client.process = child;
    const c = client.connection;
    const record = (method: string) => (params: any) => {
      client.received.push({ method, params });
      client.wake();
    };
    c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.pushed.set(p.uri, p.diagnostics);
      client.wake();
    });
    for (const m of ['window/showMessage', 'window/logMessage', '$/progress']) c.onNotification(m, record(m));
    c.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string }> }) => p.items.map((i) => options.settings?.(i.scopeUri) ?? null));
    c.onRequest('window/showMessageRequest', (p) => (record('window/showMessageRequest')(p), null));
    c.onRequest('window/showDocument', (p) => (record('window/showDocument')(p), { success: true }));
    c.onRequest('window/workDoneProgress/create', (p) => (record('window/workDoneProgress/create')(p), null));
    c.onRequest('client/registerCapability', (p) => (record('client/registerCapability')(p), null));
    c.onRequest('workspace/diagnostic/refresh', (p) => (record('workspace/diagnostic/refresh')(p), null));
    c.onRequest('workspace/applyEdit', (p) => (record('workspace/applyEdit')(p), { applied: true }));
    for (const [m, h] of Object.entries(options.handlers ?? {})) c.onRequest(m, h);
    c.listen();
    const rootUri = uriOf(options.root);
    client.initializeResult = await c.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
      locale: options.locale,
    });
    await c.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Wait (at most `ms`) until `check` returns a value. */
  async until<T>(what: string, check: () => T | undefined, ms = 10_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  diagnosticsOf(uri: string, want: (d: Diagnostic[]) => boolean = (d) => d.length > 0, what = `diagnostics of ${uri}`): Promise<Diagnostic[]> {
    return this.until(what, () => {
      const d = this.pushed.get(uri);
      return d && want(d) ? d : undefined;
    });
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  command<R = any>(command: string, ...args: unknown[]): Promise<R> {
    return this.request('workspace/executeCommand', { command, arguments: args });
  }

  async close(): Promise<void> {
    if (!this.process) {
      this.connection.dispose(); // a server in this process: no shutdown (its exit would end the tests)
      return;
    }
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    this.process?.kill();
  }
}

/** A diagnostic as "rule line:col-line:col" (0-based, UTF-16). */
export const describeDiagnostic = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
