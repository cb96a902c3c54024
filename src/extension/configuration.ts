/**
 * Configuration for a document: the same resolution the command uses (.vnstyle.json
 * cascade, extends, overrides) on top of the editor settings. A broken file becomes
 * diagnostics on that file and a message, never a silent failure.
 */
import * as vscode from 'vscode';
import { RULES } from '../core/rules';
import { validateConfig, UserConfig } from '../core/config';
import { ConfigError, ConfigProblem, ConfigResolver, EffectiveConfig } from '../node/config-files';
import type { Settings } from './settings';
import { t } from './l10n';

export type ConfigResult = { ok: true; effective: EffectiveConfig } | { ok: false; problems: ConfigProblem[] };

export class ConfigService implements vscode.Disposable {
  private resolvers = new Map<string, ConfigResolver>();
  readonly problems = vscode.languages.createDiagnosticCollection('vnstyle-config');
  private reported = new Set<string>();

  constructor(private readonly output: vscode.LogOutputChannel) {}

  forDocument(doc: vscode.TextDocument, settings: Settings): ConfigResult {
    // Settings are checked like a file so a bad severity in settings is reported too.
    const settingProblems = validateConfig(settings.base, RULES);
    if (settingProblems.length) {
      this.report(settingProblems.map((p) => `settings vnstyle.${p.path.join('.')}: ${p.message.en}`).join('\n'));
    }
    const resolver = this.resolverFor(settingProblems.length ? {} : settings.base);
    const file = doc.uri.scheme === 'file' ? doc.uri.fsPath : `${vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath ?? '/'}/untitled.md`;
    try {
      return { ok: true, effective: resolver.forFile(file) };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      this.showProblems(e.problems);
      return { ok: false, problems: e.problems };
    }
  }

  isIgnored(doc: vscode.TextDocument, settings: Settings): boolean {
    if (doc.uri.scheme !== 'file') return false;
    try {
      return this.resolverFor(settings.base).isIgnored(doc.uri.fsPath);
    } catch {
      return false;
    }
  }

  private resolverFor(base: UserConfig): ConfigResolver {
    const key = JSON.stringify(base);
    let resolver = this.resolvers.get(key);
    if (!resolver) this.resolvers.set(key, (resolver = new ConfigResolver(RULES, { base })));
    return resolver;
  }

  /** Forget everything read from disk (a .vnstyle.json or a setting changed). */
  invalidate(): void {
    this.resolvers.clear();
    this.problems.clear();
    this.reported.clear();
  }

  private showProblems(problems: ConfigProblem[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const list = byFile.get(p.file) ?? [];
      const start = new vscode.Position(p.line - 1, p.column - 1);
      const d = new vscode.Diagnostic(new vscode.Range(start, start.translate(0, Math.max(p.length, 1))), p.message[vscode.env.language.startsWith('vi') ? 'vi' : 'en'], vscode.DiagnosticSeverity.Error);
      d.source = 'vnstyle';
      list.push(d);
      byFile.set(p.file, list);
    }
    for (const [file, diags] of byFile) this.problems.set(vscode.Uri.file(file), diags);
    const summary = problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message.en}`).join('\n');
    this.report(summary, problems[0]?.file);
  }

  private report(summary: string, file?: string): void {
    if (this.reported.has(summary)) return;
    this.reported.add(summary);
    this.output.error(summary);
    const open = t('Open file');
    void vscode.window.showErrorMessage(t('vnstyle: the configuration is invalid, articles are not checked until it is fixed. {0}', summary.split('\n')[0]), ...(file ? [open] : [])).then((choice) => {
      if (choice === open && file) void vscode.window.showTextDocument(vscode.Uri.file(file));
    });
  }

  dispose(): void {
    this.problems.dispose();
  }
}
