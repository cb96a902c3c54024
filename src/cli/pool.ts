/**
 * Lint files on several threads — the main thread and worker threads — with results delivered
 * in input order. At most `window` results wait for an earlier slow file, so memory stays
 * bounded however many files there are.
 */
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult, JobOptions } from './lint-file';
import { lintFile } from './lint-file';

/**
 * `--concurrency auto`: every core once the job repays starting a worker, else the main thread
 * alone. A worker costs a thread that loads the bundle and warms up its own JIT (about 0.3 s
 * of CPU and 60 MB), paid back only by the files it takes off the main thread.
 *
 * Measured with `npm run bench` (crossover section), 2 cores, Node 20, dev corpus articles
 * (3.4 KB each on average), 2025-12-03: TODO.
 */
export const AUTO_MIN_FILES = 400;

/** How many threads lint: `concurrency` as given, or for auto, every core when there are enough files. */
export function threadsFor(concurrency: number | 'auto', files: number, cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length)): number {
  if (concurrency !== 'auto') return concurrency;
  return files >= AUTO_MIN_FILES ? cores : 1;
}

/** Files sent ahead to a worker, so it never waits while the main thread lints a file of its own. */
const DEPTH = 2;

/**
 * Lint `files` on `threads` threads: the main thread and `threads - 1` workers (one thread:
 * all in this thread, no worker). `onResult` is called in input order.
 */
export async function lintAll(files: string[], options: JobOptions, threads: number, onResult: (r: FileResult) => void): Promise<void> {
  if (threads <= 1 || files.length < 2) {
    for (const f of files) onResult(lintFile(f, options));
    return;
  }
  const workers = Array.from(
    { length: Math.min(threads - 1, files.length - 1) },
    () => new Worker(__filename, { workerData: { vnstyleWorker: true, options } }),
  );
  const window = (workers.length + 1) * 8;
  const done = new Map<number, FileResult>();
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextToSend = 0;
  let nextToEmit = 0;
  const canTake = () => nextToSend < files.length && nextToSend < nextToEmit + window;
  const complete = (index: number, result: FileResult) => {
    done.set(index, result);
    while (done.has(nextToEmit)) {
      const r = done.get(nextToEmit)!;
      done.delete(nextToEmit);
      nextToEmit++;
      onResult(r);
    }
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let scheduled = false;
      // One step: fill the workers' queues, lint one file here, then let the workers' messages in.
      const step = () => {
        scheduled = false;
        try {
          for (const w of workers) {
            while (inFlight.get(w)! < DEPTH && canTake()) {
              w.postMessage({ index: nextToSend, filePath: files[nextToSend] });
              nextToSend++;
              inFlight.set(w, inFlight.get(w)! + 1);
            }
          }
          if (canTake()) {
            const index = nextToSend++;
            complete(index, lintFile(files[index], options));
          }
          if (nextToEmit === files.length) resolve();
          else if (canTake()) schedule();
        } catch (e) {
          reject(e);
        }
      };
      const schedule = () => {
        if (!scheduled) {
          scheduled = true;
          setImmediate(step);
        }
      };
      for (const w of workers) {
        w.on('message', (m: { index: number; result: FileResult }) => {
          inFlight.set(w, inFlight.get(w)! - 1);
          complete(m.index, m.result);
          schedule();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0 && nextToEmit < files.length) reject(new Error(`worker exited with code ${code}`));
        });
      }
      schedule();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker side: lint what the main thread sends. */
export function workerMain(port: import('node:worker_threads').MessagePort, options: JobOptions): void {
  port.on('message', (m: { index: number; filePath: string }) => {
    port.postMessage({ index: m.index, result: lintFile(m.filePath, options) });
  });
}
