/** The editor settings, translated into the engine's configuration layer (beneath every .vnstyle.json). */
import * as vscode from 'vscode';
import type { Lang } from '../core/types';
import type { UserConfig, ProfileName } from '../core/config';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  languages: string[];
  lang: Lang;
  /** The settings as a configuration layer: built-in profile < these < .vnstyle.json files. */
  base: UserConfig;
}

export function readSettings(resource?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('vnstyle', resource);
  const messageLanguage = c.get<string>('messageLanguage', 'vi');
  const lang: Lang = messageLanguage === 'auto' ? (vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en') : messageLanguage === 'en' ? 'en' : 'vi';
  const base: UserConfig = {};
  const profile = c.get<string>('profile');
  if (profile) base.profile = profile as ProfileName;
  const rules = c.get<Record<string, string>>('rules', {});
  if (rules && Object.keys(rules).length) base.rules = rules as UserConfig['rules'];
  const abbreviations = c.get<Record<string, string | string[]>>('abbreviations', {});
  if (abbreviations && Object.keys(abbreviations).length) base.abbreviations = abbreviations;
  const byline = c.get<string>('byline.default', '');
  if (byline) base.byline = { default: byline };
  return {
    enable: c.get<boolean>('enable', true),
    run: c.get<'onType' | 'onSave'>('run', 'onType'),
    languages: c.get<string[]>('languages', ['markdown', 'plaintext', 'vietnamese-article']),
    lang,
    base,
  };
}
