// Preloaded into every process the bench measures (NODE_OPTIONS=--require): when the process
// exits, append its pid and peak resident set size (getrusage ru_maxrss, in KB: the kernel's
// own high-water mark, worker threads included, the same figure as /proc/<pid>/status VmHWM
// and GNU time's %M) to the file the bench names. A process killed by a signal writes nothing
// and the bench says "n/a".
'use strict';
const { isMainThread } = require('node:worker_threads');
const out = process.env.VNSTYLE_BENCH_RSS;
if (isMainThread && out) {
  process.on('exit', () => require('node:fs').appendFileSync(out, `${process.pid} ${process.resourceUsage().maxRSS}\n`));
}
