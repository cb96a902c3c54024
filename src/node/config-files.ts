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
import { LIMITS } from '../core/limits';
import { readRegularFile, ReadError } from './text-file';

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
  /**
   * Folders `extends` may also read from (--allow-extends). By default a file extends only files
   * inside its repository (or its own folder outside a repository).
   */
  allowExtends?: string[];
  /** The workspace is not trusted (the editor's Restricted Mode): `allowExtends` is ignored. */
  untrusted?: boolean;
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
  // Regular files only, bounded, never blocking (a FIFO or /dev/zero named by "extends").
  readFile: (file) => new TextDecoder('utf-8').decode(readRegularFile(file, LIMITS.configBytes)),
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
  const deep = tooDeep(source, LIMITS.jsonDepth);
  if (deep >= 0)
    return {
      raw: {},
      problems: [
        {
          file,
          ...location(source, deep),
          offset: deep,
          length: 1,
          message: {
            vi: `Lồng quá ${LIMITS.jsonDepth} cấp mảng, đối tượng; cấu hình vnstyle không cần sâu như vậy.`,
            en: `Nested more than ${LIMITS.jsonDepth} levels of arrays and objects; a vnstyle configuration never needs that.`,
          },
        },
      ],
    };
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
    if (!tree && !problems.length)
      problems.push({ file, line: 1, column: 1, offset: 0, length: 0, message: { vi: 'Tệp cấu hình rỗng.', en: 'The configuration file is empty.' } });
    return { raw: {}, problems };
  }
  // Keys that would reach Object.prototype when the file becomes an object: refused where they are.
  for (const key of forbiddenKeys(tree))
    problems.push({
      file,
      ...location(source, key.offset),
      offset: key.offset,
      length: key.length,
      message: { vi: `Khóa "${key.value}" không được phép.`, en: `The key "${key.value}" is not allowed.` },
    });
  if (problems.length) return { raw: {}, problems };
  const raw = nodeValue(tree) as UserConfig;
  // A file that is not a vnstyle configuration (a wrong "extends") is never quoted in messages.
  const quotable = isVnstyleConfigName(file);
  for (const p of validateConfig(raw, rules)) {
    let node: JsonNode | undefined = findNodeAtLocation(tree, p.path) ?? tree;
    if (p.atKey && node.parent?.type === 'property') node = node.parent.children![0];
    const message = quotable
      ? p.message
      : {
          vi: 'Nội dung không phải cấu hình vnstyle (không trích dẫn giá trị của tệp này).',
          en: 'Not vnstyle configuration (values of this file are not quoted).',
        };
    problems.push({ file, ...location(source, node.offset), offset: node.offset, length: node.length, message });
  }
  return { raw, problems };
}

/** `.vnstyle.json`, or a shared file named after vnstyle (`vnstyle-newsroom.json`): its values may be quoted. */
export function isVnstyleConfigName(file: string): boolean {
  return /^(?:\.vnstyle\.json|.*vnstyle.*\.json)$/i.test(path.basename(file));
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeys(node: JsonNode): JsonNode[] {
  const out: JsonNode[] = [];
  const visit = (n: JsonNode) => {
    if (n.type === 'property' && n.children?.[0] && FORBIDDEN_KEYS.has(n.children[0].value as string)) out.push(n.children[0]);
    for (const c of n.children ?? []) visit(c);
  };
  visit(node);
  return out;
}

/** Offset of the first bracket nested deeper than `max` (strings and comments skipped), or -1. Checked before parsing, which recurses. */
export function tooDeep(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
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

  /**
   * `extends` stays inside the repository of the file that names it (its own folder outside a
   * repository), or a folder --allow-extends names (not in an untrusted workspace): a shared
   * configuration cannot read any file on the machine.
   */
  private checkExtendsTarget(from: string, target: string, fail: (m: Localized) => ConfigError): void {
    const real = (p: string) => {
      try {
        return fs.realpathSync(p);
      } catch {
        return path.resolve(p);
      }
    };
    const inside = (dir: string, p: string) => {
      const rel = path.relative(dir, p);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    };
    let root = path.dirname(real(from));
    for (let d = root; ; d = path.dirname(d)) {
      if (this.host.exists(path.join(d, '.git'))) {
        root = d;
        break;
      }
      if (path.dirname(d) === d) break;
    }
    const allowed = [root, ...(this.options.untrusted ? [] : (this.options.allowExtends ?? []).map(real))];
    const t = real(target);
    if (allowed.some((dir) => inside(dir, t))) return;
    throw fail({
      vi: `"extends" trỏ tới ${target}, nằm ngoài ${root}; vnstyle chỉ đọc cấu hình trong kho (hoặc thư mục của tệp). ${this.options.untrusted ? 'Thư mục làm việc chưa được tin cậy.' : 'Nếu tin tệp này, hãy chạy với --allow-extends THƯ-MỤC.'}`,
      en: `"extends" points to ${target}, outside ${root}; vnstyle reads configuration inside the repository (or the file's folder) only. ${this.options.untrusted ? 'The workspace is not trusted.' : 'If you trust that file, run with --allow-extends FOLDER.'}`,
    });
  }

  private load(file: string, seen: string[]): ParsedFile {
    const cached = this.parsed.get(file);
    if (cached) return cached;
    if (seen.includes(file)) {
      throw new ConfigError([
        {
          file,
          line: 1,
          column: 1,
          offset: 0,
          length: 0,
          message: { vi: `"extends" tạo vòng lặp: ${[...seen, file].join(' → ')}.`, en: `"extends" loops: ${[...seen, file].join(' → ')}.` },
        },
      ]);
    }
    const from = seen[seen.length - 1];
    const fail = (message: Localized) => new ConfigError([{ file: from ?? file, line: 1, column: 1, offset: 0, length: 0, message }]);
    if (from) this.checkExtendsTarget(from, file, fail);
    let text: string;
    try {
      text = this.host.readFile(file);
    } catch (e) {
      if (e instanceof ReadError) {
        const m: Record<string, Localized> = {
          missing: { vi: `Không tìm thấy tệp cấu hình ${file}.`, en: `Configuration file not found: ${file}.` },
          'not-regular': {
            vi: `${file} không phải tệp thường (${e.detail}); "extends" và --config chỉ đọc tệp JSON thường.`,
            en: `${file} is not a regular file (a ${e.detail}); "extends" and --config read regular JSON files only.`,
          },
          'too-large': {
            vi: `Tệp cấu hình ${file} lớn hơn ${LIMITS.configBytes} byte; đó không phải cấu hình vnstyle.`,
            en: `The configuration file ${file} is larger than ${LIMITS.configBytes} bytes; that is no vnstyle configuration.`,
          },
          directory: { vi: `${file} là thư mục, không phải tệp cấu hình.`, en: `${file} is a folder, not a configuration file.` },
        };
        throw fail(
          m[e.problem] ?? { vi: `Không đọc được tệp cấu hình ${file} (${e.detail}).`, en: `Cannot read the configuration file ${file} (${e.detail}).` },
        );
      }
      const code = (e as NodeJS.ErrnoException).code;
      if (code === undefined) throw e;
      throw fail(
        code === 'ENOENT'
          ? { vi: `Không tìm thấy tệp cấu hình ${file}.`, en: `Configuration file not found: ${file}.` }
          : { vi: `Không đọc được tệp cấu hình ${file} (${code}).`, en: `Cannot read the configuration file ${file} (${code}).` },
      );
    }
    const { raw, problems } = parseConfigText(file, text, this.rules);
    if (problems.length) throw new ConfigError(problems);
    const ext = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    const inherited = ext.map((e) => this.load(path.resolve(path.dirname(file), e), [...seen, file]));
    const { extends: _e, overrides, ignores, $schema: _s, ...own } = raw;
    // Globs are checked by validateConfig (globProblem): at most 3 * per segment, no extglob.
    const glob = (patterns: string | string[]): Matcher => {
      const list = (Array.isArray(patterns) ? patterns : [patterns]).map((g) => (g.endsWith('/') ? `${g}**` : g));
      return picomatch(list, { dot: true, noextglob: true, basename: list.every((g) => !g.includes('/')) });
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
