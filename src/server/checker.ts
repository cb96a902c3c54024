/**
 * What is checked, when, and with which configuration: open documents (pushed after a pause in
 * typing, or pulled by the client), files of the workspace that are not open (lint-workspace),
 * and the configuration problems, shown on the configuration file itself.
 */
import type { CancellationToken, Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity, LSPErrorCodes, ResponseError, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BlockCache, type LintResult } from '../core/engine';
import type { Lang } from '../core/types';
import type { ConfigLayer, ConfigProblem, EffectiveConfig } from '../node/config-files';
import { formatOf } from '../node/text-file';
import { ConfigStore } from './config';
import { lintText, type LintInput } from './engine';
import type { FileAccess } from './files';
import { msg } from './messages';
import { parseSettings, type Settings } from './settings';
import { SOURCE, toDiagnostic } from './convert';

export interface ClientFacts {
  /** The client pulls diagnostics (textDocument/diagnostic): open documents are not pushed. */
  pull: boolean;
  /** The client answers workspace/configuration. */
  configuration: boolean;
  /** The client watches files for us (else configuration is re-read before each check). */
  watches: boolean;
  /** The client can be asked to pull again (workspace/diagnostic/refresh). */
  refresh: boolean;
  showDocument: boolean;
  locale: string | undefined;
  /** initializationOptions.ruleDocs: where rule pages open (`{rule}` replaced). */
  ruleDocs: string | undefined;
  /** Settings given at start (initializationOptions), then by didChangeConfiguration. */
  settings: unknown;
}

/** A checked document: its text, configuration and findings, for one version. */
export interface Checked {
  version: number;
  input: LintInput;
  result: LintResult;
  diagnostics: Diagnostic[];
  effective: EffectiveConfig;
  layers: ConfigLayer[];
  settings: Settings;
  path: string | undefined;
}

const DEBOUNCE_MS = 250;

export class Checker {
  readonly config: ConfigStore;
  workspaceFolders: string[] = [];
  /** Open documents: the last check and the version it was for. */
  private readonly checked = new Map<string, { version: number; checked: Checked | null }>();
  /** Open documents: the block cache of each (see core/block-cache). */
  private readonly caches = new Map<string, BlockCache>();
  private readonly savedVersion = new Map<string, number>();
  /** What was last pushed for each open document (version and diagnostics, as JSON). */
  private readonly published = new Map<string, string>();
  private readonly sequence = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  /** Files not open whose diagnostics were pushed (lint-workspace): uri → path. */
  readonly pushed = new Map<string, string>();
  private workspaceChecked = false;
  private readonly problemUris = new Set<string>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly files: FileAccess,
    readonly client: ClientFacts,
  ) {
    this.config = new ConfigStore(files, () => this.workspaceFolders.map((f) => files.pathOf(f)).filter((p): p is string => p !== undefined));
  }

  // ------------------------------------------------------------------ settings

  settingsFor(uri: string | undefined): Promise<Settings> {
    const key = uri ?? '';
    let s = this.settingsCache.get(key);
    if (!s) {
      s = this.client.configuration
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'vnstyle' }).then(
            (raw) => parseSettings(raw, this.client.locale),
            () => parseSettings(this.client.settings, this.client.locale),
          )
        : Promise.resolve(parseSettings(this.client.settings, this.client.locale));
      this.settingsCache.set(key, s);
    }
    return s;
  }

  /** The language of texts that belong to no document (the workspace summary). */
  async lang(uri?: string): Promise<Lang> {
    return (await this.settingsFor(uri ?? this.workspaceFolders[0])).lang;
  }

  // ------------------------------------------------------------------ checking

  /**
   * Check a text with the settings and configuration of its place, through `cache` when given (an
   * open document's). null: not checked (disabled, ignored, other language, broken configuration).
   */
  async check(uri: string, languageId: string, text: string, version: number, cache?: BlockCache): Promise<Checked | null> {
    if (!this.client.watches) this.config.invalidate();
    const settings = await this.settingsFor(uri);
    if (!settings.enable || (settings.languages && !settings.languages.includes(languageId))) return null;
    const settingProblems = this.config.settingsProblems(settings.base);
    if (settingProblems.length) this.reportOnce(msg(settings.lang, 'settingsInvalid', { detail: settingProblems[0] }));
    const base = settingProblems.length ? {} : settings.base;
    const own = this.files.pathOf(uri);
    if (own && (await this.config.isIgnored(own, base))) return null;
    const resolution = await this.config.resolve(uri, languageId, base);
    if (!resolution.ok) {
      this.showProblems(resolution.problems, settings.lang);
      return null;
    }
    const format = languageId === 'markdown' ? 'markdown' : own ? formatOf(own) : 'text';
    const input: LintInput = { text, format, config: resolution.effective.config, lang: settings.lang };
    const result = lintText(input, cache);
    for (const f of result.failures) this.connection.console.error(`rule ${f.ruleId} failed on ${uri}: ${f.message}`);
    const doc = TextDocument.create(uri, languageId, version, text);
    const diagnostics = result.findings.map((f) => toDiagnostic(doc, f, this.client.ruleDocs));
    return { version, input, result, diagnostics, effective: resolution.effective, layers: resolution.layers, settings, path: resolution.path };
  }

  /** The open document's check for its current version (checking now when there is none). */
  async current(doc: TextDocument): Promise<Checked | null> {
    const known = this.checked.get(doc.uri);
    return known && known.version === doc.version ? known.checked : this.checkOpen(doc);
  }

  private async checkOpen(doc: TextDocument): Promise<Checked | null> {
    const seq = (this.sequence.get(doc.uri) ?? 0) + 1;
    this.sequence.set(doc.uri, seq);
    let cache = this.caches.get(doc.uri);
    if (!cache) this.caches.set(doc.uri, (cache = new BlockCache()));
    const checked = await this.check(doc.uri, doc.languageId, doc.getText(), doc.version, cache);
    // A newer edit or check arrived meanwhile: this result is not recorded (its own will be).
    if (this.sequence.get(doc.uri) === seq && this.documents.get(doc.uri)?.version === doc.version)
      this.checked.set(doc.uri, { version: doc.version, checked });
    return checked;
  }

  // ------------------------------------------------------------------ push

  /** Push mode: check after a pause in typing (or now), and publish. */
  schedule(doc: TextDocument, delay = DEBOUNCE_MS): void {
    clearTimeout(this.timers.get(doc.uri));
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        void this.publishOpen(doc.uri);
      }, delay),
    );
  }

  async publishOpen(uri: string): Promise<Checked | null> {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const checked = await this.checkOpen(doc);
    if (this.documents.get(uri)?.version === doc.version) {
      const diagnostics = checked?.diagnostics ?? [];
      // The same diagnostics again (a settings change that changes nothing here) are not sent: the editor would redraw them for nothing.
      const sent = JSON.stringify([doc.version, diagnostics]);
      if (this.published.get(uri) !== sent) {
        this.published.set(uri, sent);
        await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      }
    }
    return checked;
  }

  onOpen(doc: TextDocument): void {
    this.savedVersion.set(doc.uri, doc.version);
    if (this.pushed.delete(doc.uri) && this.client.pull) void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    if (!this.client.pull) this.schedule(doc, 0);
  }

  async onChange(doc: TextDocument): Promise<void> {
    if (this.client.pull || this.savedVersion.get(doc.uri) === doc.version) return; // pulled; or the open itself
    if ((await this.settingsFor(doc.uri)).run === 'onType') this.schedule(doc);
  }

  onSave(doc: TextDocument): void {
    this.savedVersion.set(doc.uri, doc.version);
    if (!this.client.pull) this.schedule(doc, 0);
  }

  onClose(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.checked.delete(uri);
    this.caches.delete(uri);
    this.sequence.delete(uri);
    this.savedVersion.delete(uri);
    this.published.delete(uri);
    if (!this.client.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  // ------------------------------------------------------------------ pull

  /**
   * Pull mode: the diagnostics of an open document. An edited document waits for a pause in
   * typing (a newer pull cancels this one); with `run: onSave`, edits since the last save keep
   * the last result.
   */
  async pull(uri: string, token: CancellationToken): Promise<Diagnostic[]> {
    const known = this.checked.get(uri);
    if (known && known.checked?.settings.run === 'onSave' && this.savedVersion.get(uri) !== this.documents.get(uri)?.version) return known.checked.diagnostics;
    if (known && known.version !== this.documents.get(uri)?.version) {
      await new Promise((r) => setTimeout(r, DEBOUNCE_MS));
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'superseded by a newer edit');
    }
    const doc = this.documents.get(uri);
    return doc ? ((await this.current(doc))?.diagnostics ?? []) : [];
  }

  // ------------------------------------------------------------------ everything again

  /** Settings or configuration changed: check every open document and every pushed file again. */
  async recheckAll(): Promise<void> {
    this.checked.clear();
    this.clearProblems();
    if (this.client.pull) {
      if (this.client.refresh) await this.connection.languages.diagnostics.refresh();
    } else {
      for (const doc of this.documents.all()) this.schedule(doc, 0);
    }
    for (const [uri, path] of [...this.pushed]) await this.pushFile(uri, path);
  }

  settingsChanged(settings: unknown): void {
    if (settings !== undefined) this.client.settings = settings;
    this.settingsCache.clear();
    this.config.invalidate();
    void this.recheckAll();
  }

  // ------------------------------------------------------------------ files that are not open

  /** Check a file that is not open and push its diagnostics. Returns them (undefined: unreadable). */
  async pushFile(uri: string, path: string): Promise<Diagnostic[] | undefined> {
    if (this.documents.get(uri)) return undefined;
    let text: string;
    try {
      text = await this.files.readArticle(path);
    } catch (e) {
      this.connection.console.warn(msg('en', 'readFailed', { file: path, detail: (e as Error).message }));
      this.forget(uri);
      return undefined;
    }
    const checked = await this.check(uri, formatOf(path) === 'markdown' ? 'markdown' : 'plaintext', text, 0);
    const diagnostics = checked?.diagnostics ?? [];
    this.pushed.set(uri, path);
    await this.connection.sendDiagnostics({ uri, diagnostics });
    return diagnostics;
  }

  forget(uri: string): void {
    if (this.pushed.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** A watched article changed on disk: deleted → its diagnostics go; created or changed → checked again if the workspace was. */
  async articleChanged(uri: string, deleted: boolean): Promise<void> {
    if (deleted) {
      this.forget(uri);
      return;
    }
    const path = this.files.pathOf(uri);
    if (path && !this.documents.get(uri) && (this.pushed.has(uri) || this.workspaceChecked)) await this.pushFile(uri, path);
  }

  /** lint-workspace: every article of every workspace folder; open ones as they are in the editor. */
  async checkWorkspace(progress: (done: number, total: number) => void, cancelled: () => boolean): Promise<WorkspaceSummary> {
    this.workspaceChecked = true;
    const all: string[] = [];
    for (const folder of this.workspaceFolders) {
      const p = this.files.pathOf(folder);
      if (p) all.push(...(await this.files.articles(p)));
    }
    const summary: WorkspaceSummary = { files: 0, problems: 0, errors: 0, warnings: 0, infos: 0, skipped: 0, cancelled: false };
    for (let i = 0; i < all.length; i++) {
      if (cancelled()) {
        summary.cancelled = true;
        break;
      }
      const uri = this.files.uriOf(all[i]);
      const open = this.documents.get(uri);
      const diagnostics = open ? (await this.current(open))?.diagnostics : await this.pushFile(uri, all[i]);
      if (!diagnostics) {
        if (!open) summary.skipped++;
        else summary.files++;
      } else {
        summary.files++;
        summary.problems += diagnostics.length;
        for (const d of diagnostics) {
          if (d.severity === DiagnosticSeverity.Error) summary.errors++;
          else if (d.severity === DiagnosticSeverity.Warning) summary.warnings++;
          else summary.infos++;
        }
      }
      if (i % 20 === 19 || i === all.length - 1) {
        progress(i + 1, all.length);
        await new Promise((r) => setTimeout(r, 0)); // let cancellation through
      }
    }
    return summary;
  }

  // ------------------------------------------------------------------ configuration problems

  private showProblems(problems: ConfigProblem[], lang: Lang): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of problems) {
      const list = byFile.get(p.file) ?? [];
      const start = { line: p.line - 1, character: p.column - 1 };
      list.push({
        range: { start, end: { line: start.line, character: start.character + Math.max(p.length, 1) } },
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        message: p.message[lang],
      });
      byFile.set(p.file, list);
    }
    for (const [file, diagnostics] of byFile) {
      const uri = this.files.uriOf(file);
      if (this.problemUris.has(uri)) continue;
      this.problemUris.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    const first = problems[0];
    if (first) this.reportOnce(msg(lang, 'configInvalid', { detail: `${first.file}:${first.line}:${first.column}: ${first.message[lang]}` }), first.file, lang);
  }

  private clearProblems(): void {
    for (const uri of this.problemUris) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.problemUris.clear();
    this.reported.clear();
  }

  private reportOnce(text: string, file?: string, lang: Lang = 'vi'): void {
    if (this.reported.has(text)) return;
    this.reported.add(text);
    this.connection.console.error(text);
    const open = msg(lang, 'openFile');
    void this.connection.window.showErrorMessage(text, ...(file ? [{ title: open }] : [])).then(
      (choice) => {
        if (choice?.title === open && file && this.client.showDocument)
          void this.connection.window.showDocument({ uri: this.files.uriOf(file), takeFocus: true });
      },
      () => undefined,
    );
  }
}

export interface WorkspaceSummary {
  files: number;
  problems: number;
  errors: number;
  warnings: number;
  infos: number;
  skipped: number;
  cancelled: boolean;
}
