/**
 * Lint files on all cores with worker threads, results delivered in input order.
 * At most `window` results wait for an earlier slow file, so memory stays bounded
 * however many files there are.
 */
import { Worker } from 'node:worker_threads';
import type { FileResult, JobOptions } from './lint-file';
import { lintFile } from './lint-file';

export async function lintAll(files: string[], options: JobOptions, concurrency: number, onResult: (r: FileResult) => void): Promise<void> {
  if (concurrency <= 1 || files.length < 2) {
    for (const f of files) onResult(lintFile(f, options));
    return;
  }
  const workers = Array.from({ length: Math.min(concurrency, files.length) }, () => new Worker(__filename, { workerData: { vnstyleWorker: true, options } }));
  const window = workers.length * 8;
  const done = new Map<number, FileResult>();
  let nextToSend = 0;
  let nextToEmit = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const idle: Worker[] = [];
      const pump = () => {
        while (idle.length && nextToSend < files.length && nextToSend < nextToEmit + window) {
          const w = idle.pop()!;
          w.postMessage({ index: nextToSend, filePath: files[nextToSend] });
          nextToSend++;
        }
        if (nextToEmit === files.length) resolve();
      };
      for (const w of workers) {
        w.on('message', (m: { index: number; result: FileResult }) => {
          done.set(m.index, m.result);
          while (done.has(nextToEmit)) {
            const r = done.get(nextToEmit)!;
            done.delete(nextToEmit);
            nextToEmit++;
            onResult(r);
          }
          idle.push(w);
          pump();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0 && nextToEmit < files.length) reject(new Error(`worker exited with code ${code}`));
        });
        idle.push(w);
      }
      pump();
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
