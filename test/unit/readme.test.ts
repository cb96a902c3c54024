/**
 * The README's recipes, taken from README.md and run: installing from npm, the pull-request
 * workflow (its steps run as GitHub runs them, on a clone with a real origin/main and a
 * merge commit like refs/pull/N/merge), the pre-commit configuration and the plain git
 * hook. The one substitution: the package comes from `npm pack` of this checkout, offline.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { ROOT } from './helpers';
import { tempDir, write } from './cli-helpers';
import { git, gitEnv } from './git-helpers';
import { npm, offlineEnv, packedTarball, projectWithVnstyle } from './npm-helpers';
import { hooks, runHook } from './precommit-helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The fenced block right after `<!-- snippet: NAME -->`. */
function snippet(name: string): string {
  const m = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(README);
  assert.ok(m, `README.md has no snippet "${name}"`);
  return m[1];
}

/** bash as GitHub Actions runs a `run:` step. */
function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('README recipes, run', function () {
  this.timeout(300000);

  it('install from npm: npm install --save-dev vnstyle, npx vnstyle init, npx vnstyle on a folder', () => {
    const lines = snippet('install').split('\n');
    assert.equal(lines[0], 'npm install --save-dev vnstyle');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'toa-soan', version: '1.0.0', private: true }));
    write(dir, 'bai-viet/xa.txt', 'Tít: xã họp tổng kết\n\nCác HTX họp ngày 31/4/2024.\n\nLan Anh\n');
    const env = offlineEnv();
    // The registry's "vnstyle" is this checkout's tarball.
    const script = [`npm install --save-dev ${JSON.stringify(packedTarball().tarball)}`, ...lines.slice(1)].join('\n');
    const r = bash(script, dir, env);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, '.vnstyle.json'), 'utf8')).profile, 'party-press');
    assert.match(
      r.stdout,
      /Đã tạo \.vnstyle\.json \(hồ sơ party-press\)\.\n\nbai-viet\/xa\.txt\n {2}3:5 +cảnh báo +Viết tắt "HTX"[^\n]*\n {2}3:18 +lỗi +Ngày "31\/4\/2024"/,
    );
    assert.ok(fs.existsSync(path.join(dir, 'node_modules', 'vnstyle', 'schemas', 'vnstyle.schema.json')));
  });

  describe('the GitHub workflow', () => {
    interface Step {
      uses?: string;
      run?: string;
      if?: string;
      name?: string;
      with?: Record<string, unknown>;
    }
    const workflow = yaml.load(snippet('github-workflow')) as { on: string[]; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };

    /**
     * origin: a newsroom repository (vnstyle as a dev dependency, here from a tarball kept in
     * the repository) with an archive full of old faults on main, and a branch. The checkout
     * is what actions/checkout makes of a pull request: a full clone, HEAD on the merge of
     * the branch into main.
     */
    function pullRequest(change: (repo: string) => void): { workspace: string; summary: string; env: NodeJS.ProcessEnv } {
      const origin = path.join(tempDir(), 'origin');
      fs.mkdirSync(origin);
      fs.mkdirSync(path.join(origin, 'vendor'));
      const tarball = path.join(origin, 'vendor', path.basename(packedTarball().tarball));
      fs.copyFileSync(packedTarball().tarball, tarball);
      fs.writeFileSync(path.join(origin, 'package.json'), JSON.stringify({ name: 'toa-soan', version: '1.0.0', private: true }));
      const install = npm('npm', ['install', '--save-dev', `./vendor/${path.basename(tarball)}`], { cwd: origin, env: offlineEnv() });
      assert.equal(install.code, 0, install.stderr);
      fs.rmSync(path.join(origin, 'node_modules'), { recursive: true });
      write(origin, '.gitignore', 'node_modules/\n');
      write(origin, 'articles/lưu trữ/cũ.txt', 'Tít\n\nCác HTX họp ngày 31/4/2024.\n\nLan Anh\n');
      write(origin, 'articles/thời sự/họp.md', '# Tít\n\nSáng nay trời đẹp.\n\nLan Anh\n');
      git(origin, 'init', '-q', '-b', 'main');
      git(origin, 'add', '-A');
      git(origin, 'commit', '-q', '-m', 'Lưu trữ');
      git(origin, 'checkout', '-q', '-b', 'sua-bai');
      change(origin);
      git(origin, 'add', '-A');
      git(origin, 'commit', '-q', '-m', 'Sửa bài');
      git(origin, 'checkout', '-q', 'main');
      // main moves on after the branch left it.
      write(origin, 'articles/thời sự/mới trên main.md', '# Tít\n\nCác UBND họp.\n\nLan Anh\n');
      git(origin, 'add', '-A');
      git(origin, 'commit', '-q', '-m', 'Bài khác trên main');

      const workspace = path.join(tempDir(), 'work space');
      const checkout = workflow.jobs.style.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
      assert.equal(checkout.with?.['fetch-depth'], 0, 'without the history, --changed-since cannot find the merge base');
      git(path.dirname(workspace), 'clone', '-q', origin, workspace);
      git(workspace, 'checkout', '-q', '--detach', 'origin/main');
      git(workspace, 'merge', '-q', '--no-ff', '--no-edit', 'origin/sua-bai');
      const summary = path.join(tempDir(), 'step_summary');
      fs.writeFileSync(summary, '');
      const env = offlineEnv({
        ...gitEnv(),
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_BASE_REF: 'main',
        GITHUB_HEAD_REF: 'sua-bai',
        GITHUB_WORKSPACE: workspace,
        GITHUB_SHA: git(workspace, 'rev-parse', 'HEAD').trim(),
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'toa-soan/bai-viet',
        GITHUB_STEP_SUMMARY: summary,
      });
      return { workspace, summary, env };
    }

    /** Each step as the runner runs it: `run` in bash -eo pipefail; after a failure, only `if: always()` steps. */
    function runSteps(ws: {
      workspace: string;
      env: NodeJS.ProcessEnv;
    }): Array<{ step: Step; code: number | null; stdout: string; stderr: string } | { step: Step; skipped: true }> {
      const out: Array<{ step: Step; code: number | null; stdout: string; stderr: string } | { step: Step; skipped: true }> = [];
      let failed = false;
      for (const step of workflow.jobs.style.steps) {
        if (failed && step.if !== 'always()') {
          out.push({ step, skipped: true });
          continue;
        }
        if (step.run) {
          const r = bash(step.run, ws.workspace, ws.env);
          out.push({ step, ...r });
          if (r.code !== 0) failed = true;
        } else if (step.uses?.startsWith('github/codeql-action/upload-sarif@')) {
          const sarif = JSON.parse(fs.readFileSync(path.join(ws.workspace, String(step.with?.sarif_file)), 'utf8'));
          assert.equal(sarif.version, '2.1.0');
          out.push({ step, code: 0, stdout: String(sarif.runs[0].results.length), stderr: '' });
        } else out.push({ step, code: 0, stdout: '', stderr: '' }); // checkout (done above), setup-node (this Node)
      }
      return out;
    }

    it('runs on pull requests, with the permissions code scanning needs', () => {
      assert.deepEqual(workflow.on, ['pull_request']);
      assert.deepEqual(workflow.permissions, { contents: 'read', 'security-events': 'write' });
      assert.deepEqual(Object.keys(workflow.jobs), ['style']);
      const runs = workflow.jobs.style.steps.map((s) => s.run ?? s.uses);
      assert.deepEqual(runs.slice(0, 3), ['actions/checkout@v4', 'actions/setup-node@v4', 'npm ci']);
    });

    it('a pull request that adds a fault: summary and annotations show only its lines, the step fails, SARIF covers the archive', () => {
      const ws = pullRequest((repo) => {
        write(repo, 'articles/thời sự/họp.md', '# Tít\n\nSáng nay trời đẹp.\n\nHạn chót ngày 30/2/2024.\n\nLan Anh\n');
        write(repo, 'articles/thời sự/tin mới.md', '# Tin mới\n\nCác HĐND họp.\n\nLan Anh\n');
      });
      const results = runSteps(ws);
      const byName = (n: string) => results.find((r) => r.step.name === n || r.step.run === n || r.step.uses === n)!;
      assert.equal((byName('npm ci') as { code: number }).code, 0);
      const check = byName('vnstyle') as { code: number; stdout: string; stderr: string };
      assert.equal(check.code, 1, check.stderr);
      assert.equal(check.stdout.trim().split('\n').length, 2, check.stdout);
      assert.match(
        check.stdout,
        /^::error file=articles\/thời sự\/họp\.md,line=5,col=15,endLine=5,endColumn=24,title=vnstyle\(date-invalid\)::Ngày "30\/2\/2024"/m,
      );
      assert.match(
        check.stdout,
        /^::warning file=articles\/thời sự\/tin mới\.md,line=3,col=5,endLine=3,endColumn=9,title=vnstyle\(abbreviation-undefined\)::/m,
      );
      const summary = fs.readFileSync(ws.summary, 'utf8');
      assert.match(
        summary,
        /^## vnstyle\n\n❌ \*\*2 vấn đề \(1 lỗi, 1 cảnh báo, 0 thông tin\)\*\* trong 2 trên 2 tệp đã kiểm tra\. Chỉ tính các dòng thêm hoặc sửa từ origin\/main\./,
      );
      assert.match(
        summary,
        /\n### articles\/thời sự\/họp\.md\n[\s\S]*\| \[5:15\]\(https:\/\/github\.com\/toa-soan\/bai-viet\/blob\/[0-9a-f]{40}\/articles\/th%E1%BB%9Di%20s%E1%BB%B1\/h%E1%BB%8Dp\.md#L5\) \| ❌ lỗi \|/,
      );
      assert.doesNotMatch(summary, /31\/4\/2024|UBND/, 'neither the archive nor main after the branch');
      // The SARIF step ran after the failure and holds the whole archive, the old fault included.
      const sarif = byName('github/codeql-action/upload-sarif@v3') as { code: number; stdout: string };
      assert.equal(sarif.code, 0);
      assert.ok(Number(sarif.stdout) >= 4, sarif.stdout);
    });

    it('a pull request with clean changes passes, however old the archive is', () => {
      const ws = pullRequest((repo) => write(repo, 'articles/thời sự/họp.md', '# Tít\n\nSáng nay trời đẹp.\n\nChiều nay trời mưa.\n\nLan Anh\n'));
      const results = runSteps(ws);
      for (const r of results)
        assert.ok(!('skipped' in r) && r.code === 0, `${r.step.name ?? r.step.run ?? r.step.uses}: ${'stderr' in r ? r.stderr : 'skipped'}`);
      assert.equal(
        fs.readFileSync(ws.summary, 'utf8'),
        '## vnstyle\n\n✅ Không có vấn đề nào (1 tệp đã kiểm tra). Chỉ tính các dòng thêm hoặc sửa từ origin/main.\n',
      );
    });
  });

  it('the pre-commit configuration: this repository, this version, hooks that exist, its files: filter applied', () => {
    const config = yaml.load(snippet('pre-commit-config')) as {
      repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string; files?: string; args?: string[] }> }>;
    };
    assert.equal(config.repos.length, 1);
    const [entry] = config.repos;
    assert.equal(entry.repo, pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
    assert.equal(entry.rev, `v${pkg.version}`);
    const manifest = hooks();
    const project = projectWithVnstyle();
    const repo = path.join(project, 'kho');
    fs.mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, 'bai-viet/tin ngắn.txt', 'Tít\n\nCác HTX họp.\n\nLan Anh\n');
    write(repo, 'README.md', '# Kho bài\n\nCác HTX.\n');
    git(repo, 'add', '-A');
    for (const used of entry.hooks) {
      const hook = manifest.find((h) => h.id === used.id);
      assert.ok(hook, `no hook "${used.id}" in .pre-commit-hooks.yaml`);
      const r = runHook({ ...hook, ...used }, repo, path.join(project, 'node_modules', '.bin'));
      assert.deepEqual(r.files, ['bai-viet/tin ngắn.txt'], 'README.md is outside files: ^bai-viet/');
      assert.equal(r.code, 1);
      assert.match(r.output, /Viết tắt "HTX" chưa được giải thích/);
    }
    // The commented-out hook is the other one the manifest declares.
    assert.match(snippet('pre-commit-config'), /# - id: vnstyle-fix /);
    assert.ok(manifest.some((h) => h.id === 'vnstyle-fix'));
  });

  it('the plain git hook: git runs it, a staged fault stops the commit, names with spaces and Vietnamese pass through', () => {
    const repo = projectWithVnstyle();
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, '.gitignore', 'node_modules/\n');
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
    fs.writeFileSync(hook, `${snippet('git-hook')}\n`);
    fs.chmodSync(hook, 0o755);
    const env = offlineEnv(gitEnv());
    const commit = () => spawnSync('git', ['commit', '-q', '-m', 'Bài'], { cwd: repo, env, encoding: 'utf8' });
    write(repo, 'bài viết/tin ngắn.txt', 'Tít\n\nCác HTX họp.\n\nLan Anh\n');
    write(repo, 'ghi chú.json', '{}');
    spawnSync('git', ['add', '-A'], { cwd: repo, env });
    let r = commit();
    assert.notEqual(r.status, 0, 'the commit is refused');
    assert.match(r.stdout + r.stderr, /bài viết\/tin ngắn\.txt\n {2}3:5 +cảnh báo +Viết tắt "HTX"/);
    assert.equal(spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: repo, env }).status, 1, 'nothing committed');
    write(repo, 'bài viết/tin ngắn.txt', 'Tít\n\nCác hợp tác xã (HTX) họp.\n\nLan Anh\n');
    spawnSync('git', ['add', '-A'], { cwd: repo, env });
    r = commit();
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // Nothing staged among the articles: the hook lets the commit through without running vnstyle.
    write(repo, 'ghi chú.json', '{"a": 1}');
    spawnSync('git', ['add', '-A'], { cwd: repo, env });
    assert.equal(commit().status, 0);
  });
});
