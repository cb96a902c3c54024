/**
 * One article through the engine: read, configure, lint (or fix and write), and the
 * findings with their positions. Runs in a worker thread or in the main thread alike;
 * its result is plain data.
 */
import type { Finding, Lang, Severity } from '../core/types';
import { lint, applyFixes } from '../core/engine';
import { LineIndex } from '../core/text/line-index';
import { RULES } from '../core/rules';
import type { Today } from '../core/rule';
import { ConfigResolver, ConfigError, ConfigOptions, ConfigProblem } from '../node/config-files';
import { formatOf, readArticle, ReadError, writeArticleAtomic, TextFile } from '../node/text-file';
import { anchorOf } from '../node/baseline';
import { LineRanges, spansOfLines } from '../node/git-changes';
import { touchesSpans } from '../core/edits';
import { installSpellingModel } from '../node/spelling-model';

installSpellingModel(); // read on first use, in each worker

export interface JobOptions {
  config: ConfigOptions;
  lang: Lang;
  fix: boolean;
  dryRun: boolean;
  only: string[] | null;
  today: Today;
  /** Keep the original and fixed text in the result (diff output, stdin). */
  keepText: boolean;
  /** --changed-since: the changed lines of each file to lint, by path ('all': a file new to git). */
  changed?: Record<string, LineRanges | 'all'>;
}

export interface PositionedEdit {
  offset: number;
  endOffset: number;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Message {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  /** Normalised text anchor (baselines). */
  anchor: string;
  /** --changed-since: the finding touches no changed line. */
  outsideChanges?: boolean;
  fixes: Array<{ title: string; preferred: boolean; edits: PositionedEdit[] }>;
}

export interface FileResult {
  filePath: string;
  messages: Message[];
  /** A problem that kept the file from being linted or fixed (exit code 2). */
  problem?: { kind: string; detail?: string };
  configProblems?: ConfigProblem[];
  ignored?: boolean;
  /** True when --fix wrote the file. */
  fixed?: boolean;
  original?: string;
  output?: string;
}

const resolvers = new Map<string, ConfigResolver>();

function resolverFor(options: ConfigOptions): ConfigResolver {
  const key = JSON.stringify(options);
  let r = resolvers.get(key);
  if (!r) resolvers.set(key, (r = new ConfigResolver(RULES, options)));
  return r;
}

export function positioned(text: string, findings: Finding[], lines = new LineIndex(text)): Message[] {
  const pos = (offset: number) => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  return findings.map((f) => {
    const s = pos(f.start);
    const e = pos(f.end);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      messageId: f.messageId,
      message: f.message,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      offset: f.start,
      endOffset: f.end,
      anchor: anchorOf(text, f),
      fixes: f.fixes.map((x) => ({
        title: x.title,
        preferred: x.preferred,
        edits: x.edits.map((ed) => {
          const a = pos(ed.start);
          const b = pos(ed.end);
          return { offset: ed.start, endOffset: ed.end, text: ed.text, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
        }),
      })),
    };
  });
}

/** Lint (and fix) one text. `filePath` picks the format and the configuration. */
export function lintText(filePath: string, file: TextFile, options: JobOptions): FileResult {
  const resolver = resolverFor(options.config);
  let effective;
  try {
    effective = resolver.forFile(filePath);
  } catch (e) {
    if (e instanceof ConfigError) return { filePath, messages: [], configProblems: e.problems };
    throw e;
  }
  const lintOptions = {
    format: formatOf(filePath),
    config: effective.config,
    lang: options.lang,
    today: options.today,
    only: options.only ? new Set(options.only) : undefined,
  };
  let text = file.text;
  const changed = options.changed?.[filePath];
  // Changed lines as spans of the text; fixes stay within them and they follow the fixes.
  let scope = changed && changed !== 'all' ? spansOfLines(text, changed) : undefined;
  let result;
  if (options.fix || options.dryRun) {
    const fixed = applyFixes(text, { ...lintOptions, scope });
    result = fixed.result;
    text = fixed.text;
    scope = fixed.scope;
  } else {
    result = lint(text, lintOptions);
  }
  const findings = result.findings;
  let messages = positioned(text, findings, result.article.lines);
  if (scope) messages = messages.map((m, i) => (touchesSpans(findings[i], scope, text.length) ? m : { ...m, outsideChanges: true }));
  const out: FileResult = { filePath, messages };
  if (result.failures.length) out.problem = { kind: 'rule-failed', detail: result.failures.map((f) => `${f.ruleId}: ${f.message}`).join('; ') };
  if (options.keepText) {
    out.original = file.text;
    out.output = text;
  }
  if (options.fix && text !== file.text) out.output = text;
  return out;
}

/** The whole job for a file on disk. */
export function lintFile(filePath: string, options: JobOptions): FileResult {
  let file: TextFile;
  try {
    if (resolverFor(options.config).isIgnored(filePath)) return { filePath, messages: [], ignored: true };
  } catch (e) {
    if (e instanceof ConfigError) return { filePath, messages: [], configProblems: e.problems };
    throw e;
  }
  try {
    file = readArticle(filePath);
  } catch (e) {
    if (e instanceof ReadError) return { filePath, messages: [], problem: { kind: e.problem, detail: e.detail } };
    throw e;
  }
  const result = lintText(filePath, file, options);
  if (options.fix && result.output !== undefined && result.output !== file.text) {
    try {
      writeArticleAtomic(filePath, { text: result.output, bom: file.bom });
      result.fixed = true;
    } catch (e) {
      result.problem = { kind: 'write-failed', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
    }
  }
  if (!options.keepText) delete result.output;
  return result;
}
