/**
 * Whole-process measurements: wall time from spawn to exit, as a user waits for it, and the
 * peak resident set size the kernel recorded for the process (bench/peak-rss.cjs, preloaded
 * with NODE_OPTIONS, so it also covers any Node process the measured one starts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

export interface ProcessRun {
  ms: number;
  /** Peak RSS in MB of the largest Node process in the run; null when none reported (killed by a signal). */
  peakMb: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

const hook = path.resolve(__dirname, '..', 'bench', 'peak-rss.cjs');

/** Run `node args…` once and measure it. */
export function runNode(args: string[], cwd: string): ProcessRun {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vnstyle-rss-')), 'rss');
  const env = { ...process.env, VNSTYLE_BENCH_RSS: rssFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${hook}`.trim() };
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  let peakMb: number | null = null;
  if (fs.existsSync(rssFile)) {
    const kbs = fs.readFileSync(rssFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => Number(l.split(' ')[1]));
    if (kbs.length) peakMb = Math.max(...kbs) / 1024;
  }
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  if (r.error) throw r.error;
  return { ms, peakMb, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Several runs of one measurement: medians, and the spread of the times. */
export interface Summary {
  ms: number;
  minMs: number;
  maxMs: number;
  peakMb: number | null;
  status: number | null;
}

export function summarize(runs: ProcessRun[]): Summary {
  const times = runs.map((r) => r.ms);
  const peaks = runs.map((r) => r.peakMb).filter((p): p is number => p !== null);
  return { ms: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), peakMb: peaks.length ? median(peaks) : null, status: runs[runs.length - 1].status };
}
