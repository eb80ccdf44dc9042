/**
 * Synthetic elections for the benchmarks, generated deterministically from fixed seeds: the same
 * seed always gives the same ballots, so figures can be compared between runs and machines.
 */
import { type Election, writeBlt } from '../src/index';
import { createPrng, type Prng } from '../src/prng';

/** Uniform float in [0, 1) for generating synthetic preferences (not used for counting). */
export function uniform(prng: Prng): number {
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

/** The shape of a synthetic election. */
export interface SyntheticShape {
  readonly candidates: number;
  readonly seats: number;
  readonly papers: number;
  /** Chance of stopping after each preference. */
  readonly stop: number;
  readonly skew: number;
}

/** A synthetic election, identical rankings merged into weighted lines. */
export function syntheticElection(prng: Prng, shape: SyntheticShape, title = 'Synthetic'): Election {
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
    title,
    candidates: Array.from({ length: candidates }, (_, i) => `Candidate ${i + 1}`),
    seats,
    withdrawn: [],
    ballots: [...lines.values()],
  };
}

/**
 * A BLT file with one paper per line, as ballots exported from an online vote come:
 * `candidates` candidates, `papers` lines, seeded by `seed`.
 */
export function oneLinePerPaper(seed: string, shape: SyntheticShape): string {
  const prng = createPrng(seed);
  const popularity = popularities(prng, shape.candidates, shape.skew);
  const lines = [`${shape.candidates} ${shape.seats}`];
  for (let i = 0; i < shape.papers; i++) {
    lines.push(
      `1 ${ranking(prng, popularity, shape.stop)
        .map((c) => c + 1)
        .join(' ')} 0`,
    );
  }
  lines.push('0', ...Array.from({ length: shape.candidates }, (_, i) => `"Candidate ${i + 1}"`), `"${seed}"`);
  return `${lines.join('\n')}\n`;
}

/** Meek benchmark elections: 20 candidates, 5 seats, one paper per line. */
export function meekBlt(papers: number): string {
  return oneLinePerPaper(`meek-${papers}`, { candidates: 20, seats: 5, papers, stop: 0.08, skew: 2 });
}

/** The AV benchmark election: 500,000 papers, 10 candidates, one paper per line. */
export function avBlt(): string {
  return oneLinePerPaper('av-500000', { candidates: 10, seats: 1, papers: 500_000, stop: 0.3, skew: 2 });
}

/** A council-election day: 351 wards of 3–4 seats, 8–12 candidates and 4,300 papers each, as BLT texts. */
export function councilDay(): string[] {
  const prng = createPrng('council-day');
  return Array.from({ length: 351 }, (_, ward) =>
    writeBlt(
      syntheticElection(
        prng,
        {
          candidates: 8 + Math.floor(uniform(prng) * 5),
          seats: 3 + Math.floor(uniform(prng) * 2),
          papers: 4300,
          stop: 0.04,
          skew: 1,
        },
        `Ward ${ward + 1}`,
      ),
    ),
  );
}
