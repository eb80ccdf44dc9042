import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticBaseline } from '../testing/synthetic-baseline';
import type { Baseline } from './baseline';
import { MODEL_NAMES, type ModelName } from './model';
import { prepareLevel } from './prepared-level';
import { MODELS, runModel } from './run-model';

/** Runs one model at GB level and returns each seat's shares. */
function run(model: ModelName, baseline: Baseline, target: number[]): number[][] {
  const prepared = prepareLevel(baseline, 'gb');
  const out = new Float64Array(baseline.shares.length);
  runModel(prepared, MODELS[model], [Float64Array.from(target)], out);
  const width = baseline.parties.length;
  return baseline.seats.map((_, i) => Array.from(out.subarray(i * width, (i + 1) * width)));
}

function expectRows(actual: number[][], expected: number[][]): void {
  for (const [i, row] of actual.entries()) {
    for (const [j, share] of row.entries()) expect(share).toBeCloseTo(expected[i]?.[j] ?? Number.NaN, 12);
  }
}

// Three equal seats; national shares A 30%, B 50%, Oth 20%. Target: A 38%, B 42%, Oth 20%.
const worked = syntheticBaseline(
  ['A', 'B', 'Oth'],
  [
    [0.5, 0.3, 0.2],
    [0.3, 0.5, 0.2],
    [0.1, 0.7, 0.2],
  ],
);
const target = [0.38, 0.42, 0.2];

describe('projection models on a worked example', () => {
  it('UNS adds the national change (+8, −8) to every seat', () => {
    expectRows(run('uns', worked, target), [
      [0.58, 0.22, 0.2],
      [0.38, 0.42, 0.2],
      [0.18, 0.62, 0.2],
    ]);
  });

  it('proportional swing scales each share by P/E (A ×38/30, B ×42/50) and rescales the seat', () => {
    const expected = worked.seats.map((_, i) => {
      const raw = [(worked.shares[i * 3] ?? 0) * (0.38 / 0.3), (worked.shares[i * 3 + 1] ?? 0) * 0.84, 0.2];
      const sum = raw.reduce((a, b) => a + b, 0);
      return raw.map((share) => share / sum);
    });
    expectRows(run('proportional', worked, target), expected);
  });

  it('the transition model takes 16% of B in each seat and gives it all to A (the only gainer)', () => {
    expectRows(run('transition', worked, target), [
      [0.5 + 0.3 * 0.16, 0.3 * 0.84, 0.2],
      [0.3 + 0.5 * 0.16, 0.5 * 0.84, 0.2],
      [0.1 + 0.7 * 0.16, 0.7 * 0.84, 0.2],
    ]);
  });

  it('the strong transition model: B keeps all strong support and 60% of its weak 20%', () => {
    // W(B) = 20%, S(B) = 30%; P = 42% ≥ S, so weak loyalty = (42 − 30) / 20 = 0.6: every seat loses 8 points.
    expectRows(run('stm', worked, target), [
      [0.58, 0.22, 0.2],
      [0.38, 0.42, 0.2],
      [0.18, 0.62, 0.2],
    ]);
  });

  it('the strong transition model loses strong supporters proportionally once weak ones are gone', () => {
    // P(B) = 20% < S(B) = 30%: no weak supporters stay; strong loyalty = 20/30.
    expectRows(run('stm', worked, [0.6, 0.2, 0.2]), [
      [0.5 + 0.2 + 0.1 / 3, 0.1 * (2 / 3), 0.2],
      [0.3 + 0.2 + 0.1, 0.3 * (2 / 3), 0.2],
      [0.1 + 0.2 + 0.5 / 3, 0.5 * (2 / 3), 0.2],
    ]);
  });

  it('UNS never goes below zero: a party losing more than it had in a seat ends at 0', () => {
    const [, , third] = run('uns', worked, [0.15, 0.65, 0.2]);
    expect(third?.[0]).toBe(0);
    expect(third?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

const table = fc
  .record({ parties: fc.integer({ min: 2, max: 6 }), seats: fc.integer({ min: 1, max: 12 }) })
  .chain(({ parties, seats }) =>
    fc.record({
      rows: fc.array(
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: parties, maxLength: parties }),
        {
          minLength: seats,
          maxLength: seats,
        },
      ),
      weights: fc.array(fc.integer({ min: 100, max: 100_000 }), { minLength: seats, maxLength: seats }),
      target: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: parties,
        maxLength: parties,
      }),
    }),
  )
  .filter(({ target }) => target.reduce((a, b) => a + b, 0) > 0.01);

const normalise = (row: number[]) => {
  const sum = row.reduce((a, b) => a + b, 0);
  return row.map((share) => share / sum);
};

function baselineOf(rows: number[][], weights: number[]): Baseline {
  return syntheticBaseline(rows[0]?.map((_, j) => `P${j}`) ?? [], rows.map(normalise), weights);
}

describe('projection model properties', () => {
  it.each(MODEL_NAMES)('%s gives shares that are never negative and add up to 1 in every seat', (model) => {
    fc.assert(
      fc.property(table, ({ rows, weights, target }) => {
        for (const seat of run(model, baselineOf(rows, weights), normalise(target))) {
          expect(seat.every((share) => share >= 0)).toBe(true);
          expect(seat.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        }
      }),
    );
  });

  it.each(MODEL_NAMES)('%s with no change in national shares reproduces the base result', (model) => {
    fc.assert(
      fc.property(table, ({ rows, weights }) => {
        const baseline = baselineOf(rows, weights);
        const national = prepareLevel(baseline, 'gb').areas[0]?.stats.shares ?? new Float64Array();
        const result = run(model, baseline, Array.from(national));
        for (const [i, seat] of result.entries()) {
          for (const [j, share] of seat.entries()) {
            expect(share).toBeCloseTo(baseline.shares[i * seat.length + j] ?? Number.NaN, 9);
          }
        }
      }),
    );
  });

  it.each(['transition', 'stm'] as const)('%s hits the target national shares exactly', (model) => {
    fc.assert(
      fc.property(table, ({ rows, weights, target }) => {
        const baseline = baselineOf(rows, weights);
        const goal = normalise(target);
        const result = run(model, baseline, goal);
        const total = weights.reduce((a, b) => a + b, 0);
        goal.forEach((share, j) => {
          const national =
            result.reduce((sum, seat, i) => sum + (seat[j] ?? 0) * (weights[i] ?? 0), 0) / total;
          expect(national).toBeCloseTo(share, 9);
        });
      }),
    );
  });
});
