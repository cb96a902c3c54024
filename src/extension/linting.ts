/**
 * When and what to lint: documents on open, on change (debounced), on save, when the
 * configuration changes; cleared on close. Keeps each diagnostic's finding (for quick
 * fixes) keyed by the diagnostic object.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { lint, applyFixes, todayFromClock } from '../core/engine';
import type { ResolvedConfig } from '../core/config';
import { formatOf } from '../node/text-file';
import { LineIndex } from '../core/text/line-index';
import { ConfigService } from './configuration';
import { readSettings } from './settings';
import { toDiagnostic } from './mapping';

export interface LintState {
  version: number;
  config: ResolvedConfig;
  findings: Finding[];
  diagnostics: vscode.Diagnostic[];
}

const DEBOUNCE_MS = 250;

export class Linter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('vnstyle');
  private readonly states = new Map<string, LintState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidLint = this.changed.event;

  constructor(
    private readonly config: ConfigService,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  shouldLint(doc: vscode.TextDocument): boolean {
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled') return false;
    const s = readSettings(doc.uri);
    return s.enable && s.languages.includes(doc.languageId) && !this.config.isIgnored(doc, s);
  }

  /** Lint after a pause in typing; only the newest version's result is published. */
  schedule(doc: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.lint(doc);
      }, delay),
    );
  }

  /** Lint now. Returns the findings, or undefined when the document is not checked. */
  lint(doc: vscode.TextDocument): Finding[] | undefined {
    const key = doc.uri.toString();
    if (doc.isClosed || !this.shouldLint(doc)) {
      this.clear(doc.uri);
      return undefined;
    }
    const settings = readSettings(doc.uri);
    const version = doc.version;
    const text = doc.getText();
    const resolved = this.config.forDocument(doc, settings);
    if (!resolved.ok) {
      this.clear(doc.uri);
      return undefined;
    }
    let findings: Finding[];
    try {
      const result = lint(text, { format: this.formatOf(doc), config: resolved.effective.config, lang: settings.lang, today: todayFromClock() });
      for (const f of result.failures) this.output.error(`rule ${f.ruleId} failed on ${doc.uri.fsPath}: ${f.message}`);
      findings = result.findings;
    } catch (e) {
      this.output.error(`lint failed on ${doc.uri.toString()}: ${(e as Error).stack ?? e}`);
      return undefined;
    }
    if (doc.version !== version) return undefined; // a newer edit arrived: its own lint will publish
    const diagnostics = findings.map((f) => toDiagnostic((o) => doc.positionAt(o), f));
    this.states.set(key, { version, config: resolved.effective.config, findings, diagnostics });
    this.diagnostics.set(doc.uri, diagnostics);
    this.changed.fire(doc.uri);
    return findings;
  }

  /** Lint a file that is not open (workspace lint): positions from its own line index. */
  lintFile(uri: vscode.Uri, text: string): number {
    const fakeDoc = { uri, languageId: formatOf(uri.fsPath) === 'markdown' ? 'markdown' : 'plaintext' } as vscode.TextDocument;
    const settings = readSettings(uri);
    if (this.config.isIgnored(fakeDoc, settings)) return 0;
    const resolved = this.config.forDocument(fakeDoc, settings);
    if (!resolved.ok) return 0;
    const result = lint(text, { format: formatOf(uri.fsPath), config: resolved.effective.config, lang: settings.lang, today: todayFromClock() });
    const lines = new LineIndex(text);
    const diagnostics = result.findings.map((f) =>
      toDiagnostic((o) => {
        const p = lines.positionAt(o);
        return new vscode.Position(p.line, p.character);
      }, f),
    );
    this.diagnostics.set(uri, diagnostics);
    this.changed.fire(uri);
    return diagnostics.length;
  }

  /** The text after every preferred fix (to a fixpoint), or null when nothing changes. */
  fixedText(doc: vscode.TextDocument): string | null {
    const settings = readSettings(doc.uri);
    const resolved = this.config.forDocument(doc, settings);
    if (!resolved.ok || !this.shouldLint(doc)) return null;
    const text = doc.getText();
    const fixed = applyFixes(text, { format: this.formatOf(doc), config: resolved.effective.config, lang: settings.lang, today: todayFromClock() }).text;
    return fixed === text ? null : fixed;
  }

  state(uri: vscode.Uri): LintState | undefined {
    return this.states.get(uri.toString());
  }

  /** The finding behind one of our diagnostics. */
  findingOf(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    const s = this.states.get(uri.toString());
    if (!s) return undefined;
    const i = s.diagnostics.indexOf(diagnostic);
    if (i >= 0) return s.findings[i];
    // Diagnostics handed back by VS Code may be copies: match by range, code and message.
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    const j = s.diagnostics.findIndex((d) => d.range.isEqual(diagnostic.range) && d.message === diagnostic.message && (typeof d.code === 'object' ? d.code.value : d.code) === code);
    return j >= 0 ? s.findings[j] : undefined;
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.states.delete(key);
    this.diagnostics.delete(uri);
    this.changed.fire(uri);
  }

  relintOpen(): void {
    for (const doc of vscode.workspace.textDocuments) this.lint(doc);
  }

  private formatOf(doc: vscode.TextDocument): 'markdown' | 'text' {
    return doc.languageId === 'markdown' ? 'markdown' : doc.uri.scheme === 'file' ? formatOf(doc.uri.fsPath) : 'text';
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.diagnostics.dispose();
    this.changed.dispose();
  }
}
