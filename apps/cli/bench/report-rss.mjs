// Loaded with --import by count-process.bench.ts: writes the process's peak memory (KB) on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.CAUCUS_BENCH_RSS)
    writeFileSync(process.env.CAUCUS_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
