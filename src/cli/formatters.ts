/**
 * Output formats. Each formatter writes one file's result as it arrives (so a 10,000-file
 * run holds no more than it prints) and a footer at the end.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTwoFilesPatch } from 'diff';
import type { Lang, Severity } from '../core/types';
import { RULES } from '../core/rules';
import { PROFILES, PROFILE_DATA } from '../core/config';
import type { FileResult, Message } from './lint-file';
import { SEVERITY_WORD, T } from './messages';
import { docsUrl } from '../core/docs-url';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'unix', 'diff', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface Summary {
  files: number;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  /** Files that could not be read or written (also printed on stderr). */
  problems: Array<{ filePath: string; message: string }>;
}

export interface FormatContext {
  cwd: string;
  lang: Lang;
  color: boolean;
  version: string;
  /** --changed-since REF (said in the markdown summary). */
  changedSince?: string;
  /** Links to the files' lines (markdown): `base` + path relative to `root` + `#L<line>`. */
  sourceLink?: { base: string; root: string };
}

export interface Formatter {
  header(): string;
  file(result: FileResult): string;
  footer(summary: Summary): string;
}

export function counts(messages: Message[]): { errorCount: number; warningCount: number; infoCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}

/**
 * Control characters from an article or a file name made visible (`\u001B`): an escape sequence
 * in a report must never reach the terminal, nor a bidi override reorder a line. Every human
 * format passes article text and names through it; JSON and SARIF escape on their own.
 */
export function visible(s: string): string {
  return s.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

const rel = (ctx: FormatContext, file: string) => {
  const r = path.relative(ctx.cwd, file);
  return visible((r === '' ? path.basename(file) : r).split(path.sep).join('/'));
};

// ------------------------------------------------------------------ stylish

const ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, underline: 4 } as const;

function stylish(ctx: FormatContext): Formatter {
  const paint = (code: keyof typeof ANSI, s: string) => (ctx.color ? `\x1b[${ANSI[code]}m${s}\x1b[0m` : s);
  const sevColor: Record<Severity, keyof typeof ANSI> = { error: 'red', warning: 'yellow', info: 'cyan' };
  return {
    header: () => '',
    file(r) {
      if (!r.messages.length) return '';
      const rows = r.messages.map((m) => [`${m.line}:${m.column}`, SEVERITY_WORD[ctx.lang][m.severity], visible(m.message), m.ruleId, m.severity] as const);
      const w0 = rows.reduce((w, x) => Math.max(w, x[0].length), 0); // (no spreading: 125,000 arguments throw RangeError)
      const w1 = rows.reduce((w, x) => Math.max(w, x[1].length), 0);
      const lines = rows.map(
        ([pos, sev, msg, id, s]) => `  ${paint('dim', pos.padEnd(w0))}  ${paint(sevColor[s], sev.padEnd(w1))}  ${msg}  ${paint('dim', id)}`,
      );
      return `\n${paint('underline', rel(ctx, r.filePath))}\n${lines.join('\n')}\n`;
    },
    footer(s) {
      const total = s.errorCount + s.warningCount + s.infoCount;
      if (!total) return '';
      const mark = paint(s.errorCount ? 'red' : s.warningCount ? 'yellow' : 'cyan', '✖');
      let out = `\n${mark} ${paint('bold', T.problems[ctx.lang](total, s.errorCount, s.warningCount, s.infoCount))}\n`;
      if (s.fixableCount) out += `  ${T.fixable[ctx.lang](s.fixableCount)}\n`;
      return out;
    },
  };
}

// ------------------------------------------------------------------ json

function json(): Formatter {
  let first = true;
  return {
    header: () => '[',
    file(r) {
      const c = counts(r.messages);
      // One message at a time: a file with 150,000 findings never holds a second copy of them all.
      const head = JSON.stringify({ filePath: r.filePath, ...c, messages: [] }).slice(0, -2);
      const messages = r.messages.map((m) =>
        JSON.stringify({
          ruleId: m.ruleId,
          severity: m.severity,
          message: m.message,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          offset: m.offset,
          endOffset: m.endOffset,
          fixes: m.fixes.map((f) => ({
            title: f.title,
            preferred: f.preferred,
            edits: f.edits.map((e) => ({ offset: e.offset, endOffset: e.endOffset, text: e.text })),
          })),
        }),
      );
      const s = `${first ? '' : ','}${head}${messages.join(',')}]}`;
      first = false;
      return s;
    },
    footer: () => ']\n',
  };
}

// ------------------------------------------------------------------ unix

function unix(ctx: FormatContext): Formatter {
  return {
    header: () => '',
    file: (r) => r.messages.map((m) => `${rel(ctx, r.filePath)}:${m.line}:${m.column}: ${m.severity} ${visible(m.message)} [${m.ruleId}]\n`).join(''),
    footer: () => '',
  };
}

// ------------------------------------------------------------------ github

/** Workflow-command escaping: data escapes % \r \n; properties also : and ,. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function github(ctx: FormatContext): Formatter {
  const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
  return {
    header: () => '',
    file: (r) =>
      r.messages
        .map((m) => {
          const props = [
            `file=${escapeProperty(rel(ctx, r.filePath))}`,
            `line=${m.line}`,
            `col=${m.column}`,
            `endLine=${m.endLine}`,
            `endColumn=${m.endColumn}`,
            `title=${escapeProperty(`vnstyle(${m.ruleId})`)}`,
          ];
          return `::${command[m.severity]} ${props.join(',')}::${escapeData(visible(m.message))}\n`;
        })
        .join(''),
    footer: (s) => s.problems.map((p) => `::error file=${escapeProperty(rel(ctx, p.filePath))},title=vnstyle::${escapeData(visible(p.message))}\n`).join(''),
  };
}

// ------------------------------------------------------------------ junit

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function junit(ctx: FormatContext): Formatter {
  const cases: string[] = [];
  let failures = 0;
  return {
    header: () => '',
    file(r) {
      const name = xml(rel(ctx, r.filePath));
      const failing = r.messages.filter((m) => m.severity !== 'info');
      let body = '';
      if (failing.length) {
        failures++;
        const first = failing[0];
        const detail = failing.map((m) => `${m.line}:${m.column} ${m.severity} ${visible(m.message)} [${m.ruleId}]`).join('\n');
        body = `<failure message="${xml(`${failing.length} problem(s); first: ${visible(first.message)}`)}" type="${failing.some((m) => m.severity === 'error') ? 'error' : 'warning'}">${xml(detail)}</failure>`;
      }
      const infos = r.messages.filter((m) => m.severity === 'info');
      if (infos.length)
        body += `<system-out>${xml(infos.map((m) => `${m.line}:${m.column} info ${visible(m.message)} [${m.ruleId}]`).join('\n'))}</system-out>`;
      cases.push(`    <testcase classname="vnstyle" name="${name}" time="0">${body}</testcase>\n`);
      return '';
    },
    footer(s) {
      const errors = s.problems.map(
        (p) => `    <testcase classname="vnstyle" name="${xml(rel(ctx, p.filePath))}" time="0"><error message="${xml(visible(p.message))}"/></testcase>\n`,
      );
      const tests = cases.length + errors.length;
      return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="vnstyle" tests="${tests}" failures="${failures}" errors="${errors.length}">\n  <testsuite name="vnstyle" tests="${tests}" failures="${failures}" errors="${errors.length}" skipped="0" time="0">\n${cases.join('')}${errors.join('')}  </testsuite>\n</testsuites>\n`;
    },
  };
}

// ------------------------------------------------------------------ sarif

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function sarif(ctx: FormatContext): Formatter {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const artifact = (file: string) => {
    const r = path.relative(ctx.cwd, file);
    return r.startsWith('..') || path.isAbsolute(r)
      ? { uri: pathToFileURL(file).href }
      : { uri: r.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  };
  let first = true;
  return {
    header() {
      const rules = RULES.map((r) => ({
        id: r.id,
        name: r.id.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase()),
        shortDescription: { text: r.meta.description[ctx.lang] },
        fullDescription: { text: r.meta.rationale[ctx.lang] },
        helpUri: docsUrl(r.id),
        help: { text: `${r.meta.description[ctx.lang]}\n${docsUrl(r.id)}` },
        defaultConfiguration: { level: SARIF_LEVEL[r.meta.severity] },
        properties: {
          category: r.meta.category,
          fixable: r.meta.fixable !== false,
          tags: [r.meta.category],
          profiles: Object.fromEntries(PROFILES.map((p) => [p, PROFILE_DATA[p].rules[r.id] ?? r.meta.severity])),
        },
      }));
      return `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":${JSON.stringify({ driver: { name: 'vnstyle', version: ctx.version, semanticVersion: ctx.version, informationUri: 'https://github.com/vnstyle/vnstyle', rules } })},"originalUriBaseIds":${JSON.stringify({ '%SRCROOT%': { uri: pathToFileURL(ctx.cwd + path.sep).href } })},"columnKind":"utf16CodeUnits","results":[`;
    },
    file(r) {
      let out = '';
      for (const m of r.messages) {
        const location = artifact(r.filePath);
        const result = {
          ruleId: m.ruleId,
          ruleIndex: ruleIndex.get(m.ruleId),
          level: SARIF_LEVEL[m.severity],
          message: { text: m.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: location,
                region: {
                  startLine: m.line,
                  startColumn: m.column,
                  endLine: m.endLine,
                  endColumn: m.endColumn,
                  charOffset: m.offset,
                  charLength: m.endOffset - m.offset,
                },
              },
            },
          ],
          partialFingerprints: { 'vnstyleAnchor/v1': m.anchor },
          ...(m.fixes.length
            ? {
                fixes: m.fixes.map((f) => ({
                  description: { text: f.title },
                  artifactChanges: [
                    {
                      artifactLocation: location,
                      replacements: f.edits.map((e) => ({
                        deletedRegion: {
                          startLine: e.line,
                          startColumn: e.column,
                          endLine: e.endLine,
                          endColumn: e.endColumn,
                          charOffset: e.offset,
                          charLength: e.endOffset - e.offset,
                        },
                        insertedContent: { text: e.text },
                      })),
                    },
                  ],
                  properties: { preferred: f.preferred },
                })),
              }
            : {}),
        };
        out += (first ? '' : ',') + JSON.stringify(result);
        first = false;
      }
      return out;
    },
    footer(s) {
      const notes = s.problems.map((p) => ({
        level: 'error',
        message: { text: p.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(p.filePath) } }],
      }));
      return `],"invocations":[${JSON.stringify({ executionSuccessful: s.problems.length === 0, toolExecutionNotifications: notes })}]}]}\n`;
    },
  };
}

// ------------------------------------------------------------------ diff

function diff(ctx: FormatContext): Formatter {
  return {
    header: () => '',
    file(r) {
      if (r.original === undefined || r.output === undefined || r.original === r.output) return '';
      const name = rel(ctx, r.filePath);
      return createTwoFilesPatch(`a/${name}`, `b/${name}`, r.original, r.output, undefined, undefined, { context: 3 })
        .replace(/^=+\n/, '')
        .replace(/^Index: .*\n/, '');
    },
    footer: () => '',
  };
}

// ------------------------------------------------------------------ markdown

/**
 * Text from an article (or a file name) as literal Markdown inside a table cell or a
 * heading: HTML and entities neutralised, inline syntax and the cell separator escaped.
 */
export function escapeMarkdown(s: string): string {
  return visible(s.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#!|~$]/g, '\\$&');
}

/** GitHub caps a job summary at 1 MiB: the tables stop well before, the totals never do. */
export const MARKDOWN_BUDGET = 900 * 1024;
const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

function markdown(ctx: FormatContext): Formatter {
  const { lang } = ctx;
  const sections: string[] = [];
  let size = 0;
  let filesWithProblems = 0;
  let left = 0;
  let leftFiles = 0;
  const head = lang === 'vi' ? ['Vị trí', 'Mức độ', 'Vấn đề', 'Quy tắc'] : ['Line:col', 'Severity', 'Problem', 'Rule'];
  const link = (file: string, line: number): string | null => {
    if (!ctx.sourceLink) return null;
    const r = path.relative(ctx.sourceLink.root, file);
    if (r.startsWith('..') || path.isAbsolute(r)) return null;
    return `${ctx.sourceLink.base}${r.split(path.sep).map(encodeURIComponent).join('/')}#L${line}`;
  };
  return {
    header: () => '',
    file(r) {
      if (!r.messages.length) return '';
      filesWithProblems++;
      const heading = `### ${escapeMarkdown(rel(ctx, r.filePath))}\n\n| ${head.join(' | ')} |\n|---|---|---|---|\n`;
      let section = '';
      let omitted = 0;
      for (const m of r.messages) {
        const pos = `${m.line}:${m.column}`;
        const url = link(r.filePath, m.line);
        const row = `| ${url ? `[${pos}](${url})` : pos} | ${SEVERITY_ICON[m.severity]} ${SEVERITY_WORD[lang][m.severity]} | ${escapeMarkdown(m.message)} | [\`${m.ruleId}\`](${docsUrl(m.ruleId)}) |\n`;
        const bytes = Buffer.byteLength(row) + (section ? 0 : Buffer.byteLength(heading));
        if (size + bytes > MARKDOWN_BUDGET) omitted++;
        else {
          section += (section ? '' : heading) + row;
          size += bytes;
        }
      }
      if (section) sections.push(section);
      if (omitted) {
        left += omitted;
        leftFiles++;
      }
      return '';
    },
    footer(s) {
      const total = s.errorCount + s.warningCount + s.infoCount;
      const since =
        ctx.changedSince === undefined
          ? ''
          : lang === 'vi'
            ? ` Chỉ tính các dòng thêm hoặc sửa từ ${escapeMarkdown(ctx.changedSince)}.`
            : ` Only lines added or changed since ${escapeMarkdown(ctx.changedSince)}.`;
      const checked = lang === 'vi' ? `${s.files} tệp đã kiểm tra` : `${s.files} file${s.files === 1 ? '' : 's'} checked`;
      let out = `## vnstyle\n\n`;
      if (!total) out += `✅ ${lang === 'vi' ? `Không có vấn đề nào (${checked}).` : `No problems (${checked}).`}${since}\n`;
      else {
        const mark = SEVERITY_ICON[s.errorCount ? 'error' : s.warningCount ? 'warning' : 'info'];
        out += `${mark} **${T.problems[lang](total, s.errorCount, s.warningCount, s.infoCount)}** ${lang === 'vi' ? `trong ${filesWithProblems} trên ${checked}.` : `in ${filesWithProblems} of ${checked}.`}${since}`;
        if (s.fixableCount) out += ` ${escapeMarkdown(T.fixable[lang](s.fixableCount))}.`;
        out += `\n\n| ${head[1]} | ${lang === 'vi' ? 'Số vấn đề' : 'Problems'} |\n|---|--:|\n`;
        for (const [sev, n] of [
          ['error', s.errorCount],
          ['warning', s.warningCount],
          ['info', s.infoCount],
        ] as const)
          out += `| ${SEVERITY_ICON[sev]} ${SEVERITY_WORD[lang][sev]} | ${n} |\n`;
      }
      if (sections.length) out += `\n${sections.join('\n')}`;
      if (left)
        out += `\n${lang === 'vi' ? `… và ${left} vấn đề nữa trong ${leftFiles} tệp, không liệt kê vì tóm tắt của GitHub giới hạn 1 MiB (xem các định dạng github, sarif hoặc stylish).` : `… and ${left} more problem${left === 1 ? '' : 's'} in ${leftFiles} file${leftFiles === 1 ? '' : 's'}, not listed because a GitHub summary is limited to 1 MiB (see the github, sarif or stylish formats).`}\n`;
      if (s.problems.length) {
        out += `\n### ${lang === 'vi' ? 'Không kiểm tra được' : 'Could not be checked'}\n\n`;
        out += s.problems.map((p) => `- ${escapeMarkdown(p.message)}\n`).join('');
      }
      return out;
    },
  };
}

export function createFormatter(name: FormatName, ctx: FormatContext): Formatter {
  switch (name) {
    case 'stylish':
      return stylish(ctx);
    case 'json':
      return json();
    case 'unix':
      return unix(ctx);
    case 'github':
      return github(ctx);
    case 'junit':
      return junit(ctx);
    case 'sarif':
      return sarif(ctx);
    case 'diff':
      return diff(ctx);
    case 'markdown':
      return markdown(ctx);
  }
}
