// Preloaded into every process the bench measures (NODE_OPTIONS=--require): when the process
// exits, append its pid, peak resident set size (getrusage ru_maxrss, in KB: the kernel's own
// high-water mark, worker threads included, the same figure as /proc/<pid>/status VmHWM and GNU
// time's %M) and CPU time (user + system, µs, all threads) to the file the bench names. A
// process killed by a signal writes nothing and the bench says "n/a".
'use strict';
const { isMainThread } = require('node:worker_threads');
const out = process.env.VNSTYLE_BENCH_RSS;
if (isMainThread && out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').appendFileSync(out, `${process.pid} ${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
  });
}
