/**
 * Configuration for a document: the command's `.vnstyle.json` cascade (src/node/config-files),
 * so the editor and CI agree, over files read through a FileAccess. The cascade is synchronous;
 * file access may not be (a web worker asks its client), so a lookup runs the cascade over what
 * has been read so far and, when it needs a file not read yet, reads it and runs again.
 */
import * as path from 'node:path';
import { RULES } from '../core/rules';
import { validateConfig, type UserConfig } from '../core/config';
import { ConfigError, ConfigResolver, CONFIG_FILE, type ConfigHost, type ConfigLayer, type ConfigProblem, type EffectiveConfig } from '../node/config-files';
import type { FileAccess } from './files';

/** Thrown by the cache host for a file not read yet (no `code`: the cascade lets it through). */
class NotRead extends Error {
  constructor(
    readonly file: string,
    readonly want: 'exists' | 'read',
  ) {
    super(`not read yet: ${file}`);
  }
}

export type Resolution = { ok: true; effective: EffectiveConfig; layers: ConfigLayer[]; path: string | undefined } | { ok: false; problems: ConfigProblem[] };

export class ConfigStore {
  private readonly known = new Map<string, { exists: boolean; text?: string }>();
  private readonly resolvers = new Map<string, ConfigResolver>();
  private readonly host: ConfigHost = {
    exists: (file) => {
      const k = this.known.get(file);
      if (!k) throw new NotRead(file, 'exists');
      return k.exists;
    },
    readFile: (file) => {
      const k = this.known.get(file);
      if (!k || (k.exists && k.text === undefined)) throw new NotRead(file, 'read');
      if (!k.exists) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return k.text!;
    },
  };

  constructor(
    private readonly files: FileAccess,
    private readonly roots: () => string[],
  ) {}

  /**
   * Where a document sits for the cascade: its own path, or (untitled, another scheme) a file
   * at the root of the first workspace folder, so the project's configuration applies.
   */
  placeOf(uri: string, languageId: string): { path: string; real: boolean } | undefined {
    const own = this.files.pathOf(uri);
    if (own) return { path: own, real: true };
    const root = this.roots()[0];
    return root ? { path: path.join(root, languageId === 'markdown' ? 'untitled.md' : 'untitled.txt'), real: false } : undefined;
  }

  /** Problems in the settings themselves (checked like a file). */
  settingsProblems(base: UserConfig): string[] {
    return validateConfig(base, RULES).map((p) => `vnstyle.${p.path.join('.')}: ${p.message.en}`);
  }

  async resolve(uri: string, languageId: string, base: UserConfig): Promise<Resolution> {
    const place = this.placeOf(uri, languageId);
    const resolver = this.resolverFor(base, !place);
    try {
      return await this.run(() => {
        const file = place?.path ?? '/untitled.txt';
        return { ok: true as const, effective: resolver.forFile(file), layers: resolver.layersFor(file), path: place?.real ? place.path : undefined };
      });
    } catch (e) {
      if (e instanceof ConfigError) return { ok: false, problems: e.problems };
      throw e;
    }
  }

  async isIgnored(filePath: string, base: UserConfig): Promise<boolean> {
    try {
      return await this.run(() => this.resolverFor(base, false).isIgnored(filePath));
    } catch (e) {
      if (e instanceof ConfigError) return false; // reported when the configuration is resolved
      throw e;
    }
  }

  /** The configuration file to write a project decision into: the nearest one, else one at the workspace folder's root. */
  async targetFor(filePath: string): Promise<string> {
    const effective = await this.run(() => this.resolverFor({}, false).forFile(filePath));
    const nearest = effective.files[effective.files.length - 1];
    if (nearest) return nearest;
    const root = this.roots()
      .filter((r) => !path.relative(r, filePath).startsWith('..'))
      .sort((a, b) => b.length - a.length)[0];
    return path.join(root ?? path.dirname(filePath), CONFIG_FILE);
  }

  /** True when a changed file is one the configuration was read from (or may now be). */
  concerns(file: string): boolean {
    return path.basename(file) === CONFIG_FILE || this.known.has(file);
  }

  /** Forget everything read (a configuration file or the settings changed). */
  invalidate(): void {
    this.known.clear();
    this.resolvers.clear();
  }

  private resolverFor(base: UserConfig, noLookup: boolean): ConfigResolver {
    const key = `${noLookup}\u0000${JSON.stringify(base)}`;
    let r = this.resolvers.get(key);
    if (!r) this.resolvers.set(key, (r = new ConfigResolver(RULES, { base, noLookup, host: this.host })));
    return r;
  }

  /** Run a cascade lookup, reading the files it asks for until it has them all. */
  private async run<T>(lookup: () => T): Promise<T> {
    for (let reads = 0; ; reads++) {
      try {
        return lookup();
      } catch (e) {
        if (!(e instanceof NotRead) || reads > 1000) throw e;
        if (e.want === 'exists' && !e.file.endsWith(CONFIG_FILE)) {
          this.known.set(e.file, { exists: await this.files.exists(e.file) });
        } else {
          const text = await this.files.read(e.file);
          this.known.set(e.file, text === undefined ? { exists: false } : { exists: true, text });
        }
      }
    }
  }
}
