/**
 * Whole-process measurements: wall time from spawn to exit, as a user waits for it; the peak
 * resident set size and the CPU time the kernel recorded for the process (bench/peak-rss.cjs,
 * preloaded with NODE_OPTIONS, so it also covers any Node process the measured one starts); and,
 * the machine being shared, how busy the other processes kept its cores meanwhile (/proc/stat).
 * Before each run the bench waits (up to a bound) for the machine to be quiet.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

export interface ProcessRun {
  ms: number;
  /** Peak RSS in MB of the largest Node process in the run; null when none reported (killed by a signal). */
  peakMb: number | null;
  /** CPU seconds of the measured processes, all threads. */
  cpuS: number | null;
  /** Cores the rest of the machine kept busy during the run, on average (null without /proc/stat). */
  othersCores: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

const hook = path.resolve(__dirname, '..', 'bench', 'peak-rss.cjs');
const cores = os.availableParallelism();

/** Busy and total jiffies of the whole machine, or null where there is no /proc/stat. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - fields[3] - (fields[4] ?? 0), total };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** How long runNode waits for a quiet machine (--wait). */
export const quiet = { maxMs: 20_000 };

/** Wait until the machine's other processes use under 0.15 of a core for half a second, at most `maxMs`. */
export function waitForQuiet(maxMs = quiet.maxMs): void {
  const until = Date.now() + maxMs;
  while (Date.now() < until) {
    const a = cpuTimes();
    if (!a) return;
    sleep(500);
    const b = cpuTimes()!;
    if (((b.busy - a.busy) / Math.max(b.total - a.total, 1)) * cores < 0.15) return;
  }
}

/** Run `node args…` once (after waiting for a quiet machine) and measure it. */
export function runNode(args: string[], cwd: string): ProcessRun {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vnstyle-rss-')), 'rss');
  const env = { ...process.env, VNSTYLE_BENCH_RSS: rssFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${hook}`.trim() };
  waitForQuiet();
  const before = cpuTimes();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const after = cpuTimes();
  let peakMb: number | null = null;
  let cpuS: number | null = null;
  if (fs.existsSync(rssFile)) {
    const rows = fs
      .readFileSync(rssFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ').map(Number));
    if (rows.length) {
      peakMb = Math.max(...rows.map((x) => x[1])) / 1024;
      cpuS = rows.reduce((a, x) => a + x[2], 0) / 1e6;
    }
  }
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  if (r.error) throw r.error;
  // Busy cores over the run, less our own processes' share.
  const othersCores =
    before && after && cpuS !== null ? Math.max(0, ((after.busy - before.busy) / Math.max(after.total - before.total, 1)) * cores - cpuS / (ms / 1000)) : null;
  return { ms, peakMb, cpuS, othersCores, status: r.status, stdout: r.stdout, stderr: r.stderr };
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
  cpuS: number | null;
  othersCores: number | null;
  status: number | null;
}

export function summarize(runs: ProcessRun[]): Summary {
  const times = runs.map((r) => r.ms);
  const med = (f: (r: ProcessRun) => number | null) => {
    const xs = runs.map(f).filter((x): x is number => x !== null);
    return xs.length ? median(xs) : null;
  };
  return {
    ms: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    peakMb: med((r) => r.peakMb),
    cpuS: med((r) => r.cpuS),
    othersCores: med((r) => r.othersCores),
    status: runs[runs.length - 1].status,
  };
}
