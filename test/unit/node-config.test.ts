/**
 * src/node/config-files.ts directly: which `.vnstyle.json` files decide for an article (the
 * discovery the command and the editor share), in what order, and what a broken file says.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';
import { ConfigError, ConfigHost, ConfigResolver, parseConfigText } from '../../src/node/config-files';
import { tempDir, write } from './cli-helpers';

/** repo/.git, repo/.vnstyle.json (party-press), repo/desk/.vnstyle.json (a rule off), and a file above the repository. */
function repo(): { outer: string; root: string; desk: string } {
  const outer = tempDir();
  write(outer, '.vnstyle.json', JSON.stringify({ profile: 'commercial', rules: { dash: 'error' } }));
  const root = path.join(outer, 'repo');
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  write(root, '.vnstyle.json', JSON.stringify({ profile: 'party-press', rules: { quotes: 'error', dash: 'info' } }));
  write(root, 'desk/.vnstyle.json', JSON.stringify({ rules: { quotes: 'off' }, ignores: ['drafts/**'] }));
  return { outer, root, desk: path.join(root, 'desk') };
}

describe('src/node/config-files: discovery', () => {
  it('walks up from the article to the repository root, nearer files overriding farther ones; nothing above the root is read', () => {
    const { root, desk } = repo();
    const r = new ConfigResolver(RULES);
    const inDesk = r.forFile(path.join(desk, 'tin', 'a.txt'));
    assert.deepEqual(inDesk.files, [path.join(root, '.vnstyle.json'), path.join(desk, '.vnstyle.json')]);
    assert.equal(inDesk.config.profile, 'party-press');
    assert.equal(inDesk.config.rules.quotes.severity, 'off', 'the desk file wins');
    assert.equal(inDesk.config.rules.dash.severity, 'info', 'the repository file, not the one above the repository');
    const atRoot = r.forFile(path.join(root, 'b.txt'));
    assert.deepEqual(atRoot.files, [path.join(root, '.vnstyle.json')]);
    assert.equal(atRoot.config.rules.quotes.severity, 'error');
  });

  it('outside any repository, the walk goes up to the file system root', () => {
    const { outer } = repo();
    const r = new ConfigResolver(RULES).forFile(path.join(outer, 'loose', 'a.txt'));
    assert.deepEqual(r.files, [path.join(outer, '.vnstyle.json')]);
    assert.equal(r.config.profile, 'commercial');
  });

  it('--config names the only file used; --no-config-lookup uses none; settings lie beneath the files and flags above them', () => {
    const { root, desk } = repo();
    const article = path.join(desk, 'a.txt');
    const explicit = write(tempDir(), 'other.json', JSON.stringify({ profile: 'commercial' }));
    assert.deepEqual(new ConfigResolver(RULES, { explicit }).forFile(article).files, [explicit]);
    const none = new ConfigResolver(RULES, { noLookup: true }).forFile(article);
    assert.deepEqual(none.files, []);
    assert.equal(none.config.profile, 'recommended');
    const layered = new ConfigResolver(RULES, { base: { profile: 'commercial', rules: { ellipsis: 'error' } }, flags: { rules: { dash: 'error' } } });
    assert.deepEqual(
      layered.layersFor(article).map((l) => l.source),
      ['base', path.join(root, '.vnstyle.json'), path.join(desk, '.vnstyle.json'), 'flags'],
    );
    const c = layered.forFile(article).config;
    assert.equal(c.profile, 'party-press', 'a file beats the settings');
    assert.equal(c.rules.ellipsis.severity, 'error', 'settings no file changes stay');
    assert.equal(c.rules.dash.severity, 'error', 'flags beat every file');
  });

  it('ignores: globs relative to the folder of the file that says them', () => {
    const { root, desk } = repo();
    const r = new ConfigResolver(RULES);
    assert.equal(r.isIgnored(path.join(desk, 'drafts', 'a.txt')), true);
    assert.equal(r.isIgnored(path.join(desk, 'tin', 'drafts', 'a.txt')), false);
    assert.equal(r.isIgnored(path.join(root, 'drafts', 'a.txt')), false, 'not above the desk');
  });

  it('reads each configuration file once however many articles share it, and sees a file through the host it is given', () => {
    const files: Record<string, string> = {
      '/ws/.git': '',
      '/ws/.vnstyle.json': '{ "profile": "party-press" }',
      '/ws/a/.vnstyle.json': '{ "rules": { "dash": "off" } }',
    };
    const reads: string[] = [];
    const host: ConfigHost = {
      exists: (f) => f in files,
      readFile: (f) => {
        reads.push(f);
        if (!(f in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
        return files[f];
      },
    };
    const r = new ConfigResolver(RULES, { host });
    for (let i = 0; i < 20; i++) assert.equal(r.forFile(`/ws/a/b/${i}.txt`).config.rules.dash.severity, 'off');
    assert.equal(r.forFile('/ws/c.txt').config.profile, 'party-press');
    assert.deepEqual(reads.sort(), ['/ws/.vnstyle.json', '/ws/a/.vnstyle.json']);
  });

  it('a broken file: ConfigError with every problem at its file, line and column', () => {
    const { desk } = repo();
    write(desk, 'tin/.vnstyle.json', '{\n  "rules": { "no-such-rule": "error" },\n  "profle": "commercial"\n}\n');
    const r = new ConfigResolver(RULES);
    assert.throws(
      () => r.forFile(path.join(desk, 'tin', 'a.txt')),
      (e: unknown) => {
        assert.ok(e instanceof ConfigError);
        assert.deepEqual(
          e.problems.map((p) => [path.relative(desk, p.file), p.line, p.column]),
          [
            ['tin/.vnstyle.json', 2, 14],
            ['tin/.vnstyle.json', 3, 3],
          ],
        );
        assert.match(e.problems[1].message.en, /^Unknown key "profle"\. Did you mean "profile"\?/);
        return true;
      },
    );
    // Articles the broken file does not cover are unaffected.
    assert.equal(r.forFile(path.join(desk, 'a.txt')).config.profile, 'party-press');
  });
});

describe('src/node/config-files: parseConfigText', () => {
  it('reads comments and trailing commas (JSONC) and a BOM', () => {
    const { raw, problems } = parseConfigText('/x/.vnstyle.json', '\ufeff{\n  // tòa soạn\n  "profile": "commercial",\n}\n', RULES);
    assert.deepEqual(problems, []);
    assert.deepEqual(raw, { profile: 'commercial' });
  });

  it('invalid JSON: the position of the error; a file of blanks and comments: said to be empty', () => {
    const bad = parseConfigText('/x/.vnstyle.json', '{\n  "profile": "commercial"\n  "rules": {}\n}', RULES);
    assert.deepEqual(
      bad.problems.map((p) => [p.line, p.column, p.message.en]),
      [[3, 3, 'Invalid JSON: CommaExpected.']],
    );
    for (const empty of ['', '   \n', '// sẽ viết sau\n'])
      assert.deepEqual(
        parseConfigText('/x/.vnstyle.json', empty, RULES).problems.map((p) => [p.line, p.column, p.message.en]),
        [[1, 1, 'The configuration file is empty.']],
      );
  });
});
