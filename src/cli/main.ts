/**
 * The `vnstyle` command: files in, a report out, an exit code CI can trust.
 * 0 = no error-level finding (warnings within --max-warnings); 1 = errors or too many
 * warnings; 2 = vnstyle could not do its job (arguments, configuration, unreadable input).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import pkg from '../../package.json';
import type { Lang } from '../core/types';
import { RULES } from '../core/rules';
import { PROFILES } from '../core/config';
import { todayFromClock } from '../core/engine';
import { stripDirectiveLines } from '../core/directives';
import { ConfigError, ConfigProblem, ConfigResolver, ConfigOptions } from '../node/config-files';
import { collectFiles, DEFAULT_EXTENSIONS } from '../node/files';
import { decodeArticle, readArticle, ReadError, removePendingTemps } from '../node/text-file';
import { LIMITS, LIMIT_MESSAGES } from '../core/limits';
import { Baseline, BaselineError, BaselineWriter } from '../node/baseline';
import { changesSince, GitError, LineRanges } from '../node/git-changes';
import { lintText, writeFix, FileResult, JobOptions } from './lint-file';
import { lintAll, threadsFor, workerMain } from './pool';
import { createFormatter, counts, FORMATS, FormatName, Summary, visible } from './formatters';
import { gitProblemMessage, helpText, readProblemMessage, T } from './messages';
import { listRules, printConfig, runInit } from './commands';

const OPTIONS = {
  profile: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean' },
  'allow-extends': { type: 'string', multiple: true },
  lang: { type: 'string' },
  ext: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'changed-since': { type: 'string' },
  rule: { type: 'string', multiple: true },
  'strip-directives': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'list-rules': { type: 'boolean' },
  'print-config': { type: 'string' },
  concurrency: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export class UsageError extends Error {}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  stdinText: () => Promise<Buffer>;
  isTTY: boolean;
  stderrTTY: boolean;
  env: NodeJS.ProcessEnv;
}

function localeLang(env: NodeJS.ProcessEnv): Lang {
  // C/POSIX (or nothing) states no language: Vietnamese, the default. Any other language: English.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return !locale || /^(?:vi|C|POSIX)(?:[._@]|$)/i.test(locale) ? 'vi' : 'en';
}

function say(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

function printConfigProblems(problems: ConfigProblem[], lang: Lang, io: Io): void {
  for (const p of problems) io.err(`vnstyle: ${visible(`${p.file}:${p.line}:${p.column}: ${p.message[lang]}`)}\n`);
}

type Args = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
type Values = Args['values'];
type Usage = (vi: string, en: string) => UsageError;

export async function main(argv: string[], io: Io): Promise<number> {
  let args: Args;
  const earlyLang: Lang = argv[argv.indexOf('--lang') + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'vi';
  try {
    args = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(
      `vnstyle: ${say(earlyLang, 'tham số không hợp lệ', 'invalid arguments')}: ${(e as Error).message}\n${say(earlyLang, 'Xem vnstyle --help.', 'See vnstyle --help.')}\n`,
    );
    return 2;
  }
  try {
    return await run(args, io);
  } catch (e) {
    return reportFailure(e, args.values, io);
  }
}

/** The run once the arguments parse: commands that answer at once, else a lint of stdin or of files. */
async function run(args: Args, io: Io): Promise<number> {
  const v = args.values;
  if (v.lang !== undefined && v.lang !== 'vi' && v.lang !== 'en')
    throw new UsageError(`--lang phải là "vi" hoặc "en", không phải "${v.lang}". / --lang must be "vi" or "en".`);
  const lang: Lang = (v.lang as Lang | undefined) ?? 'vi';
  const usage: Usage = (vi, en) => new UsageError(say(lang, vi, en));
  const answered = await answerAtOnce(args, lang, usage, io);
  if (answered !== null) return answered;

  const settings = checkSettings(v, usage, io);
  const configOptions: ConfigOptions = {
    explicit: v.config !== undefined ? path.resolve(io.cwd, v.config) : undefined,
    noLookup: v['no-config-lookup'],
    allowExtends: v['allow-extends']?.map((d) => path.resolve(io.cwd, d)),
    flags: v.profile ? { profile: v.profile as (typeof PROFILES)[number] } : undefined,
  };
  if (v['print-config'] !== undefined) return printConfigOf(v['print-config'], configOptions, lang, io);
  const jobOptions: JobOptions = {
    config: configOptions,
    lang,
    fix: !!v.fix,
    dryRun: !!v['fix-dry-run'] || (settings.format === 'diff' && !v.fix),
    only: v.rule?.length ? v.rule : null,
    today: todayFromClock(),
    keepText: settings.format === 'diff' || !!v.stdin,
  };
  if (v['strip-directives']) return stripDirectives(args, usage, io);
  return lintRun(args, settings, jobOptions, lang, usage, io);
}

/** --help, --version, --list-rules and `init` answer without linting (null: none of them). */
async function answerAtOnce(args: Args, lang: Lang, usage: Usage, io: Io): Promise<number | null> {
  const v = args.values;
  if (v.help) {
    io.out(helpText((v.lang as Lang | undefined) ?? localeLang(io.env), pkg.version));
    return 0;
  }
  if (v.version) {
    io.out(`${pkg.version}\n`);
    return 0;
  }
  if (v.profile !== undefined && !(PROFILES as readonly string[]).includes(v.profile))
    throw usage(
      `hồ sơ không hợp lệ "${v.profile}"; chọn một trong: ${PROFILES.join(', ')}.`,
      `unknown profile "${v.profile}"; choose one of: ${PROFILES.join(', ')}.`,
    );
  if (v['list-rules']) {
    io.out(listRules(lang));
    return 0;
  }
  if (args.positionals[0] === 'init') return await runInit(args.positionals.slice(1), v.profile, lang, io);
  return null;
}

interface Settings {
  format: FormatName;
  maxWarnings: number | null;
  concurrency: number | 'auto';
}

/** The lint options checked against each other: a clear usage error for each mistake. */
function checkSettings(v: Values, usage: Usage, io: Io): Settings {
  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format))
    throw usage(
      `định dạng không hợp lệ "${v.format}"; chọn một trong: ${FORMATS.join(', ')}.`,
      `unknown format "${v.format}"; choose one of: ${FORMATS.join(', ')}.`,
    );
  let maxWarnings: number | null = null;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings']))
      throw usage(
        `--max-warnings cần một số nguyên ≥ 0, không phải "${v['max-warnings']}".`,
        `--max-warnings needs an integer ≥ 0, not "${v['max-warnings']}".`,
      );
    maxWarnings = Number(v['max-warnings']);
  }
  const ids = new Set(RULES.map((r) => r.id));
  for (const id of v.rule ?? [])
    if (!ids.has(id)) throw usage(`không có quy tắc "${id}" (xem vnstyle --list-rules).`, `unknown rule "${id}" (see vnstyle --list-rules).`);
  if (v['update-baseline'] && !v.baseline) throw usage('--update-baseline cần --baseline TỆP.', '--update-baseline needs --baseline FILE.');
  if (v.fix && v['fix-dry-run']) throw usage('chọn --fix hoặc --fix-dry-run, không cả hai.', 'use --fix or --fix-dry-run, not both.');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw usage('--stdin-filename chỉ dùng cùng --stdin.', '--stdin-filename goes with --stdin.');
  const since = v['changed-since'];
  if (since !== undefined) {
    if (!since || since.startsWith('-'))
      throw usage(
        `--changed-since cần một tham chiếu git (nhánh, thẻ hoặc commit), không phải "${since}".`,
        `--changed-since needs a git reference (branch, tag or commit), not "${since}".`,
      );
    if (v.stdin)
      throw usage(
        '--changed-since so sánh các tệp trong kho git, không dùng cùng --stdin.',
        '--changed-since compares files in the git repository; it does not go with --stdin.',
      );
    if (v['update-baseline'])
      throw usage(
        '--update-baseline ghi mọi vấn đề hiện có; không dùng cùng --changed-since.',
        '--update-baseline records every current finding; it does not go with --changed-since.',
      );
  }
  let concurrency: number | 'auto' = 'auto';
  if (v.concurrency !== undefined && v.concurrency !== 'auto') {
    if (!/^[1-9]\d*$/.test(v.concurrency))
      throw usage(
        `--concurrency cần một số nguyên ≥ 1 hoặc "auto", không phải "${v.concurrency}".`,
        `--concurrency needs an integer ≥ 1 or "auto", not "${v.concurrency}".`,
      );
    concurrency = Number(v.concurrency);
  }
  if (v.config !== undefined && !fs.existsSync(path.resolve(io.cwd, v.config)))
    throw usage(`không tìm thấy tệp cấu hình "${v.config}".`, `configuration file not found: "${v.config}".`);
  return { format, maxWarnings, concurrency };
}

/** --print-config FILE: the configuration that applies to FILE. */
function printConfigOf(file: string, configOptions: ConfigOptions, lang: Lang, io: Io): number {
  try {
    io.out(printConfig(new ConfigResolver(RULES, configOptions), path.resolve(io.cwd, file)));
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      printConfigProblems(e.problems, lang, io);
      return 2;
    }
    throw e;
  }
}

/** --strip-directives: the article without its vnstyle comment lines, to stdout. */
async function stripDirectives(args: Args, usage: Usage, io: Io): Promise<number> {
  if (args.values.stdin) {
    io.out(stripDirectiveLines(decodeArticle(await io.stdinText(), '<stdin>').text));
    return 0;
  }
  if (args.positionals.length !== 1)
    throw usage('--strip-directives cần đúng một tệp (hoặc --stdin).', '--strip-directives takes exactly one file (or --stdin).');
  const file = readArticle(path.resolve(io.cwd, args.positionals[0]));
  io.out((file.bom ? '\ufeff' : '') + stripDirectiveLines(file.text));
  return 0;
}

/**
 * Where the report goes: stdout, or the -o file opened at the first chunk (after the inputs are
 * known, never over one of them); with --stdin --fix, to stderr at the end (stdout holds the text).
 * It goes out in chunks (a write per file costs a system call each), at once to a terminal.
 */
function reportSink(v: Values, io: Io, usage: Usage) {
  const outputFile = v['output-file'] !== undefined ? path.resolve(io.cwd, v['output-file']) : null;
  if (outputFile) checkOutputFile(outputFile, v['output-file']!, usage);
  let fd: number | null = null;
  let pending = '';
  let held = '';
  const flush = () => {
    if (!pending) return;
    if (outputFile) fs.writeSync((fd ??= fs.openSync(outputFile, 'w')), pending);
    else io.out(pending);
    pending = '';
  };
  return {
    outputFile,
    write(s: string) {
      if (!s) return;
      if (v.stdin && v.fix) held += s;
      else {
        pending += s;
        if (pending.length >= 1 << 16 || (!outputFile && io.isTTY)) flush();
      }
    },
    close() {
      flush();
      if (fd !== null) fs.closeSync(fd);
      if (held) io.err(held);
    },
  };
}

/** What a lint run has found so far, and the exit code it has earned. */
interface Tally {
  summary: Summary;
  exit: number;
  warningsTotal: number;
  fixedFiles: number;
}

/** A lint run: what was asked and what it has found so far. */
interface Run {
  args: Args;
  settings: Settings;
  jobOptions: JobOptions;
  lang: Lang;
  usage: Usage;
  io: Io;
  tally: Tally;
}

/** Lint stdin or the files named, write the report and return the exit code. */
async function lintRun(args: Args, settings: Settings, jobOptions: JobOptions, lang: Lang, usage: Usage, io: Io): Promise<number> {
  const v = args.values;
  const { format } = settings;
  const color = v['no-color'] ? false : v.color ? true : io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== '0' : io.isTTY && !io.env.NO_COLOR && !v['output-file'];
  const sink = reportSink(v, io, usage);
  // In GitHub Actions, the markdown summary links each finding to its line at the commit being checked.
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha, GITHUB_WORKSPACE: workspace } = io.env;
  const sourceLink = server && repository && sha ? { base: `${server}/${repository}/blob/${sha}/`, root: workspace || io.cwd } : undefined;
  const formatter = createFormatter(format, { cwd: io.cwd, lang, color, version: pkg.version, changedSince: v['changed-since'], sourceLink });
  const tally: Tally = {
    summary: { files: 0, errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0, problems: [] },
    exit: 0,
    warningsTotal: 0,
    fixedFiles: 0,
  };
  const run: Run = { args, settings, jobOptions, lang, usage, io, tally };
  const baseline = v.baseline && !v['update-baseline'] ? Baseline.load(path.resolve(io.cwd, v.baseline)) : null;
  const baselineWriter = v.baseline && v['update-baseline'] ? new BaselineWriter(path.resolve(io.cwd, v.baseline)) : null;
  const handle = resultHandler(
    run,
    (r, messages) => {
      if (baseline) messages = baseline.filter(r.filePath, messages);
      if (v['changed-since'] !== undefined) messages = messages.filter((m) => !m.outsideChanges);
      if (baselineWriter) {
        baselineWriter.add(r.filePath, messages);
        messages = [];
      }
      return messages;
    },
    (r) => sink.write(formatter.file(r)),
  );

  sink.write(formatter.header());
  if (v.stdin) await lintStdin(run, handle);
  else await lintFiles(run, sink.outputFile, handle);
  sink.write(formatter.footer(tally.summary));
  sink.close();

  if (format === 'stylish' && !v.stdin) {
    if (tally.fixedFiles) io.err(`${T.fixedFiles[lang](tally.fixedFiles)}\n`);
  }
  if (baselineWriter) io.err(`${T.baselineWritten[lang](baselineWriter.write(), path.relative(io.cwd, baselineWriter.file))}\n`);
  if (tally.exit === 2) return 2;
  if (tally.summary.errorCount > 0) return 1;
  if (settings.maxWarnings !== null && tally.warningsTotal > settings.maxWarnings) {
    io.err(`vnstyle: ${T.tooManyWarnings[lang](tally.warningsTotal, settings.maxWarnings)}\n`);
    return 1;
  }
  return 0;
}

/**
 * What happens to each file's result: its problems said on stderr, its fix written, its findings
 * filtered (baseline, changed lines; `keep`), counted and formatted (`show`).
 */
function resultHandler(
  { args, tally, lang, io }: Run,
  keep: (r: FileResult, messages: FileResult['messages']) => FileResult['messages'],
  show: (r: FileResult) => void,
) {
  const v = args.values;
  const { summary } = tally;
  const seenConfigProblems = new Set<string>();
  const explicitFiles = new Set(args.positionals.map((p) => path.resolve(io.cwd, p)));
  const problem = (r: FileResult) => {
    const message = readProblemMessage(r.problem!.kind, path.relative(io.cwd, r.filePath) || r.filePath, r.problem!.detail, lang);
    io.err(`vnstyle: ${visible(message)}\n`);
    summary.problems.push({ filePath: r.filePath, message });
    tally.exit = 2;
  };
  return (r: FileResult) => {
    if (r.ignored) {
      if (explicitFiles.has(r.filePath)) io.err(`vnstyle: ${visible(T.ignoredFile[lang](path.relative(io.cwd, r.filePath)))}\n`);
      return;
    }
    summary.files++;
    if (r.configProblems) {
      const fresh = r.configProblems.filter((p) => !seenConfigProblems.has(`${p.file}:${p.offset}`));
      fresh.forEach((p) => seenConfigProblems.add(`${p.file}:${p.offset}`));
      printConfigProblems(fresh, lang, io);
      tally.exit = 2;
      return;
    }
    if (r.problem) problem(r);
    if (r.sections) io.err(`vnstyle: ${visible(path.relative(io.cwd, r.filePath) || r.filePath)}: ${LIMIT_MESSAGES.sectioned(r.sections)[lang]}\n`);
    writeFix(r);
    if (r.problem?.kind.startsWith('fix-') || r.problem?.kind === 'write-failed') problem(r); // writing the fix failed
    if (r.fixed) tally.fixedFiles++;
    let messages = keep(r, r.messages);
    tally.warningsTotal += counts(messages).warningCount;
    if (v.quiet) messages = messages.filter((m) => m.severity === 'error');
    const shown = counts(messages);
    summary.errorCount += shown.errorCount;
    summary.warningCount += shown.warningCount;
    summary.infoCount += shown.infoCount;
    summary.fixableCount += messages.filter((m) => m.fixes.some((f) => f.preferred)).length;
    show({ ...r, messages });
  };
}

/** --stdin: the text read from stdin, named by --stdin-filename; with --fix, the fixed text to stdout. */
async function lintStdin({ args, jobOptions, io }: Run, handle: (r: FileResult) => void): Promise<void> {
  const v = args.values;
  const name = path.resolve(io.cwd, v['stdin-filename'] ?? 'stdin.txt');
  let file;
  try {
    file = decodeArticle(await io.stdinText(), name);
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    handle({ filePath: name, messages: [], problem: { kind: e.problem, detail: e.detail } });
    return;
  }
  const r = lintText(name, file, jobOptions);
  handle(r);
  if (v.fix && r.output !== undefined) io.out((file.bom ? '\ufeff' : '') + r.output);
}

/** The files named (folders walked), only those with changed lines under --changed-since, linted on the worker pool. */
async function lintFiles(
  { args, settings, jobOptions, tally, lang, usage, io }: Run,
  outputFile: string | null,
  handle: (r: FileResult) => void,
): Promise<void> {
  const v = args.values;
  const since = v['changed-since'];
  // Asked of git first: outside a repository or with an unknown ref, nothing is linted.
  const changes = since !== undefined ? changesSince(io.cwd, since) : null;
  const walk = collectFiles(args.positionals, { cwd: io.cwd, extensions: v.ext?.flatMap((e) => e.split(',')).filter(Boolean) ?? DEFAULT_EXTENSIONS });
  if (changes) {
    // Files with no changed line are not linted at all; the others carry their changed lines.
    const changed: Record<string, LineRanges | 'all'> = {};
    walk.files = walk.files.filter((f) => {
      const lines = changes.linesOf(f);
      if (lines !== 'all' && !lines.length) return false;
      changed[f] = lines;
      return true;
    });
    jobOptions.changed = changed;
  }
  if (outputFile) checkNotAnInput(outputFile, v['output-file']!, walk.files, usage);
  for (const p of walk.problems) {
    const message = readProblemMessage(p.kind, p.path, p.detail, lang);
    io.err(`vnstyle: ${visible(message)}\n`);
    if (p.kind !== 'symlink-loop') {
      tally.summary.problems.push({ filePath: path.resolve(io.cwd, p.path), message });
      tally.exit = 2;
    }
  }
  const progress = io.stderrTTY && settings.format === 'stylish' && walk.files.length > 20 ? progressBar(io, walk.files.length) : null;
  await lintAll(walk.files, jobOptions, threadsFor(settings.concurrency, walk.files.length), (r) => {
    progress?.tick();
    handle(r);
  });
  progress?.done();
}

/** -o a.txt a.txt would empty the article before it is read. */
function checkNotAnInput(outputFile: string, given: string, files: string[], usage: Usage): void {
  const real = (f: string) => {
    try {
      return fs.realpathSync(f);
    } catch {
      return f;
    }
  };
  const out = real(outputFile);
  const clash = files.find((f) => real(f) === out);
  if (clash)
    throw usage(
      `tệp báo cáo -o "${given}" cũng là một bài cần kiểm tra; vnstyle không ghi đè bài. Hãy chọn tệp báo cáo khác.`,
      `the report file -o "${given}" is also an article to lint; vnstyle never writes over an article. Choose another report file.`,
    );
}

/** Exit code 2 with a clear message for each way the run can fail. */
function reportFailure(e: unknown, v: Values, io: Io): number {
  const lang: Lang = v.lang === 'en' ? 'en' : 'vi';
  if (e instanceof UsageError) {
    io.err(`vnstyle: ${e.message}\n${say(lang, 'Xem vnstyle --help.', 'See vnstyle --help.')}\n`);
    return 2;
  }
  if (e instanceof ReadError) {
    io.err(`vnstyle: ${visible(readProblemMessage(e.problem, e.filePath, e.detail, lang))}\n`);
    return 2;
  }
  if (e instanceof ConfigError) {
    printConfigProblems(e.problems, lang, io);
    return 2;
  }
  if (e instanceof BaselineError) {
    io.err(
      `vnstyle: ${say(lang, `không dùng được tệp baseline ${e.file}: ${e.reason}. Hãy tạo lại bằng --baseline TỆP --update-baseline.`, `cannot use the baseline file ${e.file}: ${e.reason}. Recreate it with --baseline FILE --update-baseline.`)}\n`,
    );
    return 2;
  }
  if (e instanceof GitError) {
    io.err(`vnstyle: ${gitProblemMessage(e, v['changed-since'] ?? '', io.cwd, lang)}\n`);
    return 2;
  }
  io.err(`vnstyle: ${say(lang, 'lỗi nội bộ', 'internal error')}: ${(e as Error).stack ?? e}\n`);
  return 2;
}

/** -o FILE: its folder must exist and FILE must not be a folder (a clear message, not a stack trace). */
function checkOutputFile(file: string, given: string, usage: Usage): void {
  const dir = path.dirname(file);
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(dir);
  } catch {
    /* missing */
  }
  if (!st || !st.isDirectory())
    throw usage(
      `không ghi được báo cáo -o "${given}": thư mục "${dir}" không tồn tại. Hãy tạo thư mục trước (mkdir -p) hoặc chọn đường dẫn khác.`,
      `cannot write the report -o "${given}": the folder "${dir}" does not exist. Create it first (mkdir -p) or choose another path.`,
    );
  try {
    if (fs.statSync(file).isDirectory())
      throw usage(
        `không ghi được báo cáo -o "${given}": đó là một thư mục. Hãy chỉ ra một tệp.`,
        `cannot write the report -o "${given}": it is a folder. Name a file.`,
      );
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
}

function progressBar(io: Io, total: number): { tick(): void; done(): void } {
  let n = 0;
  let last = 0;
  return {
    tick() {
      n++;
      const now = Date.now();
      if (now - last < 100 && n < total) return;
      last = now;
      io.err(`\r\x1b[2K${n}/${total} (${Math.floor((n * 100) / total)}%)`);
    },
    done() {
      io.err('\r\x1b[2K');
    },
  };
}

/** Entry point of bin/vnstyle.js. */
export function runCli(): void {
  const io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    stdinText: async () => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const c of process.stdin) {
        total += (c as Buffer).length;
        if (total > LIMITS.fileBytes) throw new ReadError('too-large', '<stdin>', `${total}+`);
        chunks.push(c as Buffer);
      }
      return Buffer.concat(chunks);
    },
    isTTY: !!process.stdout.isTTY,
    stderrTTY: !!process.stderr.isTTY,
    env: process.env,
  };
  // Interrupted during --fix: the temporary file being written goes too (the article is untouched).
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)
    process.once(signal, () => {
      removePendingTemps();
      process.exit(code);
    });
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`vnstyle: ${e?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}

if (!isMainThread && workerData?.vnstyleWorker) workerMain(parentPort!, workerData.options as JobOptions);
