/** The command's informational subcommands: --list-rules, --print-config, init. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline/promises';
import type { Lang } from '../core/types';
import { RULES } from '../core/rules';
import { PROFILES, PROFILE_DATA, ProfileName } from '../core/config';
import { CONFIG_FILE, ConfigResolver } from '../node/config-files';

export function listRules(lang: Lang): string {
  const head = lang === 'vi' ? ['Mã quy tắc', ...PROFILES, 'sửa', 'mô tả'] : ['Rule', ...PROFILES, 'fix', 'description'];
  const fixWord = (f: false | string) => (f === false ? '-' : f === 'suggestion' ? (lang === 'vi' ? 'gợi ý' : 'suggest') : lang === 'vi' ? 'có' : 'yes');
  const rows = RULES.map((r) => [
    r.id,
    ...PROFILES.map((p) => PROFILE_DATA[p].rules[r.id] ?? r.meta.severity),
    fixWord(r.meta.fixable),
    r.meta.description[lang],
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (i < head.length - 1 ? row[i].length : 0))));
  const line = (cells: string[]) => cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]) : c)).join('  ');
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

export function printConfig(resolver: ConfigResolver, file: string): string {
  const e = resolver.forFile(file);
  const rules = Object.fromEntries(
    Object.entries(e.config.rules).map(([id, rc]) => [id, Object.keys(rc.options).length ? [rc.severity, rc.options] : rc.severity]),
  );
  return JSON.stringify({ file, configFiles: e.files, ...e.config, rules }, null, 2) + '\n';
}

export async function runInit(
  args: string[],
  profileFlag: string | undefined,
  lang: Lang,
  io: { out(s: string): void; err(s: string): void; cwd: string; isTTY: boolean },
): Promise<number> {
  const target = path.join(io.cwd, CONFIG_FILE);
  if (fs.existsSync(target)) {
    io.err(
      lang === 'vi'
        ? `vnstyle: ${target} đã có; hãy sửa tệp đó hoặc xóa nó trước khi chạy init.\n`
        : `vnstyle: ${target} already exists; edit it or delete it before running init.\n`,
    );
    return 2;
  }
  if (args.length) {
    io.err(lang === 'vi' ? `vnstyle: init không nhận tham số "${args[0]}".\n` : `vnstyle: init takes no argument "${args[0]}".\n`);
    return 2;
  }
  let profile = profileFlag as ProfileName | undefined;
  if (!profile) {
    if (!process.stdin.isTTY) {
      io.err(
        lang === 'vi'
          ? 'vnstyle: không có terminal để hỏi; hãy dùng vnstyle init --profile TÊN.\n'
          : 'vnstyle: no terminal to ask on; use vnstyle init --profile NAME.\n',
      );
      return 2;
    }
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
    PROFILES.forEach((p, i) => io.err(`  ${i + 1}. ${p} — ${PROFILE_DATA[p].description[lang]}\n`));
    const answer = (await rl.question(lang === 'vi' ? 'Chọn hồ sơ [1]: ' : 'Choose a profile [1]: ')).trim();
    rl.close();
    const n = answer === '' ? 1 : Number(answer);
    profile = PROFILES[n - 1] ?? ((PROFILES as readonly string[]).find((p) => p === answer) as ProfileName | undefined);
    if (!profile) {
      io.err(lang === 'vi' ? `vnstyle: không có lựa chọn "${answer}".\n` : `vnstyle: no such choice "${answer}".\n`);
      return 2;
    }
  }
  const starter = {
    $schema: './node_modules/vnstyle/schemas/vnstyle.schema.json',
    profile,
    rules: {},
    abbreviations: {},
    allow: [],
    house: {},
  };
  fs.writeFileSync(target, JSON.stringify(starter, null, 2) + '\n');
  io.out(lang === 'vi' ? `Đã tạo ${CONFIG_FILE} (hồ sơ ${profile}).\n` : `Created ${CONFIG_FILE} (profile ${profile}).\n`);
  return 0;
}
