import { describe, expect, it } from 'vitest';
import { realDataset } from '../testing/data-files';
import { monteCarlo } from './monte-carlo';
import { project } from './project';
import { scenarioBaseline } from './scenario';

const request = {
  model: 'stm' as const,
  level: 'nation' as const,
  shares: { Lab: 0.33, Con: 0.26, RUK: 0.16, LD: 0.12, Green: 0.07, SNP: 0.03, PC: 0.01, Oth: 0.02 },
};
const baseline = scenarioBaseline(realDataset(), request);

describe('monteCarlo', () => {
  it('is repeatable for a seed and differs for another', () => {
    const a = monteCarlo(baseline, { ...request, runs: 200, seed: 7 });
    const b = monteCarlo(baseline, { ...request, runs: 200, seed: 7 });
    const c = monteCarlo(baseline, { ...request, runs: 200, seed: 8 });
    expect(a).toEqual(b);
    expect(c.seats.Lab?.mean).not.toBe(a.seats.Lab?.mean);
  });

  it('with no noise gives the plain projection every run', () => {
    const result = monteCarlo(baseline, { ...request, runs: 20, sigma: 0 });
    const plain = project(baseline, request).seats;
    for (const [party, seats] of Object.entries(plain)) {
      expect(result.seats[party]).toMatchObject({ min: seats, max: seats, mean: seats });
    }
  });

  it('gives coherent distributions and probabilities', () => {
    const result = monteCarlo(baseline, { ...request, runs: 300, sigma: 0.03, seed: 3 });
    expect(result.runs).toBe(300);
    const lab = result.seats.Lab;
    expect(
      lab && lab.min <= lab.p5 && lab.p5 <= lab.median && lab.median <= lab.p95 && lab.p95 <= lab.max,
    ).toBe(true);
    const means = Object.values(result.seats).reduce((sum, d) => sum + d.mean, 0);
    expect(means).toBeCloseTo(650, 6);
    expect(Object.values(result.largestParty).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    for (const seat of result.constituencies) {
      expect(Object.values(seat.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    expect(result.majority.Lab ?? 0).toBeGreaterThan(0.5);
  });
});
