/**
 * Loaded with `node --import` into a content-tool child process: at exit, writes the process's
 * peak resident set size and CPU times to the file named by BENCH_RSS_OUT.
 *
 * The peak is VmHWM from /proc/self/status: on Linux, getrusage's maxRSS (what
 * process.resourceUsage() reports) keeps the high-water mark of the parent the child was forked
 * from, so a child of a large process would report the parent's size.
 */
import { readFileSync, writeFileSync } from 'node:fs';

function peakRss(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS * 1024;
}

const out = process.env.BENCH_RSS_OUT;
if (out) {
  process.on('exit', () => {
    const ru = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ maxRssBytes: peakRss(), userMs: ru.userCPUTime / 1000, systemMs: ru.systemCPUTime / 1000, uptimeMs: performance.now() }),
    );
  });
}
