/**
 * Counting benchmarks (figures are printed, not asserted). Run with
 *   npx tsx packages/count/bench/count.bench.ts
 * Inputs are generated deterministically from fixed seeds:
 *   1. Scottish STV over a synthetic council day: 350 wards of 3–4 seats, 8–12 candidates and
 *      about 4,300 papers (mostly distinct preference lines) each — target < 2 s in total;
 *   2. Meek STV, 20 candidates, 5 seats, 5,000 ballots, BLT parsing included — target < 33 ms;
 *   3. AV, 500,000 ballots (one BLT line each), 10 candidates, parsing included — target < 0.3 s.
 */
import { countElection, type Election, parseBlt, writeBlt } from '../src/index';
import { createPrng, type Prng } from '../src/prng';

/** Uniform float in [0, 1) for generating synthetic preferences (not used for counting). */
function uniform(prng: Prng): number {
  return prng.nextUint32() / 2 ** 32;
}

/** A random ranking: candidates drawn in proportion to popularity, stopping early with probability `stop`. */
function ranking(prng: Prng, popularity: readonly number[], stop: number): number[] {
  const left = popularity.map((weight, index) => ({ weight, index }));
  const order: number[] = [];
  while (left.length > 0) {
    let pick = uniform(prng) * left.reduce((sum, c) => sum + c.weight, 0);
    let chosen = left.length - 1;
    for (let i = 0; i < left.length; i++) {
      pick -= left[i]?.weight ?? 0;
      if (pick < 0) {
        chosen = i;
        break;
      }
    }
    order.push(left[chosen]?.index ?? 0);
    left.splice(chosen, 1);
    if (uniform(prng) < stop) break;
  }
  return order;
}

/** Candidate popularities: 0.2 + u^skew for uniform u (a higher skew gives a few strong candidates). */
function popularities(prng: Prng, candidates: number, skew: number): number[] {
  return Array.from({ length: candidates }, () => 0.2 + uniform(prng) ** skew);
}

/** A synthetic election with `papers` ballots, identical rankings merged into weighted lines. */
function syntheticElection(
  prng: Prng,
  shape: { candidates: number; seats: number; papers: number; stop: number; skew: number },
): Election {
  const { candidates, seats, papers, stop, skew } = shape;
  const popularity = popularities(prng, candidates, skew);
  const lines = new Map<string, { weight: number; ranks: number[] }>();
  for (let i = 0; i < papers; i++) {
    const ranks = ranking(prng, popularity, stop);
    const key = ranks.join(' ');
    const line = lines.get(key);
    if (line) line.weight++;
    else lines.set(key, { weight: 1, ranks });
  }
  return {
    title: 'Synthetic',
    candidates: Array.from({ length: candidates }, (_, i) => `Candidate ${i + 1}`),
    seats,
    withdrawn: [],
    ballots: [...lines.values()],
  };
}

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

function figures({ first, median }: { first: number; median: number }, digits = 0): string {
  return `${median.toFixed(digits)} ms (first run ${first.toFixed(digits)} ms)`;
}

function councilDay(): void {
  const prng = createPrng('council-day');
  const wards = Array.from({ length: 350 }, () =>
    syntheticElection(prng, {
      candidates: 8 + Math.floor(uniform(prng) * 5),
      seats: 3 + Math.floor(uniform(prng) * 2),
      papers: 4300,
      stop: 0.04,
      skew: 1,
    }),
  );
  const papers = wards.reduce((sum, w) => sum + w.ballots.reduce((s, b) => s + b.weight, 0), 0);
  const lines = wards.reduce((sum, w) => sum + w.ballots.length, 0);
  const texts = wards.map((ward) => writeBlt(ward));
  const withParsing = measure(5, () => {
    for (const text of texts) countElection(parseBlt(text), { method: 'scottish' });
  });
  const countOnly = measure(5, () => {
    for (const ward of wards) countElection(ward, { method: 'scottish' });
  });
  console.log(
    `1. Scottish STV council day: ${wards.length} wards, ${papers} papers, ${lines} distinct lines`,
  );
  console.log(
    `   BLT parsing + count ${figures(withParsing)}; count alone ${figures(countOnly)} (target < 2000 ms)`,
  );
}

function meek(): void {
  const prng = createPrng('meek');
  const election = syntheticElection(prng, { candidates: 20, seats: 5, papers: 5000, stop: 0.08, skew: 2 });
  const text = writeBlt(election);
  const ms = measure(21, () => countElection(parseBlt(text), { method: 'meek' }));
  const result = countElection(parseBlt(text), { method: 'meek' });
  const iterations = result.stages.reduce(
    (sum, s) => sum + (s.action.type === 'iteration' ? s.action.iterations : 0),
    0,
  );
  console.log(
    `2. Meek STV: 20 candidates, 5 seats, 5000 ballots (${election.ballots.length} lines), ${result.stages.length} stages, ${iterations} iterations`,
  );
  console.log(`   parse + count ${figures(ms, 1)} (target < 33 ms)`);
}

function alternativeVote(): void {
  const prng = createPrng('av');
  const popularity = popularities(prng, 10, 2);
  const lines = ['10 1'];
  for (let i = 0; i < 500_000; i++)
    lines.push(
      `1 ${ranking(prng, popularity, 0.3)
        .map((c) => c + 1)
        .join(' ')} 0`,
    );
  lines.push('0', ...Array.from({ length: 10 }, (_, i) => `"Candidate ${i + 1}"`), '"AV"');
  const text = `${lines.join('\n')}\n`;
  const total = measure(5, () => countElection(parseBlt(text), { method: 'av' }));
  const parse = measure(5, () => parseBlt(text));
  const result = countElection(parseBlt(text), { method: 'av' });
  console.log(
    `3. AV: 500000 ballots, 10 candidates, ${(text.length / 1e6).toFixed(1)} MB of BLT, ${result.ballots.distinct} distinct, ${result.stages.length} stages`,
  );
  console.log(`   parse + count ${figures(total)}; parse alone ${figures(parse)} (target < 300 ms)`);
}

councilDay();
meek();
alternativeVote();
