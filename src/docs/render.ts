/**
 * Documentation generated from the rules' own metadata (STYLE.md 2, 10): one page per
 * rule (Vietnamese, then English), the README rule table, the JSON Schema of
 * `.vnstyle.json`. `npm run docs` writes them; a test fails when one is missing or stale.
 * Examples are run through the engine, so the messages shown are the real ones.
 */
import type { Lang } from '../core/types';
import type { ExampleConfig, InvalidExample, OptionSchema, Rule } from '../core/rule';
import { RULES } from '../core/rules';
import { HOUSE_SCHEMA, PROFILES, PROFILE_DATA, resolveConfig } from '../core/config';
import { applyFixes, lint } from '../core/engine';

const TODAY = { year: 2026, month: 1, day: 1 };

const L = {
  vi: {
    generated: (id: string) => `<!-- Trang này được sinh từ src/core/rules/${id}.ts bằng \`npm run docs\`; đừng sửa tay. -->`,
    category: 'Nhóm',
    severity: 'Mức mặc định',
    fixable: 'Sửa',
    what: 'Quy tắc kiểm tra gì',
    why: 'Vì sao',
    options: 'Tùy chọn',
    noOptions: 'Quy tắc này không có tùy chọn. Mức độ đặt trong `rules` của `.vnstyle.json`.',
    house: 'Lựa chọn của tòa soạn liên quan',
    examples: 'Ví dụ',
    bad: 'Sai',
    good: 'Đúng',
    reported: 'Báo ở',
    message: 'Thông báo',
    after: 'Sau khi sửa (`vnstyle --fix`)',
    offered: 'Các cách sửa được gợi ý',
    config: 'Cấu hình',
    sources: 'Nguồn',
    fix: { fix: 'có', suggestion: 'chỉ gợi ý', both: 'có (kèm gợi ý)', none: 'không' },
    sev: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', off: 'tắt' },
    cat: { abbreviation: 'viết tắt', date: 'ngày giờ', byline: 'tác giả', structure: 'cấu trúc bài', encoding: 'mã hóa', spelling: 'chính tả', typography: 'trình bày', capitalization: 'viết hoa' },
  },
  en: {
    generated: (id: string) => `<!-- Generated from src/core/rules/${id}.ts by \`npm run docs\`; do not edit by hand. -->`,
    category: 'Category',
    severity: 'Default severity',
    fixable: 'Fix',
    what: 'What it checks',
    why: 'Why',
    options: 'Options',
    noOptions: 'This rule has no options. Set its severity under `rules` in `.vnstyle.json`.',
    house: 'Related house choices',
    examples: 'Examples',
    bad: 'Wrong',
    good: 'Right',
    reported: 'Reported at',
    message: 'Message',
    after: 'After `vnstyle --fix`',
    offered: 'Fixes offered',
    config: 'Configuration',
    sources: 'Sources',
    fix: { fix: 'yes', suggestion: 'suggestions only', both: 'yes (with suggestions)', none: 'no' },
    sev: { error: 'error', warning: 'warning', info: 'info', off: 'off' },
    cat: { abbreviation: 'abbreviations', date: 'dates and times', byline: 'byline', structure: 'article structure', encoding: 'encoding', spelling: 'spelling', typography: 'typography', capitalization: 'capitalisation' },
  },
} as const;


function fence(text: string): string {
  const ticks = text.includes('```') ? '````' : '```';
  return `${ticks}text\n${text.replace(/\r\n/g, '\n').replace(/\r/g, '\n')}\n${ticks}`;
}

function stripMarks(text: string): { text: string; ranges: Array<[number, number]> } {
  let out = '';
  const ranges: Array<[number, number]> = [];
  const open: number[] = [];
  for (const ch of text) {
    if (ch === '⟦') open.push(out.length);
    else if (ch === '⟧') ranges.push([open.pop()!, out.length]);
    else out += ch;
  }
  return { text: out, ranges };
}

function configFor(rule: Rule, ex: ExampleConfig | undefined) {
  const config = resolveConfig({ profile: ex?.profile, house: ex?.house, abbreviations: ex?.abbreviations, allow: ex?.allow, byline: ex?.byline }, RULES);
  if (config.rules[rule.id].severity === 'off') config.rules[rule.id].severity = rule.meta.severity;
  if (ex?.options) config.rules[rule.id].options = { ...config.rules[rule.id].options, ...ex.options };
  return config;
}

function describeConfig(ex: ExampleConfig | undefined): string | null {
  if (!ex) return null;
  const { options, ...rest } = ex;
  const obj: Record<string, unknown> = { ...rest };
  if (options) obj.options = options;
  return Object.keys(obj).length ? JSON.stringify(obj) : null;
}

function optionRows(options: Record<string, OptionSchema>, lang: Lang): string {
  const rows = Object.entries(options).map(([name, s]) => {
    const values = s.type === 'string' && s.enum ? s.enum.map((e) => `\`${e}\``).join(', ') : `\`${s.type}\``;
    return `| \`${name}\` | ${values} | \`${JSON.stringify(s.default)}\` | ${s.description[lang]} |`;
  });
  const head = lang === 'vi' ? '| Tùy chọn | Giá trị | Mặc định | Ý nghĩa |' : '| Option | Values | Default | Meaning |';
  return [head, '|---|---|---|---|', ...rows].join('\n');
}

function section(rule: Rule, lang: Lang): string {
  const t = L[lang];
  const m = rule.meta;
  const out: string[] = [];
  out.push(`## ${lang === 'vi' ? 'Tiếng Việt' : 'English'}`, '');
  out.push(`### ${t.what}`, '', m.description[lang], '');
  out.push(`### ${t.why}`, '', m.rationale[lang], '');
  out.push(`### ${t.options}`, '', m.options && Object.keys(m.options).length ? optionRows(m.options, lang) : t.noOptions, '');
  const house = rule.meta.house;
  if (house?.length) {
    out.push(`### ${t.house}`, '');
    for (const k of house) out.push(`- \`house.${k}\`: ${HOUSE_SCHEMA[k].description[lang]}`);
    out.push('');
  }
  out.push(`### ${t.examples}`, '');
  m.examples.invalid.forEach((ex, i) => out.push(...invalidExample(rule, ex, i, lang)));
  m.examples.valid.forEach((ex, i) => {
    out.push(`#### ${t.good} ${i + 1}`, '');
    const c = describeConfig(ex.config);
    if (c) out.push(`${t.config}: \`${c}\``, '');
    out.push(fence(ex.text), '');
  });
  out.push(`### ${t.sources}`, '', ...m.sources.map((s) => `- ${s}`), '');
  return out.join('\n');
}

function invalidExample(rule: Rule, ex: InvalidExample, i: number, lang: Lang): string[] {
  const t = L[lang];
  const { text } = stripMarks(ex.text);
  const config = configFor(rule, ex.config);
  const only = new Set([rule.id]);
  const format = ex.format ?? 'text';
  const result = lint(text, { format, config, only, lang, today: TODAY });
  const out = [`#### ${t.bad} ${i + 1}`, ''];
  const c = describeConfig(ex.config);
  if (c) out.push(`${t.config}: \`${c}\``, '');
  out.push(fence(text), '');
  for (const f of result.findings) {
    out.push(`- ${t.reported} ${JSON.stringify(text.slice(f.start, f.end))} — ${t.message}: ${f.message}`);
    const offered = f.fixes.filter((x) => !x.preferred);
    if (offered.length) out.push(`  - ${t.offered}: ${offered.map((x) => x.title).join('; ')}`);
  }
  out.push('');
  if (ex.output !== undefined && ex.output !== text) {
    const fixed = applyFixes(text, { format, config, only, lang, today: TODAY }).text;
    out.push(`${t.after}:`, '', fence(fixed), '');
  }
  return out;
}

export function renderRuleDoc(rule: Rule): string {
  const m = rule.meta;
  const sevs = PROFILES.map((p) => `${L.vi.sev[PROFILE_DATA[p].rules[rule.id] ?? m.severity]} (${p})`).join(', ');
  const sevsEn = PROFILES.map((p) => `${L.en.sev[PROFILE_DATA[p].rules[rule.id] ?? m.severity]} (${p})`).join(', ');
  const fixKey = m.fixable === false ? 'none' : m.fixable;
  return [
    `# ${rule.id}`,
    '',
    L.en.generated(rule.id),
    '',
    `> ${m.description.vi}`,
    `>`,
    `> ${m.description.en}`,
    '',
    `| | |`,
    `|---|---|`,
    `| ${L.vi.category} / ${L.en.category} | ${L.vi.cat[m.category]} / ${L.en.cat[m.category]} |`,
    `| ${L.vi.severity} | ${sevs} |`,
    `| ${L.en.severity} | ${sevsEn} |`,
    `| ${L.vi.fixable} / ${L.en.fixable} | ${L.vi.fix[fixKey]} / ${L.en.fix[fixKey]} |`,
    '',
    section(rule, 'vi'),
    section(rule, 'en'),
  ].join('\n');
}

/** The README's rule table (between <!-- rules:start --> and <!-- rules:end -->). */
export function renderRuleTable(): string {
  const head = `| Quy tắc / Rule | ${PROFILES.join(' | ')} | Sửa / Fix | Mô tả | Description |`;
  const sep = `|---|${PROFILES.map(() => '---').join('|')}|---|---|---|`;
  const rows = RULES.map((r) => {
    const sev = PROFILES.map((p) => PROFILE_DATA[p].rules[r.id] ?? r.meta.severity).join(' | ');
    const fix = r.meta.fixable === false ? '—' : r.meta.fixable === 'suggestion' ? 'gợi ý / suggest' : '✔';
    return `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${sev} | ${fix} | ${r.meta.description.vi} | ${r.meta.description.en} |`;
  });
  return [head, sep, ...rows].join('\n');
}

export function replaceBetween(text: string, start: string, end: string, content: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`markers ${start} … ${end} not found`);
  return text.slice(0, a + start.length) + '\n' + content + '\n' + text.slice(b);
}
