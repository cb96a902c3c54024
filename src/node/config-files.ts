/**
 * `.vnstyle.json` files: found by walking up from each article to the repository root,
 * nearer files overriding farther ones; `extends` and `overrides` resolved; every
 * problem reported with its file, line and column. Shared by the command and the
 * extension so both give the same findings for the same file.
 *
 * A file pulled in through `extends` brings everything it says: its settings, its
 * `overrides` and its `ignores`, placed before the extending file's own (which win).
 * Globs are matched against the article's path relative to the folder of the
 * `.vnstyle.json` that uses them, the file found next to the articles (or `--config`):
 * for an extended file, that is the extending file's folder, not its own, as ESLint's
 * eslintrc does for shared configs. So a newsroom-wide file can say `opinion/**` or
 * `drafts/**` and mean those folders of every desk that extends it, wherever the shared
 * file itself lives (a folder of the repository, node_modules).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTree, findNodeAtLocation, printParseErrorCode, ParseError, Node as JsonNode } from 'jsonc-parser';
import picomatch from 'picomatch';
import { mergeConfig, resolveConfig, validateConfig, ResolvedConfig, UserConfig } from '../core/config';
import type { Localized } from '../core/types';
import type { Rule } from '../core/rule';
import { LineIndex } from '../core/text/line-index';

export const CONFIG_FILE = '.vnstyle.json';

export interface ConfigProblem {
  file: string;
  line: number; // 1-based
  column: number; // 1-based
  offset: number;
  length: number;
  message: Localized;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message.en}`).join('\n'));
  }
}

/** A path test on the article's path relative to the folder of the file in use, with /. */
type Matcher = (rel: string) => boolean;

interface ParsedFile {
  file: string;
  dir: string;
  /** What the file says, in order of precedence (last wins): each extended file's layers, then its own body, then its own overrides. */
  layers: Array<{ body: UserConfig; match?: Matcher }>;
  /** Its own `ignores` and those of the files it extends. */
  ignores: Matcher[];
}

export interface EffectiveConfig {
  config: ResolvedConfig;
  /** The merged user configuration (what --print-config shows beside the resolved one). */
  user: UserConfig;
  /** The configuration files that decided, farthest first. */
  files: string[];
}

export interface ConfigOptions {
  /** --config FILE: use this file only. */
  explicit?: string;
  /** --no-config-lookup. */
  noLookup?: boolean;
  /** Beneath every file (the editor's settings). */
  base?: UserConfig;
  /** Above every file (command-line flags). */
  flags?: UserConfig;
}

function location(text: string, offset: number): { line: number; column: number } {
  const p = new LineIndex(text).positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

/** Parse and validate one configuration file's text (no `extends` followed). */
export function parseConfigText(file: string, text: string, rules: readonly Rule[]): { raw: UserConfig; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    file,
    ...location(source, e.offset),
    offset: e.offset,
    length: e.length,
    message: { vi: `JSON không hợp lệ: ${printParseErrorCode(e.error)}.`, en: `Invalid JSON: ${printParseErrorCode(e.error)}.` },
  }));
  if (problems.length || !tree) {
    if (!tree && !problems.length) problems.push({ file, line: 1, column: 1, offset: 0, length: 0, message: { vi: 'Tệp cấu hình rỗng.', en: 'The configuration file is empty.' } });
    return { raw: {}, problems };
  }
  const raw = nodeValue(tree) as UserConfig;
  for (const p of validateConfig(raw, rules)) {
    let node: JsonNode | undefined = findNodeAtLocation(tree, p.path) ?? tree;
    if (p.atKey && node.parent?.type === 'property') node = node.parent.children![0];
    problems.push({ file, ...location(source, node.offset), offset: node.offset, length: node.length, message: p.message });
  }
  return { raw, problems };
}

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) if (prop.children?.length === 2) out[prop.children[0].value as string] = nodeValue(prop.children[1]);
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

const toPosix = (p: string) => p.split(path.sep).join('/');

export class ConfigResolver {
  private readonly parsed = new Map<string, ParsedFile>();
  private readonly chains = new Map<string, ParsedFile[]>();

  constructor(
    private readonly rules: readonly Rule[],
    private readonly options: ConfigOptions = {},
  ) {}

  /** The effective configuration for an article. Throws ConfigError on a broken file. */
  forFile(filePath: string): EffectiveConfig {
    const abs = path.resolve(filePath);
    const chain = this.chainFor(path.dirname(abs));
    let user: UserConfig = { ...this.options.base };
    for (const c of chain) {
      const rel = toPosix(path.relative(c.dir, abs));
      for (const layer of c.layers) if (!layer.match || layer.match(rel)) user = mergeConfig(user, layer.body);
    }
    if (this.options.flags) user = mergeConfig(user, this.options.flags);
    return { config: resolveConfig(user, this.rules), user, files: chain.map((c) => c.file) };
  }

  /** True when a configuration's `ignores` covers this article. */
  isIgnored(filePath: string): boolean {
    const abs = path.resolve(filePath);
    return this.chainFor(path.dirname(abs)).some((c) => c.ignores.some((m) => m(toPosix(path.relative(c.dir, abs)))));
  }

  private chainFor(dir: string): ParsedFile[] {
    if (this.options.explicit) return [this.load(path.resolve(this.options.explicit), [])];
    if (this.options.noLookup) return [];
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const parent = path.dirname(dir);
    const atRoot = parent === dir || fs.existsSync(path.join(dir, '.git'));
    const above = atRoot ? [] : this.chainFor(parent);
    const here = path.join(dir, CONFIG_FILE);
    const chain = fs.existsSync(here) ? [...above, this.load(here, [])] : above;
    this.chains.set(dir, chain);
    return chain;
  }

  private load(file: string, seen: string[]): ParsedFile {
    const cached = this.parsed.get(file);
    if (cached) return cached;
    if (seen.includes(file)) {
      throw new ConfigError([{ file, line: 1, column: 1, offset: 0, length: 0, message: { vi: `"extends" tạo vòng lặp: ${[...seen, file].join(' → ')}.`, en: `"extends" loops: ${[...seen, file].join(' → ')}.` } }]);
    }
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const from = seen[seen.length - 1];
      throw new ConfigError([
        {
          file: from ?? file,
          line: 1,
          column: 1,
          offset: 0,
          length: 0,
          message:
            code === 'ENOENT'
              ? { vi: `Không tìm thấy tệp cấu hình ${file}.`, en: `Configuration file not found: ${file}.` }
              : { vi: `Không đọc được tệp cấu hình ${file} (${code}).`, en: `Cannot read the configuration file ${file} (${code}).` },
        },
      ]);
    }
    const { raw, problems } = parseConfigText(file, text, this.rules);
    if (problems.length) throw new ConfigError(problems);
    const ext = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    const inherited = ext.map((e) => this.load(path.resolve(path.dirname(file), e), [...seen, file]));
    const { extends: _e, overrides, ignores, $schema: _s, ...own } = raw;
    const glob = (patterns: string | string[]): Matcher => {
      const list = (Array.isArray(patterns) ? patterns : [patterns]).map((g) => (g.endsWith('/') ? `${g}**` : g));
      return picomatch(list, { dot: true, basename: list.every((g) => !g.includes('/')) });
    };
    const parsed: ParsedFile = {
      file,
      dir: path.dirname(file),
      layers: [
        ...inherited.flatMap((p) => p.layers),
        { body: own },
        ...(overrides ?? []).map((o) => {
          const { files, excludedFiles, ...body } = o as UserConfig & { files: string | string[]; excludedFiles?: string | string[] };
          const inc = glob(files);
          const exc = excludedFiles ? glob(excludedFiles) : () => false;
          return { match: (rel: string) => inc(rel) && !exc(rel), body };
        }),
      ],
      ignores: [...inherited.flatMap((p) => p.ignores), ...(ignores ?? []).map((g) => glob(g))],
    };
    this.parsed.set(file, parsed);
    return parsed;
  }
}
