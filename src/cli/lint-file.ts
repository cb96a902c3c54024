/**
 * One article through the engine: read, configure, lint (or fix and write), and the
 * findings with their positions. Runs in a worker thread or in the main thread alike;
 * its result is plain data.
 */
import type { Finding, Lang, Severity, Span } from '../core/types';
import { LIMITS } from '../core/limits';
import { lint, applyFixes } from '../core/engine';
import { LineIndex } from '../core/text/line-index';
import { RULES } from '../core/rules';
import type { Today } from '../core/rule';
import { ConfigResolver, ConfigError, ConfigOptions, ConfigProblem } from '../node/config-files';
import { formatOf, readArticle, ReadError, writeArticleAtomic, TextFile, WriteRefused } from '../node/text-file';
import { anchorOf } from '../node/baseline';
import { LineRanges, spansOfLines } from '../node/git-changes';
import { SpanSet } from '../core/edits';
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
  /** The text was too long to read as one article: read in this many sections. */
  sections?: number;
  /** The fixed file to write (by the main thread). */
  write?: TextFile;
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
      anchor: anchorOf(text, f, lines),
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

/**
 * [start, end) of each section of a text: the whole text up to LIMITS.wholeArticleChars, else
 * pieces of about LIMITS.sectionChars cut at a blank line (else a line break, else a space).
 */
export function sectionsOf(text: string): Array<[number, number]> {
  if (text.length <= LIMITS.wholeArticleChars) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > LIMITS.sectionChars) {
    const target = start + LIMITS.sectionChars;
    const window = Math.min(text.length, target + (LIMITS.sectionChars >> 2));
    let cut = -1;
    for (const sep of ['\n\n', '\r\n\r\n', '\n', '\r', ' ']) {
      const at = text.indexOf(sep, target);
      if (at >= 0 && at < window) {
        cut = at + sep.length;
        break;
      }
    }
    if (cut < 0) cut = target; // no break at all: a hard cut
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
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
  // A text far longer than any article is read in sections (LIMITS.wholeArticleChars): memory stays bounded.
  const sections = sectionsOf(text);
  const findings: Finding[] = [];
  const failures: Array<{ ruleId: string; message: string }> = [];
  const fixedParts: string[] = [];
  const scopeOut: Span[] = [];
  // Linting a long text in sections: each section's findings become messages at once, so no
  // section's analysis outlives it.
  const lines = sections.length > 1 && !(options.fix || options.dryRun) ? new LineIndex(text) : null;
  const sectionMessages: Message[] = [];
  let offset = 0; // where the current section starts in the (fixed) text
  for (const [a, b] of sections) {
    const part = sections.length === 1 ? text : text.slice(a, b);
    const partScope =
      scope &&
      (sections.length === 1
        ? scope
        : scope.filter((x) => x.end > a && x.start < b).map((x) => ({ start: Math.max(x.start, a) - a, end: Math.min(x.end, b) - a })));
    let result;
    let partText = part;
    if (options.fix || options.dryRun) {
      const fixed = applyFixes(part, { ...lintOptions, scope: partScope });
      result = fixed.result;
      partText = fixed.text;
      for (const x of fixed.scope ?? []) scopeOut.push({ start: x.start + offset, end: x.end + offset });
    } else {
      result = lint(part, lintOptions);
      for (const x of partScope ?? []) scopeOut.push({ start: x.start + offset, end: x.end + offset });
    }
    if (lines)
      for (const m of positioned(
        text,
        result.findings.map((f) => shiftFinding(f, a)),
        lines,
      ))
        sectionMessages.push(m); // lint only: positions on the whole text, section by section
    else for (const f of result.findings) findings.push(offset === 0 ? f : shiftFinding(f, offset));
    for (const f of result.failures) failures.push(f);
    fixedParts.push(partText);
    offset += partText.length;
  }
  text = fixedParts.length === 1 ? fixedParts[0] : fixedParts.join('');
  if (scope) scope = scopeOut;
  let messages = lines ? sectionMessages : positioned(text, findings);
  if (scope) {
    const changedSpans = new SpanSet(scope, text.length);
    messages = messages.map((m, i) => (changedSpans.touches(findings[i]) ? m : { ...m, outsideChanges: true }));
  }
  const out: FileResult = { filePath, messages };
  if (sections.length > 1) out.sections = sections.length;
  if (failures.length) out.problem = { kind: 'rule-failed', detail: failures.map((f) => `${f.ruleId}: ${f.message}`).join('; ') };
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
  // The fix is written by the main thread (writeFix), which cleans up its temporary file on every exit.
  if (options.fix && result.output !== undefined && result.output !== file.text) result.write = { text: result.output, bom: file.bom };
  if (!options.keepText) delete result.output;
  return result;
}

/** Write a file's fix (main thread): `fixed`, or the problem that kept it unchanged. */
export function writeFix(result: FileResult): void {
  if (!result.write) return;
  try {
    writeArticleAtomic(result.filePath, result.write);
    result.fixed = true;
  } catch (e) {
    result.problem =
      e instanceof WriteRefused
        ? { kind: `fix-${e.reason}`, detail: e.detail }
        : { kind: 'write-failed', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  delete result.write;
}
