import { normalDraw, seededRandom } from '../prng';
import type { Shares } from '../vote-share';
import { areaTargets } from './area-targets';
import type { Baseline } from './baseline';
import type { ModelName } from './model';
import { prepareLevel } from './prepared-level';
import { MODELS, runModel } from './run-model';
import { leadingParty, winnerLabel } from './seat-winners';

/** A Monte Carlo run of a projection: share noise drawn per nation, the model re-run each time. */
export interface MonteCarloRequest {
  model: ModelName;
  /** Noise is drawn per nation; the model is applied per nation or per region. */
  level: 'nation' | 'region';
  /** GB shares (fractions adding up to 1). */
  shares: Shares;
  areaShares?: Readonly<Record<string, Shares>>;
  runs: number;
  /** Noise scale: a party on 50% gets this standard deviation, smaller parties less (default 0.02). */
  sigma?: number;
  /** Seed of the pseudo-random generator (default 1); the same seed gives the same result. */
  seed?: number;
}

/** A party's seat count across the runs. */
export interface SeatDistribution {
  mean: number;
  min: number;
  p5: number;
  median: number;
  p95: number;
  max: number;
}

/** What the runs add up to. */
export interface MonteCarloResult {
  model: ModelName;
  level: 'nation' | 'region';
  baseElection: string;
  runs: number;
  seed: number;
  sigma: number;
  /** Seat distribution per party, ordered by mean seats. */
  seats: Record<string, SeatDistribution>;
  /** Share of runs in which each party has most seats (ties shared). */
  largestParty: Record<string, number>;
  /** Share of runs in which each party has an overall majority; parties that never do are left out. */
  majority: Record<string, number>;
  /** Per seat, the share of runs each party wins it. */
  constituencies: { code: string; name: string; probabilities: Record<string, number> }[];
}

const percentile = (sorted: Int32Array, fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(fraction * (sorted.length - 1))))] ?? 0;

/**
 * Runs a projection many times with random share noise: in each run every nation gets one normal draw
 * per party (standard deviation sigma × 2√(p(1−p)) for a party on share p), added to the target shares
 * of each area in that nation (clamped at zero and rescaled to 1). Seeded, so results are repeatable.
 */
export function monteCarlo(baseline: Baseline, request: MonteCarloRequest): MonteCarloResult {
  const sigma = request.sigma ?? 0.02;
  const seed = request.seed ?? 1;
  const random = seededRandom(seed);
  const model = MODELS[request.model];
  const prepared = prepareLevel(baseline, request.level);
  const targets = areaTargets(prepared, model, request.shares, request.areaShares);
  const parties = baseline.parties.length;

  const nations = [...new Set(prepared.areas.map((area) => area.nation ?? 'GB'))];
  const nationOf = prepared.areas.map((area) => nations.indexOf(area.nation ?? 'GB'));
  const spread = nations.map((_, n) => {
    const totals = new Float64Array(parties);
    let weight = 0;
    prepared.areas.forEach((area, a) => {
      if (nationOf[a] !== n) return;
      weight += area.weight;
      for (let j = 0; j < parties; j++) totals[j] = (totals[j] ?? 0) + area.weight * (targets[a]?.[j] ?? 0);
    });
    return totals.map((total) => {
      const share = weight > 0 ? total / weight : 0;
      return sigma * 2 * Math.sqrt(share * (1 - share));
    });
  });

  const labels = [...baseline.parties];
  for (const [i, seat] of baseline.seats.entries()) {
    const label = winnerLabel(baseline, i, parties - 1);
    if (!labels.includes(label)) labels.push(label);
    if (!labels.includes(seat.winner)) labels.push(seat.winner);
  }
  const labelIndex = new Map(labels.map((label, l) => [label, l]));
  /** For each seat, the label its Oth column stands for. */
  const otherLabel = Int32Array.from(
    baseline.seats,
    (_, i) => labelIndex.get(winnerLabel(baseline, i, parties - 1)) ?? 0,
  );
  const fixedCounts = new Int32Array(labels.length);
  for (const seat of baseline.seats) {
    const l = labelIndex.get(seat.winner) ?? 0;
    if (seat.fixed) fixedCounts[l] = (fixedCounts[l] ?? 0) + 1;
  }
  const modelled = baseline.seats.flatMap((seat, i) => (seat.fixed ? [] : [i]));

  const runs = Math.max(1, Math.floor(request.runs));
  const totals = new Int32Array(runs * labels.length);
  const seatWins = new Int32Array(baseline.seats.length * parties);
  const predicted = new Float64Array(baseline.shares.length);
  const noise = nations.map(() => new Float64Array(parties));
  const noisy = targets.map(() => new Float64Array(parties));

  for (let run = 0; run < runs; run++) {
    noise.forEach((draws, n) => {
      for (let j = 0; j < parties; j++) draws[j] = normalDraw(random) * (spread[n]?.[j] ?? 0);
    });
    targets.forEach((target, a) => {
      const out = noisy[a];
      const draws = noise[nationOf[a] ?? 0];
      if (out === undefined || draws === undefined) return;
      let sum = 0;
      for (let j = 0; j < parties; j++) {
        out[j] = Math.max(0, (target[j] ?? 0) + (draws[j] ?? 0));
        sum += out[j] ?? 0;
      }
      for (let j = 0; j < parties; j++) out[j] = sum > 0 ? (out[j] ?? 0) / sum : 0;
    });
    runModel(prepared, model, noisy, predicted);
    const row = run * labels.length;
    totals.set(fixedCounts, row);
    for (const i of modelled) {
      const j = leadingParty(baseline, predicted, i);
      const l = j === parties - 1 ? (otherLabel[i] ?? j) : j;
      totals[row + l] = (totals[row + l] ?? 0) + 1;
      seatWins[i * parties + j] = (seatWins[i * parties + j] ?? 0) + 1;
    }
  }

  const majorityLine = Math.floor(baseline.seats.length / 2) + 1;
  const largest = new Float64Array(labels.length);
  const majorities = new Int32Array(labels.length);
  for (let run = 0; run < runs; run++) {
    const row = totals.subarray(run * labels.length, (run + 1) * labels.length);
    const top = Math.max(...row);
    const leaders = row.reduce((count, seats) => count + (seats === top ? 1 : 0), 0);
    row.forEach((seats, l) => {
      if (seats === top) largest[l] = (largest[l] ?? 0) + 1 / leaders;
      if (seats >= majorityLine) majorities[l] = (majorities[l] ?? 0) + 1;
    });
  }

  const distributions = labels.map((label, l): [string, SeatDistribution] => {
    const counts = Int32Array.from({ length: runs }, (_, run) => totals[run * labels.length + l] ?? 0).sort();
    const mean = counts.reduce((sum, count) => sum + count, 0) / runs;
    return [
      label,
      {
        mean,
        min: counts[0] ?? 0,
        p5: percentile(counts, 0.05),
        median: percentile(counts, 0.5),
        p95: percentile(counts, 0.95),
        max: counts[runs - 1] ?? 0,
      },
    ];
  });
  const shown = distributions
    .filter(([, distribution]) => distribution.max > 0)
    .sort((a, b) => b[1].mean - a[1].mean);
  return {
    model: request.model,
    level: request.level,
    baseElection: baseline.election,
    runs,
    seed,
    sigma,
    seats: Object.fromEntries(shown),
    largestParty: Object.fromEntries(
      labels.flatMap((label, l) => ((largest[l] ?? 0) > 0 ? [[label, (largest[l] ?? 0) / runs]] : [])),
    ),
    majority: Object.fromEntries(
      labels.flatMap((label, l) => ((majorities[l] ?? 0) > 0 ? [[label, (majorities[l] ?? 0) / runs]] : [])),
    ),
    constituencies: baseline.seats.map((seat, i) => ({
      code: seat.code,
      name: seat.name,
      probabilities: seat.fixed
        ? { [seat.winner]: 1 }
        : Object.fromEntries(
            baseline.parties.flatMap((_, j) => {
              const wins = seatWins[i * parties + j] ?? 0;
              return wins > 0 ? [[winnerLabel(baseline, i, j), wins / runs]] : [];
            }),
          ),
    })),
  };
}
