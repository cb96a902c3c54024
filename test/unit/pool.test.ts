/** Linting on several threads (src/cli/pool.ts): how many, and results as a single thread gives them. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AUTO_MIN_FILES, threadsFor } from '../../src/cli/pool';
import { tempDir, vnstyle, write } from './cli-helpers';

describe('--concurrency: threads', () => {
  it('auto: one thread for a small job, every core from AUTO_MIN_FILES files on; a number is taken as given', () => {
    assert.equal(threadsFor('auto', 1, 2), 1);
    assert.equal(threadsFor('auto', AUTO_MIN_FILES - 1, 2), 1);
    assert.equal(threadsFor('auto', AUTO_MIN_FILES, 2), 2);
    assert.equal(threadsFor('auto', 100_000, 8), 8);
    assert.equal(threadsFor('auto', 100_000, 1), 1);
    assert.equal(threadsFor(3, 1, 2), 3);
    assert.equal(threadsFor(1, 100_000, 8), 1);
  });

  it('2 threads (the main one and a worker) give the same report and the same fixes as 1, in input order, a slow first file included', () => {
    const make = () => {
      const dir = tempDir();
      // A long article first: the other thread finishes many small ones before it.
      write(dir, 'a-dai.txt', `Tít bài\n\n${'Các HTX họp , bàn giai đoạn 2016 -2020.\n'.repeat(3000)}\nLan Anh\n`);
      for (let i = 0; i < 40; i++)
        write(dir, `b/${String(i).padStart(2, '0')}.txt`, i % 3 ? 'Tít bài\n\nMưa to , gió lớn.\n\nLan Anh\n' : 'Tít bài\n\nTrời nắng.\n\nLan Anh\n');
      return dir;
    };
    const runs = ['1', '2', '5'].map((threads) => {
      const dir = make();
      const report = vnstyle(['--concurrency', threads, '-f', 'json', '.'], { cwd: dir });
      const fixed = vnstyle(['--concurrency', threads, '--fix', '-f', 'unix', '.'], { cwd: dir });
      const files = ['a-dai.txt', ...Array.from({ length: 40 }, (_, i) => `b/${String(i).padStart(2, '0')}.txt`)];
      return {
        report,
        fixed,
        texts: files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')),
        files: (JSON.parse(report.stdout) as Array<{ filePath: string }>).map((r) => path.relative(dir, r.filePath)),
      };
    });
    const [one, ...more] = runs;
    assert.equal(one.files.length, 41);
    assert.deepEqual(one.files, [...one.files].sort());
    assert.equal(one.report.code, 0);
    assert.equal(one.texts[2], 'Tít bài\n\nMưa to, gió lớn.\n\nLan Anh\n', 'the fix was written');
    for (const r of more) {
      assert.equal(r.report.stdout.replace(/"filePath": ?"[^"]*"/g, ''), one.report.stdout.replace(/"filePath": ?"[^"]*"/g, ''));
      assert.deepEqual(r.files, one.files);
      assert.equal(r.fixed.stdout.replace(/^\/[^:]*\//gm, ''), one.fixed.stdout.replace(/^\/[^:]*\//gm, ''));
      assert.deepEqual(r.texts, one.texts);
    }
  });
});
