/**
 * Configuration that composes: a newsroom-wide file with overrides and ignores, extended
 * by a desk's file. The editor builds its resolver as `new ConfigResolver(RULES, { base:
 * settings })` (src/extension/configuration.ts); the command runs the same code.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';
import { ConfigResolver } from '../../src/node/config-files';
import { tempDir, vnstyle, write } from './cli-helpers';

const ARTICLE = 'Tít bài\n\nCác HTX họp sáng nay.\n';

/** repo/newsroom/vnstyle-newsroom.json (shared) and repo/desks/thoi-su/.vnstyle.json (extends it). */
function newsroom(): { repo: string; desk: string } {
  const repo = path.join(tempDir(), 'repo');
  fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
  write(
    repo,
    'newsroom/vnstyle-newsroom.json',
    `{
  // Quy ước chung của tòa soạn
  "profile": "party-press",
  "abbreviations": { "HTX": "hợp tác xã nông nghiệp" },
  "house": { "quotes": "curly" },
  "overrides": [
    { "files": ["opinion/**"], "rules": { "byline-missing": "off" }, "house": { "quotes": "straight", "timeStyle": "h" } },
    { "files": "*.md", "excludedFiles": ["tin-nhanh/**"], "rules": { "web-residue": "error" } }
  ],
  "ignores": ["drafts/**"]
}
`,
  );
  write(
    repo,
    'desks/thoi-su/.vnstyle.json',
    JSON.stringify({
      extends: '../../newsroom/vnstyle-newsroom.json',
      rules: { 'abbreviation-undefined': 'error' },
      house: { quotes: 'consistent' },
      overrides: [{ files: ['opinion/ban-doc/**'], rules: { 'byline-missing': 'warning' } }],
    }),
  );
  const desk = path.join(repo, 'desks', 'thoi-su');
  for (const f of ['news/a.txt', 'opinion/b.txt', 'opinion/ban-doc/c.txt', 'drafts/d.txt', 'x.md', 'tin-nhanh/y.md']) write(desk, f, ARTICLE);
  // The newsroom's globs are not matched from the newsroom file's own folder.
  write(repo, 'newsroom/drafts/e.txt', ARTICLE);
  return { repo, desk };
}

describe('configuration: extends brings overrides and ignores', () => {
  it('the editor resolver (settings beneath the files) applies the extended file in order: its body, its overrides, then the desk', () => {
    const { repo, desk } = newsroom();
    const settings = { profile: 'commercial' as const, rules: { 'byline-missing': 'error' as const, 'time-format': 'off' as const } };
    const resolver = new ConfigResolver(RULES, { base: settings });
    const at = (rel: string) => resolver.forFile(path.join(desk, rel)).config;

    const news = at('news/a.txt');
    assert.equal(news.profile, 'party-press');
    assert.equal(news.rules['abbreviation-undefined'].severity, 'error');
    assert.equal(news.rules['byline-missing'].severity, 'error', 'settings apply where no file speaks');
    assert.equal(news.rules['time-format'].severity, 'off');
    assert.deepEqual(news.abbreviations, { HTX: 'hợp tác xã nông nghiệp' });
    assert.equal(news.house.quotes, 'consistent');
    assert.equal(news.house.timeStyle, 'gio');

    // The newsroom's override, matched from the desk's folder; the desk's body still wins over it (quotes).
    const opinion = at('opinion/b.txt');
    assert.equal(opinion.rules['byline-missing'].severity, 'off');
    assert.equal(opinion.house.timeStyle, 'h');
    assert.equal(opinion.house.quotes, 'consistent');
    // The desk's own override wins over the newsroom's.
    assert.equal(at('opinion/ban-doc/c.txt').rules['byline-missing'].severity, 'warning');
    // A basename glob and excludedFiles from the extended file.
    assert.equal(at('x.md').rules['web-residue'].severity, 'error');
    assert.equal(at('tin-nhanh/y.md').rules['web-residue'].severity, 'warning');
    assert.equal(at('news/a.txt').rules['web-residue'].severity, 'warning');

    assert.deepEqual(resolver.forFile(path.join(desk, 'news/a.txt')).files, [path.join(desk, '.vnstyle.json')]);
    assert.equal(resolver.isIgnored(path.join(desk, 'drafts/d.txt')), true);
    assert.equal(resolver.isIgnored(path.join(desk, 'news/a.txt')), false);
    assert.equal(resolver.isIgnored(path.join(repo, 'newsroom/drafts/e.txt')), false, 'not relative to the shared file');
  });

  it('--config with a file that extends the newsroom file: globs from the --config file folder', () => {
    const { desk } = newsroom();
    const resolver = new ConfigResolver(RULES, { explicit: path.join(desk, '.vnstyle.json') });
    assert.equal(resolver.isIgnored(path.join(desk, 'drafts/d.txt')), true);
    assert.equal(resolver.forFile(path.join(desk, 'opinion/b.txt')).config.rules['byline-missing'].severity, 'off');
  });

  it('the command: the extended file ignores drafts and turns byline-missing off in opinion, from the desk folder', () => {
    const { repo } = newsroom();
    const r = vnstyle(['--format', 'unix', 'desks/thoi-su', 'newsroom'], { cwd: repo });
    assert.equal(r.code, 1, r.stderr);
    const undefinedHtx = (f: string, sev: string, full: string) =>
      `${f}:3:5: ${sev} Viết tắt "HTX" chưa được giải thích. Lần đầu hãy viết: "${full} (HTX)". [abbreviation-undefined]\n`;
    assert.equal(
      r.stdout,
      [
        undefinedHtx('desks/thoi-su/news/a.txt', 'error', 'hợp tác xã nông nghiệp'),
        'desks/thoi-su/news/a.txt:3:22: info Bài chưa có dòng tác giả ở cuối. [byline-missing]\n',
        undefinedHtx('desks/thoi-su/opinion/b.txt', 'error', 'hợp tác xã nông nghiệp'),
        undefinedHtx('desks/thoi-su/opinion/ban-doc/c.txt', 'error', 'hợp tác xã nông nghiệp'),
        'desks/thoi-su/opinion/ban-doc/c.txt:3:22: warning Bài chưa có dòng tác giả ở cuối. [byline-missing]\n',
        undefinedHtx('desks/thoi-su/tin-nhanh/y.md', 'error', 'hợp tác xã nông nghiệp'),
        'desks/thoi-su/tin-nhanh/y.md:3:22: info Bài chưa có dòng tác giả ở cuối. [byline-missing]\n',
        undefinedHtx('desks/thoi-su/x.md', 'error', 'hợp tác xã nông nghiệp'),
        'desks/thoi-su/x.md:3:22: info Bài chưa có dòng tác giả ở cuối. [byline-missing]\n',
        // Outside the desk: no configuration file applies (the newsroom file is not named .vnstyle.json).
        undefinedHtx('newsroom/drafts/e.txt', 'warning', 'hợp tác xã'),
        'newsroom/drafts/e.txt:3:22: info Bài chưa có dòng tác giả ở cuối. [byline-missing]\n',
      ].join(''),
    );
    const named = vnstyle(['desks/thoi-su/drafts/d.txt'], { cwd: repo });
    assert.equal(named.code, 0);
    assert.equal(named.stderr, 'vnstyle: desks/thoi-su/drafts/d.txt: tệp bị bỏ qua theo "ignores" trong cấu hình.\n');
    const printed = JSON.parse(vnstyle(['--print-config', 'desks/thoi-su/opinion/b.txt'], { cwd: repo }).stdout);
    assert.equal(printed.rules['byline-missing'], 'off');
    assert.equal(printed.house.timeStyle, 'h');
  });
});
