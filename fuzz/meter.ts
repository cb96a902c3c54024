/**
 * A deterministic work meter for the growth test in `npm test` (seconds are no test: a shared
 * machine makes them noise). It counts, while a function runs:
 *  - every execution of a function or block of JavaScript (V8's precise block coverage), which
 *    catches a loop inside a loop;
 *  - the characters each regular-expression match examines at least (from where it starts to the
 *    end of its match, or of the text when it fails), which catches a search repeated from the
 *    start of a text for every word;
 *  - the characters string searches and copies scan (indexOf, lastIndexOf, includes, normalize,
 *    slice, split, repeat) and the elements array slices copy, which catches the same done with
 *    string and array methods.
 * What it cannot see is a single regular expression backtracking inside one match (V8 gives no
 * count of its steps): that is what the timed growth run of `npm run fuzz` is for.
 */
import { Session } from 'node:inspector';

let chars = 0;
let active = false;

type Fn = (...args: never[]) => unknown;
const patches: Array<[object, string, Fn]> = [];

function patch(target: object, name: string, cost: (self: unknown, args: unknown[], result: unknown) => number): void {
  const original = (target as Record<string, Fn>)[name];
  patches.push([target, name, original]);
  (target as Record<string, Fn>)[name] = function (this: unknown, ...args: unknown[]) {
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (active) chars += cost(this, args, result);
    return result;
  } as Fn;
}

function install(): void {
  const RE = RegExp.prototype as unknown as { exec: Fn };
  const execOriginal = RE.exec;
  patches.push([RE, 'exec', execOriginal]);
  RE.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = (execOriginal as unknown as (s: string) => RegExpExecArray | null).call(this, s);
    // A sticky expression is tried at one place only; any other fails after scanning the rest of the text.
    if (active) chars += 1 + Math.max(0, (m ? m.index + m[0].length : this.sticky ? from : String(s).length) - from);
    return m;
  } as unknown as Fn;
  const S = String.prototype;
  const len = (self: unknown) => String(self).length;
  patch(S, 'indexOf', (self, [, from], r) => 1 + ((r as number) >= 0 ? (r as number) : len(self)) - Math.max(0, Number(from ?? 0) || 0));
  patch(S, 'lastIndexOf', (self, [, from], r) => 1 + Math.max(0, (from === undefined ? len(self) : Number(from)) - Math.max(0, r as number)));
  patch(S, 'includes', (self) => 1 + len(self));
  patch(S, 'normalize', (self) => 1 + len(self));
  patch(S, 'slice', (_self, _args, r) => 1 + (r as string).length);
  patch(S, 'split', (self) => 1 + len(self));
  patch(S, 'repeat', (_self, _args, r) => 1 + (r as string).length);
}

function uninstall(): void {
  for (const [target, name, original] of patches.reverse()) (target as Record<string, Fn>)[name] = original;
  patches.length = 0;
}

/** Measure `run`'s work: block executions plus characters examined. Runs `run` once. */
export function meterWork(run: () => void): number {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object): T => {
    let out: T | undefined;
    let error: Error | null = null;
    session.post(method, params ?? {}, (e, r) => {
      error = e;
      out = r as T;
    });
    if (error) throw error;
    return out as T;
  };
  try {
    post('Profiler.enable');
    post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
    post('Profiler.takePreciseCoverage'); // counts start from zero
    install();
    chars = 0;
    active = true;
    try {
      run();
    } finally {
      active = false;
      uninstall();
    }
    const cov = post<{ result: Array<{ url: string; functions: Array<{ ranges: Array<{ count: number }> }> }> }>('Profiler.takePreciseCoverage');
    let blocks = 0;
    for (const script of cov.result) {
      if (!script.url || script.url.startsWith('node:') || script.url.includes('node_modules')) continue; // our code only
      for (const f of script.functions) for (const r of f.ranges) blocks += r.count;
    }
    post('Profiler.stopPreciseCoverage');
    return blocks + chars;
  } finally {
    session.disconnect();
  }
}
