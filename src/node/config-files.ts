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
import { parseTree, findNodeAtLocation, printParseErrorCode, stripComments, ParseError, Node as JsonNode } from 'jsonc-parser';
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
  layers: Array<{ body: UserConfig; match?: Matcher; source: string; override?: number }>;
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
  /** How files are read (default: this machine's file system; the language server in a web worker reads through its client). */
  host?: ConfigHost;
}

/**
 * File access for the cascade. `readFile` throws an error with `code` 'ENOENT' for a missing
 * file (other codes for other failures); an error without `code` is not a file problem and
 * passes through untouched.
 */
export interface ConfigHost {
  readFile(file: string): string;
  exists(file: string): boolean;
}

export const nodeConfigHost: ConfigHost = {
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  exists: (file) => fs.existsSync(file),
};

/** One layer of the merge, in the order applied: settings, each file's layers (farthest file first), flags. */
export interface ConfigLayer {
  /** 'base' (editor settings), 'flags' (command line), or the configuration file that says it (an extended file for what it brings). */
  source: string;
  /** Index in that file's `overrides` when the layer is one of them. */
  override?: number;
  body: UserConfig;
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
  // A file with nothing but blanks and comments is said to be empty, not "ValueExpected".
  const problems: ConfigProblem[] = (!tree && !stripComments(source).trim() ? [] : errors).map((e) => ({
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

  private readonly host: ConfigHost;

  constructor(
    private readonly rules: readonly Rule[],
    private readonly options: ConfigOptions = {},
  ) {
    this.host = options.host ?? nodeConfigHost;
  }

  /** The effective configuration for an article. Throws ConfigError on a broken file. */
  forFile(filePath: string): EffectiveConfig {
    let user: UserConfig = {};
    for (const layer of this.layersFor(filePath)) user = mergeConfig(user, layer.body);
    return { config: resolveConfig(user, this.rules), user, files: this.chainFor(path.dirname(path.resolve(filePath))).map((c) => c.file) };
  }

  /** What `forFile` merges, layer by layer (to tell where each value comes from). */
  layersFor(filePath: string): ConfigLayer[] {
    const abs = path.resolve(filePath);
    const layers: ConfigLayer[] = [{ source: 'base', body: { ...this.options.base } }];
    for (const c of this.chainFor(path.dirname(abs))) {
      const rel = toPosix(path.relative(c.dir, abs));
      for (const { match, ...layer } of c.layers) if (!match || match(rel)) layers.push(layer);
    }
    if (this.options.flags) layers.push({ source: 'flags', body: this.options.flags });
    return layers;
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
    const atRoot = parent === dir || this.host.exists(path.join(dir, '.git'));
    const above = atRoot ? [] : this.chainFor(parent);
    const here = path.join(dir, CONFIG_FILE);
    const chain = this.host.exists(here) ? [...above, this.load(here, [])] : above;
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
      text = this.host.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === undefined) throw e;
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
        { body: own, source: file },
        ...(overrides ?? []).map((o, i) => {
          const { files, excludedFiles, ...body } = o as UserConfig & { files: string | string[]; excludedFiles?: string | string[] };
          const inc = glob(files);
          const exc = excludedFiles ? glob(excludedFiles) : () => false;
          return { match: (rel: string) => inc(rel) && !exc(rel), body, source: file, override: i };
        }),
      ],
      ignores: [...inherited.flatMap((p) => p.ignores), ...(ignores ?? []).map((g) => glob(g))],
    };
    this.parsed.set(file, parsed);
    return parsed;
  }
}
