/**
 * Counting benchmarks in-process (figures are printed, not asserted). Run with `npm run bench`
 * (or `npx tsx packages/count/bench/count.bench.ts`). Inputs come from bench/synthetic.ts:
 *   1. Meek STV, 20 candidates, 5 seats, 10k / 100k / 1M papers, one BLT line per paper;
 *   2. AV, 500,000 papers, 10 candidates, one line per paper;
 *   3. Scottish STV over a council-election day: 351 wards.
 * Each figure is the median of several runs after a first (cold) run, which is shown too; the
 * whole-process figures, as a user runs `caucus count`, are in apps/cli/bench.
 */
import { countElection, type MethodName, parseBlt, resultToJson } from '../src/index';
import { avBlt, councilDay, meekBlt } from './synthetic';

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

/** Time of the first (cold) run and median time of `repeats` further runs, in ms. */
function measure(repeats: number, run: () => unknown): { first: number; median: number } {
  const first = time(run).ms;
  const times = Array.from({ length: repeats }, () => time(run).ms).sort((a, b) => a - b);
  return { first, median: times[Math.floor(times.length / 2)] ?? 0 };
}

function figures({ first, median }: { first: number; median: number }): string {
  const digits = median < 100 ? 1 : 0;
  return `${median.toFixed(digits)} ms (first run ${first.toFixed(digits)} ms)`;
}

function countOne(label: string, text: string, method: MethodName, repeats: number): void {
  const parse = measure(repeats, () => parseBlt(text));
  const election = parseBlt(text);
  const count = measure(repeats, () => countElection(election, { method }));
  const total = measure(repeats, () => countElection(parseBlt(text), { method }));
  const result = countElection(election, { method });
  const iterations = result.stages.reduce(
    (sum, s) => sum + (s.action.type === 'iteration' ? s.action.iterations : 0),
    0,
  );
  const quota = method.startsWith('meek') ? resultToJson(result).quota : undefined;
  console.log(
    `${label}: ${(text.length / 1e6).toFixed(1)} MB of BLT, ${result.ballots.distinct} distinct lines, ${result.stages.length} stages${iterations ? `, ${iterations} iterations` : ''}${quota ? `, final quota ${quota}` : ''}`,
  );
  console.log(`   parse + count ${figures(total)}; parse ${figures(parse)}; count ${figures(count)}`);
}

for (const papers of [10_000, 100_000, 1_000_000]) {
  const text = meekBlt(papers);
  countOne(
    `Meek, 20 candidates, 5 seats, ${papers.toLocaleString('en-GB')} papers`,
    text,
    'meek',
    papers > 100_000 ? 3 : 9,
  );
  countOne(`  the same, meek-droop (stv-rs's rule)`, text, 'meek-droop', papers > 100_000 ? 3 : 9);
}
countOne('AV, 10 candidates, 500,000 papers', avBlt(), 'av', 5);

const wards = councilDay();
const day = measure(3, () => {
  for (const text of wards) countElection(parseBlt(text), { method: 'scottish' });
});
const megabytes = wards.reduce((sum, text) => sum + text.length, 0) / 1e6;
console.log(`Scottish STV council day: ${wards.length} wards, ${megabytes.toFixed(1)} MB of BLT`);
console.log(
  `   parse + count, one after another in one thread: ${figures(day)} (target < 2000 ms whole process)`,
);
