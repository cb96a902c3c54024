/**
 * The client's settings (section `vnstyle`, the names of the VS Code settings), read through
 * `workspace/configuration` per document when the client offers it, else from
 * `initializationOptions` and `workspace/didChangeConfiguration`. They become the
 * configuration layer beneath every .vnstyle.json, as in the command.
 */
import type { Lang } from '../core/types';
import type { ProfileName, UserConfig } from '../core/config';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /**
   * Language ids checked (documents of other languages get no findings). Unset: every document
   * the client sends (an editor attaches the server to the buffers it chooses; VS Code sends all
   * and sets vnstyle.languages).
   */
  languages: string[] | undefined;
  lang: Lang;
  /** The settings as a configuration layer: built-in profile < these < .vnstyle.json files. */
  base: UserConfig;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read a `vnstyle` section. Accepts the section itself or an object holding it under `vnstyle`
 * (clients differ), and `byline.default` nested or dotted. `locale` decides `messageLanguage: "auto"`.
 */
export function parseSettings(raw: unknown, locale: string | undefined): Settings {
  const s = isObject(raw) && isObject(raw.vnstyle) ? raw.vnstyle : isObject(raw) ? raw : {};
  const messageLanguage = s.messageLanguage;
  const lang: Lang = messageLanguage === 'en' ? 'en' : messageLanguage === 'auto' ? (locale?.toLowerCase().startsWith('vi') ? 'vi' : 'en') : 'vi';
  const base: UserConfig = {};
  if (typeof s.profile === 'string' && s.profile) base.profile = s.profile as ProfileName;
  if (isObject(s.rules) && Object.keys(s.rules).length) base.rules = s.rules as UserConfig['rules'];
  if (isObject(s.abbreviations) && Object.keys(s.abbreviations).length) base.abbreviations = s.abbreviations as UserConfig['abbreviations'];
  if (Array.isArray(s.allow) && s.allow.length) base.allow = s.allow as string[];
  const byline = isObject(s.byline) ? s.byline.default : s['byline.default'];
  if (typeof byline === 'string' && byline) base.byline = { default: byline };
  return {
    enable: s.enable !== false,
    run: s.run === 'onSave' ? 'onSave' : 'onType',
    languages: Array.isArray(s.languages) ? (s.languages as string[]) : undefined,
    lang,
    base,
  };
}
