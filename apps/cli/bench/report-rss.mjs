// Loaded with --import by count-process.bench.ts: on exit, writes the process's peak memory (KB)
// and the CPU time it used (user + system, µs) to the file named by CAUCUS_BENCH_RSS.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.CAUCUS_BENCH_RSS) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.CAUCUS_BENCH_RSS, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
