/** src/node/files.ts directly: which files a run lints, and what it says about the rest. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { collectFiles, WalkResult } from '../../src/node/files';
import { tempDir, unprivilegedUid, write } from './cli-helpers';

/** A folder of files (content irrelevant) and a `rel` to show results relative to it. */
function tree(files: string[]): { dir: string; rel: (list: string[]) => string[] } {
  const dir = tempDir();
  for (const f of files) write(dir, f, 'Tít\n\nBài.\n');
  return { dir, rel: (list) => list.map((f) => path.relative(dir, f).split(path.sep).join('/')) };
}

describe('src/node/files: collectFiles', () => {
  it('walks a folder: articles by extension (any case), sorted by name at every level, .git and node_modules never entered', () => {
    const { dir, rel } = tree([
      'b.txt',
      'a.md',
      'C.MARKDOWN',
      'notes.docx',
      'sub/z.txt',
      'sub/a.txt',
      'sub-2/a.txt',
      '.git/x.txt',
      'node_modules/pkg/README.md',
      'deep/er/est.md',
    ]);
    const r = collectFiles([dir]);
    assert.deepEqual(rel(r.files), ['C.MARKDOWN', 'a.md', 'b.txt', 'deep/er/est.md', 'sub-2/a.txt', 'sub/a.txt', 'sub/z.txt']);
    assert.ok(r.files.every((f) => path.isAbsolute(f)));
    assert.deepEqual(r.problems, []);
  });

  it('extensions: only those asked for, with or without the dot; a file named explicitly is taken whatever its extension', () => {
    const { dir, rel } = tree(['a.txt', 'b.md', 'c.rst', 'd.TXT']);
    assert.deepEqual(rel(collectFiles([dir], { extensions: ['.txt'] }).files), ['a.txt', 'd.TXT']);
    assert.deepEqual(rel(collectFiles([dir], { extensions: ['rst', 'md'] }).files), ['b.md', 'c.rst']);
    assert.deepEqual(rel(collectFiles(['c.rst', 'a.txt'], { cwd: dir }).files), ['a.txt', 'c.rst']);
  });

  it('relative inputs are read from cwd; no input means the current folder; a file named twice is listed once', () => {
    const { dir, rel } = tree(['a.txt', 'sub/b.txt']);
    assert.deepEqual(rel(collectFiles([], { cwd: dir }).files), ['a.txt', 'sub/b.txt']);
    assert.deepEqual(rel(collectFiles(['sub', 'sub/b.txt', path.join(dir, 'sub', 'b.txt')], { cwd: dir }).files), ['sub/b.txt']);
  });

  it('.gitignore and .vnstyleignore apply below their folder, nested files refining outer ones', () => {
    const { dir, rel } = tree(['keep.txt', 'drafts/a.txt', 'desk/a.txt', 'desk/old/b.txt', 'desk/old/keep.txt', 'other/old/c.txt', 'build/x.md']);
    fs.mkdirSync(path.join(dir, '.git'));
    write(dir, '.gitignore', 'drafts/\nbuild\n');
    write(dir, 'desk/.vnstyleignore', 'old/*\n!old/keep.txt\n');
    assert.deepEqual(rel(collectFiles([dir]).files), ['desk/a.txt', 'desk/old/keep.txt', 'keep.txt', 'other/old/c.txt']);
    // Walking from inside: the ignore files above, up to the repository root, still apply.
    assert.deepEqual(rel(collectFiles([path.join(dir, 'desk')]).files), ['desk/a.txt', 'desk/old/keep.txt']);
    assert.deepEqual(rel(collectFiles([path.join(dir, 'drafts')]).files), []);
  });

  it('an ignore file above the repository root does not apply inside it', () => {
    const outer = tempDir();
    write(outer, '.gitignore', '*.txt\n');
    const repo = path.join(outer, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    write(repo, 'a.txt', 'Tít\n\nBài.\n');
    assert.deepEqual(collectFiles([repo]).files, [path.join(repo, 'a.txt')]);
  });

  it('globs walk from their folder and match the rest; a glob that matches nothing and a missing path are problems', () => {
    const { dir, rel } = tree(['docs/a.md', 'docs/x/b.md', 'docs/x/c.txt', 'news/d.md']);
    const r = collectFiles(['docs/**/*.md', 'news/*.txt', 'gone.txt'], { cwd: dir });
    assert.deepEqual(rel(r.files), ['docs/a.md', 'docs/x/b.md']);
    assert.deepEqual(r.problems, [
      { kind: 'no-match', path: 'news/*.txt' },
      { kind: 'missing', path: 'gone.txt' },
    ]);
  });

  it('symbolic links: a link to a file or folder is followed, a dangling one skipped, a loop said once and the rest walked', () => {
    const { dir, rel } = tree(['real/a.txt', 'z.txt']);
    fs.symlinkSync(path.join(dir, 'real', 'a.txt'), path.join(dir, 'link.txt'));
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'linked-folder'));
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    fs.symlinkSync(dir, path.join(dir, 'real', 'loop'));
    const r = collectFiles([dir]);
    assert.deepEqual(rel(r.files), ['link.txt', 'linked-folder/a.txt', 'real/a.txt', 'z.txt']);
    assert.deepEqual(
      r.problems.map((p) => [p.kind, path.relative(dir, p.path)]),
      [
        ['symlink-loop', 'linked-folder/loop'],
        ['symlink-loop', 'real/loop'],
      ],
    );
  });

  it('a folder it may not read is a problem with its error code, and the others are still walked', function () {
    const { dir, rel } = tree(['open/a.txt', 'closed/b.txt']);
    fs.chmodSync(path.join(dir, 'closed'), 0o000);
    // Root reads every folder: then the walk runs in a process of an unprivileged user.
    const uid = unprivilegedUid();
    if (uid === null && process.getuid?.() === 0) this.skip();
    const walk = (): WalkResult => {
      if (uid === null) return collectFiles([dir]);
      const script = `process.stdout.write(JSON.stringify(require(${JSON.stringify(require.resolve('../../src/node/files'))}).collectFiles([${JSON.stringify(dir)}])))`;
      const r = spawnSync(process.execPath, ['-e', script], { uid, gid: uid, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as WalkResult;
    };
    const r = walk();
    assert.deepEqual(rel(r.files), ['open/a.txt']);
    assert.deepEqual(r.problems, [{ kind: 'unreadable-dir', path: path.join(dir, 'closed'), detail: 'EACCES' }]);
  });
});
