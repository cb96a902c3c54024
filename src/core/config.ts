/**
 * Configuration: the three built-in profiles, the house choices, per-rule severity and
 * options, and the validation of a user's configuration object (pure: the Node layer
 * reads files, resolves `extends` and `overrides`, and maps problems to file positions).
 */
import type { Localized, SeverityOrOff } from './types';
import type { OptionSchema, Rule } from './rule';
import profilesData from '../data/profiles.json';
import { closest } from './text/closest';

export const PROFILES = ['recommended', 'party-press', 'commercial'] as const;
export type ProfileName = (typeof PROFILES)[number];

/** House choices (RULES.md principle 2): where outlets legitimately differ. */
export interface House {
  toneStyle: 'old' | 'new' | 'consistent';
  dateSeparator: '/' | '-' | '.' | 'consistent';
  datePadding: 'none' | 'pad' | 'consistent';
  rangeStyle: 'spaced' | 'unspaced' | 'consistent';
  timeStyle: 'h' | 'gio' | 'colon' | 'consistent';
  datelinePattern: string | null;
  hcmcForm: 'TP.HCM' | 'TP HCM' | 'TPHCM' | 'TP Hồ Chí Minh' | 'Thành phố Hồ Chí Minh' | 'consistent';
  quotes: 'curly' | 'straight' | 'consistent';
  bylineCase: 'title' | 'upper' | 'any';
  districtAbbreviation: 'allow' | 'forbid';
}

export const HOUSE_SCHEMA: { [K in keyof House]: { enum?: string[]; nullable?: boolean; description: Localized } } = {
  toneStyle: {
    enum: ['old', 'new', 'consistent'],
    description: {
      vi: 'Kiểu đặt dấu thanh: "old" (hòa, thủy, khóa), "new" (hoà, thuỷ, khoá) hay "consistent" (nhất quán trong bài).',
      en: 'Tone-mark placement: "old" (hòa, thủy, khóa), "new" (hoà, thuỷ, khoá) or "consistent" (one style per article).',
    },
  },
  dateSeparator: {
    enum: ['/', '-', '.', 'consistent'],
    description: {
      vi: 'Dấu phân cách ngày tháng trong bài: 17/7, 17-7, 17.7 hay nhất quán.',
      en: 'Date separator in body text: 17/7, 17-7, 17.7 or consistent.',
    },
  },
  datePadding: {
    enum: ['none', 'pad', 'consistent'],
    description: {
      vi: 'Số 0 đứng trước ngày, tháng dưới 10 trong bài: "none" (7/7/2017), "pad" (07/07/2017) hay nhất quán.',
      en: 'Leading zero on days and months below 10 in body text: "none" (7/7/2017), "pad" (07/07/2017) or consistent.',
    },
  },
  rangeStyle: {
    enum: ['spaced', 'unspaced', 'consistent'],
    description: {
      vi: 'Khoảng số: "spaced" (2016 - 2020), "unspaced" (2016-2020) hay nhất quán.',
      en: 'Number ranges: "spaced" (2016 - 2020), "unspaced" (2016-2020) or consistent.',
    },
  },
  timeStyle: {
    enum: ['h', 'gio', 'colon', 'consistent'],
    description: {
      vi: 'Cách viết giờ: "h" (7h39), "gio" (7 giờ 39), "colon" (07:39) hay nhất quán.',
      en: 'Times: "h" (7h39), "gio" (7 giờ 39), "colon" (07:39) or consistent.',
    },
  },
  datelinePattern: {
    nullable: true,
    description: {
      vi: 'Mẫu dòng thời gian dưới tít, ví dụ "dd/MM/yyyy - HH:mm" (EEEE = thứ, dd/d ngày, MM/M tháng, yyyy năm, HH/H giờ, mm phút). null: không áp mẫu.',
      en: 'Pattern of the dateline under the title, e.g. "dd/MM/yyyy - HH:mm" (EEEE weekday, dd/d day, MM/M month, yyyy year, HH/H hour, mm minute). null: no pattern.',
    },
  },
  hcmcForm: {
    enum: ['TP.HCM', 'TP HCM', 'TPHCM', 'TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'consistent'],
    description: { vi: 'Cách viết Thành phố Hồ Chí Minh.', en: 'How Ho Chi Minh City is written.' },
  },
  quotes: {
    enum: ['curly', 'straight', 'consistent'],
    description: { vi: 'Dấu ngoặc kép: cong “…”, thẳng "…" hay nhất quán.', en: 'Quotation marks: curly “…”, straight "…" or consistent.' },
  },
  bylineCase: {
    enum: ['title', 'upper', 'any'],
    description: {
      vi: 'Chữ ký tác giả: viết hoa chữ đầu (Quốc Hùng), viết hoa toàn bộ (QUỐC HÙNG) hay tùy.',
      en: 'Byline case: title case (Quốc Hùng), all capitals (QUỐC HÙNG) or either.',
    },
  },
  districtAbbreviation: {
    enum: ['allow', 'forbid'],
    description: { vi: 'Cho phép viết tắt "Q.1", "P.5" trong bài hay không.', en: 'Whether "Q.1", "P.5" may be written in body text.' },
  },
};

export type RuleSetting = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>];

/** The shape of a `.vnstyle.json` (and of the editor settings, translated). */
export interface UserConfig {
  $schema?: string;
  profile?: ProfileName;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  abbreviations?: Record<string, string | string[]>;
  allow?: string[];
  byline?: { default?: string };
  house?: Partial<House>;
  overrides?: Array<UserConfig & { files: string | string[] }>;
  ignores?: string[];
}

export interface RuleConfig {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  profile: ProfileName;
  house: House;
  rules: Record<string, RuleConfig>;
  abbreviations: Record<string, string | string[]>;
  allow: string[];
  byline: { default: string | null };
}

interface ProfileData {
  description: Localized;
  house: House;
  rules: Record<string, SeverityOrOff>;
}

export const PROFILE_DATA = profilesData as unknown as Record<ProfileName, ProfileData>;

/** Merge `over` into `base` key by key (rules, abbreviations, house and byline by entry; allow added up). */
export function mergeConfig(base: UserConfig, over: UserConfig): UserConfig {
  const out: UserConfig = { ...base };
  if (over.profile !== undefined) out.profile = over.profile;
  if (over.rules) out.rules = { ...base.rules, ...over.rules };
  if (over.abbreviations) out.abbreviations = { ...base.abbreviations, ...over.abbreviations };
  if (over.house) out.house = { ...base.house, ...over.house };
  if (over.byline) out.byline = { ...base.byline, ...over.byline };
  if (over.allow) out.allow = [...(base.allow ?? []), ...over.allow];
  if (over.ignores) out.ignores = [...(base.ignores ?? []), ...over.ignores];
  return out;
}

function severityOf(setting: RuleSetting): SeverityOrOff {
  return Array.isArray(setting) ? setting[0] : setting;
}

export function optionDefaults(rule: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(rule.meta.options ?? {})) out[k] = s.default;
  return out;
}

/** The effective configuration: profile, then the user's choices on top. */
export function resolveConfig(user: UserConfig, rules: readonly Rule[]): ResolvedConfig {
  const profile: ProfileName = user.profile && PROFILES.includes(user.profile) ? user.profile : 'recommended';
  const p = PROFILE_DATA[profile];
  const resolved: ResolvedConfig = {
    profile,
    house: { ...p.house, ...user.house },
    rules: {},
    abbreviations: { ...user.abbreviations },
    allow: [...(user.allow ?? [])],
    byline: { default: user.byline?.default ?? null },
  };
  for (const rule of rules) {
    const setting = user.rules?.[rule.id];
    const severity = setting !== undefined ? severityOf(setting) : (p.rules[rule.id] ?? rule.meta.severity);
    const options = { ...optionDefaults(rule), ...(Array.isArray(setting) && setting[1] ? setting[1] : {}) };
    resolved.rules[rule.id] = { severity, options };
  }
  return resolved;
}

/** A problem in a configuration object, at a JSON path (the Node layer turns it into line:column). */
export interface ConfigProblem {
  path: Array<string | number>;
  /** Points at the property name rather than its value (unknown keys). */
  atKey?: boolean;
  message: Localized;
}

const SEVERITIES = ['off', 'info', 'warning', 'error'];
const TOP_KEYS = ['$schema', 'profile', 'extends', 'rules', 'abbreviations', 'allow', 'byline', 'house', 'overrides', 'ignores'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'profile', 'rules', 'abbreviations', 'allow', 'byline', 'house'];

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Check a configuration object against the schema the rules declare. */
export function validateConfig(raw: unknown, rules: readonly Rule[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (path: Array<string | number>, vi: string, en: string, atKey = false) => problems.push({ path, message: { vi, en }, atKey });
  if (typeName(raw) !== 'object') {
    add([], 'Cấu hình phải là một đối tượng JSON ({ … }).', 'The configuration must be a JSON object ({ … }).');
    return problems;
  }
  validateBody(raw as Record<string, unknown>, [], TOP_KEYS, rules, add);
  const overrides = (raw as Record<string, unknown>).overrides;
  if (overrides !== undefined) {
    if (!Array.isArray(overrides))
      add(['overrides'], `"overrides" phải là một mảng, không phải ${typeName(overrides)}.`, `"overrides" must be an array, not ${typeName(overrides)}.`);
    else
      overrides.forEach((o, i) => {
        if (typeName(o) !== 'object')
          return add(['overrides', i], 'Mỗi mục của "overrides" phải là một đối tượng.', 'Each "overrides" entry must be an object.');
        const files = (o as Record<string, unknown>).files;
        if (files === undefined)
          add(['overrides', i], 'Mục "overrides" thiếu khóa "files" (mẫu đường dẫn).', 'The "overrides" entry lacks "files" (path globs).');
        else if (!isStringOrStrings(files))
          add(['overrides', i, 'files'], '"files" phải là chuỗi hoặc mảng chuỗi.', '"files" must be a string or an array of strings.');
        else checkGlobs(files, ['overrides', i, 'files'], add);
        const excluded = (o as Record<string, unknown>).excludedFiles;
        if (excluded !== undefined && !isStringOrStrings(excluded))
          add(['overrides', i, 'excludedFiles'], '"excludedFiles" phải là chuỗi hoặc mảng chuỗi.', '"excludedFiles" must be a string or an array of strings.');
        else if (excluded !== undefined) checkGlobs(excluded, ['overrides', i, 'excludedFiles'], add);
        validateBody(o as Record<string, unknown>, ['overrides', i], OVERRIDE_KEYS, rules, add);
      });
  }
  return problems;
}

/**
 * Why a glob is refused, or null. Globs are compiled to regular expressions (picomatch), whose
 * cost on a long file name grows with the number of `*` in one segment (`*a*a*a*a*…b` takes
 * minutes): at most 3 per segment (a `**` segment aside), 256 characters, no extglob.
 */
export function globProblem(glob: string): Localized | null {
  if (glob.length > 256) return { vi: `Mẫu đường dẫn dài ${glob.length} ký tự, quá 256.`, en: `The glob is ${glob.length} characters long, over 256.` };
  if (/[@!?+*]\(/.test(glob))
    return {
      vi: `Mẫu "${glob}" dùng extglob (@(…), !(…), +(…)…), vnstyle không hỗ trợ; hãy viết nhiều mẫu.`,
      en: `The glob "${glob}" uses an extglob (@(…), !(…), +(…)…), which vnstyle does not support; write several globs instead.`,
    };
  for (const seg of glob.split('/')) {
    if (seg === '**') continue;
    const stars = (seg.match(/\*/g) ?? []).length;
    if (stars > 3)
      return {
        vi: `Mẫu "${glob}" có ${stars} dấu * trong một đoạn; tối đa 3 (mẫu nhiều * khớp rất chậm với tên tệp dài).`,
        en: `The glob "${glob}" has ${stars} * in one segment; at most 3 (such globs take very long on long file names).`,
      };
  }
  return null;
}

function isStringOrStrings(v: unknown): boolean {
  return typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
}

type Add = (path: Array<string | number>, vi: string, en: string, atKey?: boolean) => void;

function checkGlobs(globs: unknown, at: Array<string | number>, add: Add): void {
  (Array.isArray(globs) ? globs : [globs]).forEach((g, i) => {
    const p = globProblem(g as string);
    if (p) add(Array.isArray(globs) ? [...at, i] : at, p.vi, p.en);
  });
}

function validateBody(obj: Record<string, unknown>, at: Array<string | number>, keys: string[], rules: readonly Rule[], add: Add): void {
  for (const [key, value] of Object.entries(obj)) {
    const path = [...at, key];
    if (!keys.includes(key)) {
      const hint = closest(key, keys);
      add(
        path,
        `Khóa không hợp lệ "${key}".${hint ? ` Có phải ý bạn là "${hint}"?` : ''} Các khóa hợp lệ: ${keys.join(', ')}.`,
        `Unknown key "${key}".${hint ? ` Did you mean "${hint}"?` : ''} Valid keys: ${keys.join(', ')}.`,
        true,
      );
      continue;
    }
    switch (key) {
      case 'profile':
        if (typeof value !== 'string' || !(PROFILES as readonly string[]).includes(value))
          add(
            path,
            `Hồ sơ không hợp lệ ${JSON.stringify(value)}. Chọn một trong: ${PROFILES.join(', ')}.`,
            `Unknown profile ${JSON.stringify(value)}. Choose one of: ${PROFILES.join(', ')}.`,
          );
        break;
      case 'extends':
        if (!isStringOrStrings(value))
          add(path, '"extends" phải là đường dẫn (chuỗi) hoặc mảng đường dẫn.', '"extends" must be a path (string) or an array of paths.');
        break;
      case 'allow':
      case 'ignores':
        if (!Array.isArray(value) || !value.every((x) => typeof x === 'string'))
          add(path, `"${key}" phải là một mảng chuỗi.`, `"${key}" must be an array of strings.`);
        else if (key === 'ignores') checkGlobs(value, path, add);
        break;
      case 'abbreviations':
        if (typeName(value) !== 'object')
          add(path, '"abbreviations" phải là đối tượng {"VIẾT TẮT": "dạng đầy đủ"}.', '"abbreviations" must be an object {"ABBR": "full form"}.');
        else
          for (const [abbr, full] of Object.entries(value as object))
            if (!isStringOrStrings(full) || (Array.isArray(full) && full.length === 0))
              add(
                [...path, abbr],
                `Dạng đầy đủ của "${abbr}" phải là chuỗi hoặc mảng chuỗi.`,
                `The full form of "${abbr}" must be a string or an array of strings.`,
              );
        break;
      case 'byline':
        if (typeName(value) !== 'object') add(path, '"byline" phải là đối tượng {"default": "…"}.', '"byline" must be an object {"default": "…"}.');
        else
          for (const [k, v] of Object.entries(value as object)) {
            if (k !== 'default')
              add([...path, k], `Khóa không hợp lệ "${k}" trong "byline" (chỉ có "default").`, `Unknown key "${k}" in "byline" (only "default").`, true);
            else if (typeof v !== 'string') add([...path, k], '"byline.default" phải là chuỗi.', '"byline.default" must be a string.');
          }
        break;
      case 'house':
        validateHouse(value, path, add);
        break;
      case 'rules':
        validateRules(value, path, rules, add);
        break;
      case '$schema':
        if (typeof value !== 'string') add(path, '"$schema" phải là chuỗi.', '"$schema" must be a string.');
        break;
    }
  }
}

function validateHouse(value: unknown, path: Array<string | number>, add: Add): void {
  if (typeName(value) !== 'object') return add(path, '"house" phải là một đối tượng.', '"house" must be an object.');
  const keys = Object.keys(HOUSE_SCHEMA);
  for (const [k, v] of Object.entries(value as object)) {
    const spec = HOUSE_SCHEMA[k as keyof House];
    if (!spec) {
      const hint = closest(k, keys);
      add(
        [...path, k],
        `Lựa chọn không hợp lệ "${k}" trong "house".${hint ? ` Có phải ý bạn là "${hint}"?` : ''}`,
        `Unknown house choice "${k}".${hint ? ` Did you mean "${hint}"?` : ''}`,
        true,
      );
    } else if (spec.enum && !spec.enum.includes(v as string)) {
      add(
        [...path, k],
        `Giá trị ${JSON.stringify(v)} không hợp lệ cho "${k}". Chọn: ${spec.enum.map((e) => JSON.stringify(e)).join(', ')}.`,
        `Invalid value ${JSON.stringify(v)} for "${k}". Choose: ${spec.enum.map((e) => JSON.stringify(e)).join(', ')}.`,
      );
    } else if (spec.nullable && v !== null && typeof v !== 'string') {
      add([...path, k], `"${k}" phải là chuỗi mẫu hoặc null.`, `"${k}" must be a pattern string or null.`);
    }
  }
}

function validateRules(value: unknown, path: Array<string | number>, rules: readonly Rule[], add: Add): void {
  if (typeName(value) !== 'object')
    return add(path, '"rules" phải là một đối tượng {"mã-quy-tắc": "warning"}.', '"rules" must be an object {"rule-id": "warning"}.');
  const ids = rules.map((r) => r.id);
  for (const [id, setting] of Object.entries(value as object)) {
    const at = [...path, id];
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      const hint = closest(id, ids);
      add(
        at,
        `Không có quy tắc "${id}".${hint ? ` Có phải ý bạn là "${hint}"?` : ''} Xem danh sách: vnstyle --list-rules.`,
        `Unknown rule id "${id}".${hint ? ` Did you mean "${hint}"?` : ''} See vnstyle --list-rules.`,
        true,
      );
      continue;
    }
    const sev = Array.isArray(setting) ? setting[0] : setting;
    const sevPath = Array.isArray(setting) ? [...at, 0] : at;
    if (!SEVERITIES.includes(sev as string)) {
      add(
        sevPath,
        `Mức độ không hợp lệ ${JSON.stringify(sev)} cho "${id}". Chọn: "off", "info", "warning", "error" (hoặc [mức, {tùy chọn}]).`,
        `Invalid severity ${JSON.stringify(sev)} for "${id}". Use "off", "info", "warning", "error" (or [severity, {options}]).`,
      );
      continue;
    }
    if (Array.isArray(setting)) {
      if (setting.length > 2) add(at, `"${id}": dạng mảng là [mức, {tùy chọn}].`, `"${id}": the array form is [severity, {options}].`);
      if (setting.length === 2) validateOptions(rule, setting[1], [...at, 1], add);
    }
  }
}

function validateOptions(rule: Rule, options: unknown, path: Array<string | number>, add: Add): void {
  if (typeName(options) !== 'object') return add(path, `Tùy chọn của "${rule.id}" phải là một đối tượng.`, `The options of "${rule.id}" must be an object.`);
  const schema = rule.meta.options ?? {};
  const names = Object.keys(schema);
  for (const [name, v] of Object.entries(options as object)) {
    const s: OptionSchema | undefined = schema[name];
    const at = [...path, name];
    if (!s) {
      add(
        at,
        `"${rule.id}" không có tùy chọn "${name}".${names.length ? ` Có: ${names.join(', ')}.` : ' Quy tắc này không có tùy chọn.'}`,
        `"${rule.id}" has no option "${name}".${names.length ? ` It has: ${names.join(', ')}.` : ' This rule has no options.'}`,
        true,
      );
      continue;
    }
    const bad = (expected: string, expectedEn: string) =>
      add(
        at,
        `Tùy chọn "${name}" của "${rule.id}" phải là ${expected}, không phải ${JSON.stringify(v)}.`,
        `Option "${name}" of "${rule.id}" must be ${expectedEn}, not ${JSON.stringify(v)}.`,
      );
    switch (s.type) {
      case 'string':
        if (typeof v !== 'string' && !(v === null && s.default === null)) bad('chuỗi', 'a string');
        else if (s.enum && typeof v === 'string' && !s.enum.includes(v)) bad(`một trong ${s.enum.join(', ')}`, `one of ${s.enum.join(', ')}`);
        break;
      case 'boolean':
        if (typeof v !== 'boolean') bad('true hoặc false', 'true or false');
        break;
      case 'integer':
        if (typeof v !== 'number' || !Number.isInteger(v) || (s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum))
          bad(
            `số nguyên${s.minimum !== undefined ? ` ≥ ${s.minimum}` : ''}${s.maximum !== undefined ? ` ≤ ${s.maximum}` : ''}`,
            `an integer${s.minimum !== undefined ? ` ≥ ${s.minimum}` : ''}${s.maximum !== undefined ? ` ≤ ${s.maximum}` : ''}`,
          );
        break;
      case 'array':
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) bad('mảng chuỗi', 'an array of strings');
        break;
    }
  }
}
