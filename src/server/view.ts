/**
 * "Show configuration": the effective configuration of a document as JSON with comments, each
 * value followed by where it comes from (the profile, the editor settings, which .vnstyle.json
 * and which of its overrides, or the default). Read-only: the client shows it as such.
 */
import type { Lang } from '../core/types';
import { PROFILE_DATA, type UserConfig } from '../core/config';
import { AbbreviationDictionary } from '../core/dictionary';
import type { ConfigLayer, ConfigProblem, EffectiveConfig } from '../node/config-files';
import { msg } from './messages';

export function configurationView(file: string, effective: EffectiveConfig, layers: ConfigLayer[], lang: Lang): string {
  const cfg = effective.config;
  const origin = (layer: ConfigLayer | undefined, fallback: string): string => {
    if (!layer) return fallback;
    if (layer.source === 'base') return msg(lang, 'originSettings');
    if (layer.source === 'flags') return msg(lang, 'originFlags');
    return layer.override === undefined ? layer.source : msg(lang, 'originOverride', { file: layer.source, index: layer.override });
  };
  /** The last layer that sets a value. */
  const setBy = (pick: (body: UserConfig) => unknown) => [...layers].reverse().find((l) => pick(l.body) !== undefined);
  const profileOrigin = msg(lang, 'originProfile', { profile: cfg.profile });

  const out: string[] = [];
  const line = (indent: number, key: string, value: unknown, comment: string, last: boolean) =>
    out.push(`${'  '.repeat(indent)}${JSON.stringify(key)}: ${JSON.stringify(value)}${last ? '' : ','} // ${comment}`);
  const order = [profileOrigin, ...layers.filter((l) => Object.keys(l.body).length || l.source !== 'base').map((l) => origin(l, ''))];

  out.push(`// ${msg(lang, 'viewTitle', { file })}`);
  out.push(`// ${msg(lang, 'viewOrder', { layers: order.join(' → ') })}`);
  out.push(`// ${msg(lang, 'viewReadOnly')}`);
  out.push('{');
  line(
    1,
    'profile',
    cfg.profile,
    origin(
      setBy((b) => b.profile),
      msg(lang, 'originDefault'),
    ),
    false,
  );
  out.push(`  "configFiles": ${JSON.stringify(effective.files)},`);

  out.push('  "house": {');
  const houseKeys = Object.keys(cfg.house) as Array<keyof typeof cfg.house>;
  houseKeys.forEach((k, i) =>
    line(
      2,
      k,
      cfg.house[k],
      origin(
        setBy((b) => b.house?.[k]),
        profileOrigin,
      ),
      i === houseKeys.length - 1,
    ),
  );
  out.push('  },');

  out.push('  "rules": {');
  const ids = Object.keys(cfg.rules);
  ids.forEach((id, i) => {
    const rc = cfg.rules[id];
    const value = Object.keys(rc.options).length ? { severity: rc.severity, options: rc.options } : { severity: rc.severity };
    const fallback = PROFILE_DATA[cfg.profile].rules[id] !== undefined ? profileOrigin : msg(lang, 'originRuleDefault');
    line(
      2,
      id,
      value,
      origin(
        setBy((b) => b.rules?.[id]),
        fallback,
      ),
      i === ids.length - 1,
    );
  });
  out.push('  },');

  out.push(`  // ${msg(lang, 'viewBuiltIn', { n: AbbreviationDictionary.builtInSize })}`);
  out.push('  "abbreviations": {');
  const abbrs = Object.keys(cfg.abbreviations);
  abbrs.forEach((a, i) =>
    line(
      2,
      a,
      cfg.abbreviations[a],
      origin(
        setBy((b) => b.abbreviations?.[a]),
        '',
      ),
      i === abbrs.length - 1,
    ),
  );
  out.push('  },');

  out.push('  "allow": [');
  cfg.allow.forEach((a, i) =>
    out.push(
      `    ${JSON.stringify(a)}${i === cfg.allow.length - 1 ? '' : ','} // ${origin(
        setBy((b) => (b.allow?.includes(a) ? a : undefined)),
        '',
      )}`,
    ),
  );
  out.push('  ],');

  out.push('  "byline": {');
  line(
    2,
    'default',
    cfg.byline.default,
    origin(
      setBy((b) => b.byline?.default),
      msg(lang, 'originDefault'),
    ),
    true,
  );
  out.push('  }');
  out.push('}');
  return out.join('\n') + '\n';
}

export function problemsView(file: string, problems: ConfigProblem[], lang: Lang): string {
  return [
    `// ${msg(lang, 'viewTitle', { file })}`,
    `// ${msg(lang, 'viewProblems')}`,
    ...problems.map((p) => `//   ${p.file}:${p.line}:${p.column}: ${p.message[lang]}`),
    '{}',
    '',
  ].join('\n');
}
