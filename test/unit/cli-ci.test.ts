/**
 * The command for desks and CI: configuration files, every format, thresholds,
 * baselines, stdin, discoverability, parallel runs — each by running the built command.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { FIXTURES, tempDir, vnstyle, write } from './cli-helpers';
import { ROOT } from './helpers';
import { RULES } from '../../src/core/rules';
import { escapeData, escapeProperty } from '../../src/cli/formatters';

const formats = path.join(FIXTURES, 'formats');
const expected = (name: string) => fs.readFileSync(path.join(FIXTURES, 'formats-expected', name), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const WARN = 'Tít\n\nCác HTX họp.\n\nLan Anh\n';

describe('vnstyle command: formats (same fixture folder)', () => {
  const run = (format: string) => vnstyle(['--format', format, '.'], { cwd: formats });

  for (const format of ['stylish', 'json', 'unix', 'github', 'junit', 'markdown']) {
    it(`${format} output is exactly as expected`, () => {
      const r = run(format);
      assert.equal(r.code, 1);
      assert.equal(r.stdout.split(formats).join('<DIR>'), expected(`${format}.txt`));
    });
  }

  it('sarif is valid SARIF 2.1.0 with rule metadata, and its results are exactly as expected', () => {
    const r = run('sarif');
    const log = JSON.parse(r.stdout) as Sarif.Log;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));
    assert.ok(validate(log), JSON.stringify(validate.errors));
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.version, pkg.version);
    assert.deepEqual(
      run0.tool.driver.rules!.map((x) => x.id),
      RULES.map((x) => x.id),
    );
    for (const res of run0.results!) assert.equal(run0.tool.driver.rules![res.ruleIndex!].id, res.ruleId);
    const results = run0.results!.map(({ ruleIndex: _ruleIndex, ...rest }) => rest);
    const want = (JSON.parse(expected('sarif-results.json')) as Sarif.Result[]).map(({ ruleIndex: _ruleIndex, ...rest }) => rest);
    assert.deepEqual(results, want);
    assert.equal(run0.columnKind, 'utf16CodeUnits');
  });

  it('github escapes %, \\r, \\n in data and also : and , in properties', () => {
    assert.equal(escapeData('50% a\r\nb'), '50%25 a%0D%0Ab');
    assert.equal(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
    const dir = tempDir();
    write(dir, 'ghi,chú:1.txt', 'Tít\n\nGiữ LSCB ổn định.\n\nLan Anh\n');
    write(dir, '.vnstyle.json', JSON.stringify({ abbreviations: { LSCB: 'lãi suất 100% cơ bản' } }));
    const r = vnstyle(['--format', 'github', '.'], { cwd: dir });
    assert.equal(
      r.stdout,
      '::warning file=ghi%2Cchú%3A1.txt,line=3,col=5,endLine=3,endColumn=9,title=vnstyle(abbreviation-undefined)::Viết tắt "LSCB" chưa được giải thích. Lần đầu hãy viết: "lãi suất 100%25 cơ bản (LSCB)".\n',
    );
  });

  it('diff prints what --fix would change, without writing', () => {
    const dir = tempDir();
    const f = write(dir, 'a.txt', WARN);
    const r = vnstyle(['--fix-dry-run', '--format', 'diff', 'a.txt'], { cwd: dir });
    assert.equal(r.stdout, '--- a/a.txt\n+++ b/a.txt\n@@ -1,5 +1,5 @@\n Tít\n \n-Các HTX họp.\n+Các hợp tác xã (HTX) họp.\n \n Lan Anh\n');
    assert.equal(fs.readFileSync(f, 'utf8'), WARN);
  });

  it('--output-file writes the report to a file', () => {
    const dir = tempDir();
    write(dir, 'a.txt', WARN);
    const r = vnstyle(['--format', 'unix', '--output-file', 'report.txt', 'a.txt'], { cwd: dir });
    assert.equal(r.stdout, '');
    assert.match(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8'), /^a\.txt:3:5: warning .*\[abbreviation-undefined\]\n$/);
  });

  it('colours only on a terminal or when forced', () => {
    assert.doesNotMatch(run('stylish').stdout, /\x1b\[/);
    assert.match(vnstyle(['--color', '.'], { cwd: formats }).stdout, /\x1b\[33mcảnh báo/);
  });
});

describe('vnstyle command: thresholds and baselines', () => {
  it('--max-warnings: 0 is exceeded by one warning; info never counts; --quiet reports errors only', () => {
    const dir = tempDir();
    write(dir, 'a.txt', WARN);
    write(dir, 'b.txt', 'Tít\n\nNội dung không có tác giả.\n'); // info only
    let r = vnstyle(['--max-warnings', '0', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Có 1 cảnh báo, vượt ngưỡng --max-warnings 0\./);
    assert.equal(vnstyle(['--max-warnings', '1', 'a.txt'], { cwd: dir }).code, 0);
    assert.equal(vnstyle(['--max-warnings', '0', 'b.txt'], { cwd: dir }).code, 0);
    r = vnstyle(['--quiet', '--format', 'unix', '.'], { cwd: dir });
    assert.equal(r.stdout, '');
    assert.equal(r.code, 0);
  });

  it('accepts recorded findings, reports only new ones, and survives edits elsewhere in the file', () => {
    const dir = tempDir();
    const f = write(dir, 'bai/a.txt', 'Tít\n\nCác HTX họp ngày 31/4/2024.\n\nLan Anh\n');
    let r = vnstyle(['--baseline', '.vnstyle-baseline.json', '--update-baseline', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /Đã ghi 2 vấn đề được chấp nhận vào \.vnstyle-baseline\.json\./);
    const base = JSON.parse(fs.readFileSync(path.join(dir, '.vnstyle-baseline.json'), 'utf8'));
    assert.deepEqual(
      base.entries.map((e: { file: string; ruleId: string }) => `${e.file} ${e.ruleId}`),
      ['bai/a.txt abbreviation-undefined', 'bai/a.txt date-invalid'],
    );
    assert.equal(vnstyle(['--baseline', '.vnstyle-baseline.json', '.'], { cwd: dir }).code, 0);
    // Lines inserted above the old faults: still accepted.
    fs.writeFileSync(f, 'Tít\n\nMột đoạn mới ở đầu.\n\nThêm một đoạn nữa.\n\nCác HTX họp ngày 31/4/2024.\n\nLan Anh\n');
    assert.equal(vnstyle(['--baseline', '.vnstyle-baseline.json', '.'], { cwd: dir }).code, 0);
    // One new fault: exit 1 and only that one reported.
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('\nLan Anh', '\nHạn chót ngày 30/2/2024.\n\nLan Anh'));
    r = vnstyle(['--baseline', '.vnstyle-baseline.json', '--format', 'unix', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, 'bai/a.txt:9:15: error Ngày "30/2/2024" không tồn tại: tháng 2 năm 2024 chỉ có 29 ngày. [date-invalid]\n');
  });
});

describe('vnstyle command: configuration files', () => {
  it('cascades: a nested .vnstyle.json turning a rule off applies only below it', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    write(dir, 'a.txt', WARN);
    write(dir, 'sub/b.txt', WARN);
    write(dir, 'sub/.vnstyle.json', '{ // comments are allowed\n "rules": { "abbreviation-undefined": "off" } }');
    const r = vnstyle(['--format', 'unix', '.'], { cwd: dir });
    assert.equal(r.stdout, 'a.txt:3:5: warning Viết tắt "HTX" chưa được giải thích. Lần đầu hãy viết: "hợp tác xã (HTX)". [abbreviation-undefined]\n');
  });

  it('stops at the repository root, applies extends, overrides by glob, and --print-config shows the result', () => {
    const dir = tempDir();
    write(dir, '.vnstyle.json', '{ "profile": "commercial" }'); // outside the repository: not read
    const repo = path.join(dir, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    write(repo, 'shared/newsroom.json', JSON.stringify({ profile: 'party-press', abbreviations: { HTX: 'hợp tác xã nông nghiệp' }, allow: ['CLB'] }));
    write(
      repo,
      '.vnstyle.json',
      JSON.stringify({
        extends: './shared/newsroom.json',
        house: { timeStyle: 'h' },
        overrides: [{ files: ['opinion/**'], rules: { 'byline-missing': 'off' }, house: { quotes: 'straight' } }],
      }),
    );
    write(repo, 'opinion/x.md', '# Tít\n');
    const r = vnstyle(['--print-config', 'opinion/x.md'], { cwd: repo });
    assert.equal(r.code, 0, r.stderr);
    const c = JSON.parse(r.stdout);
    assert.deepEqual(c.configFiles, [path.join(repo, '.vnstyle.json')]);
    assert.equal(c.profile, 'party-press');
    assert.equal(c.house.timeStyle, 'h');
    assert.equal(c.house.quotes, 'straight');
    assert.equal(c.house.rangeStyle, 'spaced');
    assert.equal(c.rules['byline-missing'], 'off');
    assert.deepEqual(c.abbreviations, { HTX: 'hợp tác xã nông nghiệp' });
    assert.deepEqual(c.allow, ['CLB']);
    const other = JSON.parse(vnstyle(['--print-config', 'news/y.md'], { cwd: repo }).stdout);
    assert.equal(other.rules['byline-missing'], 'info');
    assert.equal(other.house.quotes, 'curly');
  });

  it('--config uses one file only, --no-config-lookup none, and flags override every file', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    write(dir, '.vnstyle.json', '{ "rules": { "abbreviation-undefined": "error" } }');
    write(dir, 'other.json', '{ "rules": { "abbreviation-undefined": "info" } }');
    write(dir, 'a.txt', WARN);
    const sev = (args: string[]) => JSON.parse(vnstyle(['-f', 'json', ...args, 'a.txt'], { cwd: dir }).stdout)[0].messages[0]?.severity;
    assert.equal(sev([]), 'error');
    assert.equal(sev(['--config', 'other.json']), 'info');
    assert.equal(sev(['--no-config-lookup']), 'warning');
    const prof = (args: string[]) => JSON.parse(vnstyle(['--print-config', 'a.txt', ...args], { cwd: dir }).stdout).profile;
    assert.equal(prof(['--profile', 'commercial']), 'commercial');
  });

  it('reports an invalid file with its name, line, column and what is wrong (exit 2)', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    write(dir, 'a.txt', WARN);
    const cases: Array<[string, RegExp]> = [
      [
        '{\n  "rules": {\n    "abbrevation-undefined": "warning"\n  }\n}',
        /\.vnstyle\.json:3:5: Không có quy tắc "abbrevation-undefined"\. Có phải ý bạn là "abbreviation-undefined"\?/,
      ],
      ['{\n  "rules": { "web-residue": "loud" }\n}', /\.vnstyle\.json:2:29: Mức độ không hợp lệ "loud" cho "web-residue"/],
      ['{\n  "allow": "HTX"\n}', /\.vnstyle\.json:2:12: "allow" phải là một mảng chuỗi\./],
      ['{\n  "house": { "toneStyle": "modern" }\n}', /\.vnstyle\.json:2:27: Giá trị "modern" không hợp lệ cho "toneStyle"/],
      [
        '{\n  "profile": "party-press",\n  "rules": { "year-range": ["warning", { "style": 1 }] }\n}',
        /\.vnstyle\.json:3:42: "year-range" không có tùy chọn "style"/,
      ],
      ['{ "profile": "party-press", }\n{', /\.vnstyle\.json:2:1: JSON không hợp lệ/],
    ];
    for (const [content, pattern] of cases) {
      write(dir, '.vnstyle.json', content);
      const r = vnstyle(['a.txt'], { cwd: dir });
      assert.equal(r.code, 2, content);
      assert.match(r.stderr, pattern);
    }
    write(dir, '.vnstyle.json', '{ "rules": { "nope": "off" } }');
    assert.match(vnstyle(['--lang', 'en', 'a.txt'], { cwd: dir }).stderr, /\.vnstyle\.json:1:14: Unknown rule id "nope"\./);
  });

  it('ships a JSON Schema for the file', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'vnstyle.schema.json'), 'utf8'));
    assert.deepEqual(
      Object.keys(schema.properties.rules.properties),
      RULES.map((r) => r.id),
    );
  });
});

describe('vnstyle command: which files', () => {
  it('respects .gitignore, .vnstyleignore and "ignores"; --ext; globs', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    write(dir, '.gitignore', 'build/\n');
    write(dir, '.vnstyleignore', 'drafts/*.md\n');
    write(dir, '.vnstyle.json', '{ "ignores": ["archive/**"] }');
    for (const f of ['a.md', 'b.markdown', 'c.txt', 'd.text', 'build/e.md', 'drafts/f.md', 'drafts/g.txt', 'archive/h.md', 'deep/x/i.md']) write(dir, f, WARN);
    const files = (args: string[]) => [
      ...new Set(
        vnstyle(['--format', 'unix', ...args], { cwd: dir })
          .stdout.trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(':')[0]),
      ),
    ];
    assert.deepEqual(files([]), ['a.md', 'b.markdown', 'c.txt', 'deep/x/i.md', 'drafts/g.txt']);
    assert.deepEqual(files(['--ext', 'text,md']), ['a.md', 'd.text', 'deep/x/i.md']);
    assert.deepEqual(files(['deep/**/*.md', 'c.txt']), ['c.txt', 'deep/x/i.md']);
    const r = vnstyle(['nothing/*.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nothing\/\*\.md: mẫu không khớp tệp nào\./);
  });

  it('reports a symlink loop and an unreadable folder without stopping the rest', () => {
    const dir = tempDir();
    write(dir, 'a/x.txt', WARN);
    fs.symlinkSync('..', path.join(dir, 'a', 'loop'));
    const r = vnstyle(['--format', 'unix', '.'], { cwd: dir });
    assert.match(r.stderr, /loop: liên kết tượng trưng tạo vòng lặp/);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.equal(r.code, 0);
  });
});

describe('vnstyle command: stdin, directives, discoverability', () => {
  it('--stdin --stdin-filename picks the format and the config; with --fix the fixed text goes to stdout', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    write(dir, 'md/.vnstyle.json', '{ "abbreviations": { "HTX": "hợp tác xã kiểu mới" } }');
    const input = '# Tít\n\nCác HTX họp, xem `HTX`.\n\nLan Anh\n';
    let r = vnstyle(['--stdin', '--stdin-filename', 'md/bai.md', '-f', 'unix'], { cwd: dir, input });
    assert.equal(
      r.stdout,
      'md/bai.md:3:5: warning Viết tắt "HTX" chưa được giải thích. Lần đầu hãy viết: "hợp tác xã kiểu mới (HTX)". [abbreviation-undefined]\n',
    );
    r = vnstyle(['--stdin', '--stdin-filename', 'md/bai.md', '--fix'], { cwd: dir, input });
    assert.equal(r.stdout, '# Tít\n\nCác hợp tác xã kiểu mới (HTX) họp, xem `HTX`.\n\nLan Anh\n');
    assert.equal(r.code, 0);
  });

  it('--strip-directives prints the article without its vnstyle comment lines', () => {
    const dir = tempDir();
    write(dir, 'a.txt', 'Tít\n<!-- vnstyle-disable-next-line abbreviation-undefined -->\nCác HTX họp.\r\n  <!-- vnstyle-enable -->\nLan Anh\n');
    const r = vnstyle(['--strip-directives', 'a.txt'], { cwd: dir });
    assert.equal(r.stdout, 'Tít\nCác HTX họp.\r\nLan Anh\n');
  });

  it('--help in Vietnamese and English, by --lang or the locale; --version; --list-rules', () => {
    assert.match(vnstyle(['--help']).stdout, /kiểm tra văn phong bài báo tiếng Việt[\s\S]*Mã thoát: 0/);
    assert.match(vnstyle(['--help', '--lang', 'en']).stdout, /style checker for Vietnamese news articles[\s\S]*Exit codes: 0/);
    assert.match(
      vnstyle(['--help']).stdout,
      /\| diff \| markdown\n +\(markdown: bảng tóm tắt cho \$GITHUB_STEP_SUMMARY[\s\S]*--changed-since REF +chỉ báo \(và --fix\) các dòng thêm hoặc sửa từ tham chiếu git REF/,
    );
    assert.match(
      vnstyle(['--help', '--lang', 'en']).stdout,
      /\| diff \| markdown\n +\(markdown: a summary table for \$GITHUB_STEP_SUMMARY[\s\S]*--changed-since REF +report \(and --fix\) only lines added or changed since the git REF/,
    );
    assert.match(vnstyle(['--help'], { env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } }).stdout, /^vnstyle .* style checker/);
    assert.match(vnstyle(['--help'], { env: { ...process.env, LANG: 'vi_VN.UTF-8', LC_ALL: '' } }).stdout, /^vnstyle .* kiểm tra văn phong/);
    assert.equal(vnstyle(['--version']).stdout, `${pkg.version}\n`);
    const list = vnstyle(['--list-rules', '--lang', 'en']).stdout.trim().split('\n');
    assert.match(list[0], /^Rule +recommended +party-press +commercial +fix +description$/);
    assert.equal(list.length, RULES.length + 1);
    assert.match(
      list.find((l) => l.startsWith('abbreviation-in-title '))!,
      /^abbreviation-in-title +off +warning +off +suggest +No abbreviation in the headline\.$/,
    );
  });

  it('init writes a starter .vnstyle.json with --profile, and refuses to overwrite one', () => {
    const dir = tempDir();
    let r = vnstyle(['init', '--profile', 'party-press'], { cwd: dir });
    assert.equal(r.code, 0);
    const c = JSON.parse(fs.readFileSync(path.join(dir, '.vnstyle.json'), 'utf8'));
    assert.equal(c.profile, 'party-press');
    assert.equal(c.$schema, './node_modules/vnstyle/schemas/vnstyle.schema.json');
    r = vnstyle(['init', '--profile', 'commercial'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /đã có/);
    r = vnstyle(['init'], { cwd: tempDir(), input: '' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /vnstyle init --profile TÊN/);
  });
});

describe('vnstyle command: scale', () => {
  it('parallel and serial runs give identical output, in a stable order', () => {
    const dir = tempDir();
    for (let i = 0; i < 60; i++) write(dir, `d${i % 3}/bai-${String(i).padStart(2, '0')}.txt`, i % 2 ? WARN : 'Tít\n\nNgày 31/4/2024 họp.\n\nLan Anh\n');
    const serial = vnstyle(['--concurrency', '1', '-f', 'json', '.'], { cwd: dir });
    const parallel = vnstyle(['--concurrency', '4', '-f', 'json', '.'], { cwd: dir });
    assert.equal(parallel.stdout, serial.stdout);
    assert.equal(parallel.code, serial.code);
    const paths = (JSON.parse(serial.stdout) as Array<{ filePath: string }>).map((x) => x.filePath);
    assert.deepEqual(paths, [...paths].sort());
    assert.equal(paths.length, 60);
  });

  it('--rule restricts the run, and so the fixes', () => {
    const dir = tempDir();
    const f = write(dir, 'a.txt', 'Tít\n\nCác HTX họp giai đoạn 2016 -2020.\n\nLan Anh\n');
    vnstyle(['--rule', 'year-range', '--fix', 'a.txt'], { cwd: dir });
    assert.equal(fs.readFileSync(f, 'utf8'), 'Tít\n\nCác HTX họp giai đoạn 2016 - 2020.\n\nLan Anh\n');
  });
});
