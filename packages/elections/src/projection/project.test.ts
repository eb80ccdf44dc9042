import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnknownAreaError } from '../analysis-error';
import { electionSummary } from '../election-summary';
import { realDataset } from '../testing/data-files';
import { syntheticBaseline } from '../testing/synthetic-baseline';
import { voteShares } from '../vote-share';
import { projectionBaseline } from './baseline';
import { LEVELS, MODEL_NAMES } from './model';
import { project } from './project';
import { projectScenario, scenarioBaseline } from './scenario';

const dataset = realDataset();
const PARTIES = ['Lab', 'Con', 'RUK', 'LD', 'Green', 'SNP', 'PC'];

/** GB shares at 2024 over the modelled parties, everything else as Oth (the Speaker's seat left out, as the models do). */
function gbShares2024(): Record<string, number> {
  const gbVotes: Record<string, number> = {};
  for (const contest of dataset.contests) {
    if (contest.electionId !== 'ge2024' || contest.code.startsWith('N') || contest.winner === 'Spk') continue;
    for (const candidate of contest.candidates) {
      const party = PARTIES.includes(candidate.party) ? candidate.party : 'Oth';
      gbVotes[party] = (gbVotes[party] ?? 0) + candidate.votes;
    }
  }
  return voteShares(gbVotes);
}

describe('project on the 2024 results', () => {
  const shares = gbShares2024();

  it.each(LEVELS.flatMap((level) => MODEL_NAMES.map((model) => [model, level] as const)))(
    '%s at %s level with unchanged shares reproduces the 2024 seats',
    (model, level) => {
      const projection = projectScenario(dataset, { model, level, shares });
      expect(projection.seats).toMatchObject({
        Lab: 411,
        Con: 121,
        LD: 72,
        SNP: 9,
        RUK: 5,
        Green: 4,
        PC: 4,
        Ind: 6,
      });
      expect(projection.seats).toMatchObject({ SF: 7, DUP: 5, Spk: 1 });
      expect(projection.baseElection).toBe('ge2024');
    },
  );

  it('carries Northern Ireland and the Speaker over unchanged, with their own parties', () => {
    const projection = projectScenario(dataset, {
      model: 'stm',
      level: 'region',
      shares: { Con: 0.5, Lab: 0.3, Oth: 0.2 },
    });
    const belfastWest = projection.constituencies.find((seat) => seat.code === 'N05000004');
    expect(belfastWest).toMatchObject({ fixed: true, winner: 'SF' });
    expect(belfastWest?.shares.SF).toBeGreaterThan(0.5);
    const chorley = projection.constituencies.find((seat) => seat.name === 'Chorley');
    expect(chorley).toMatchObject({ fixed: true, winner: 'Spk' });
    expect(projection.constituencies).toHaveLength(650);
    expect(Object.keys(projection.areas)).toHaveLength(11);
  });

  it('moves seats the expected way: a Con lead gives Con a majority under every model', () => {
    for (const model of MODEL_NAMES) {
      const seats = projectScenario(dataset, {
        model,
        level: 'nation',
        shares: { Con: 0.42, Lab: 0.28, LD: 0.1, RUK: 0.08, Green: 0.06, SNP: 0.03, PC: 0.01, Oth: 0.02 },
      }).seats;
      expect(seats.Con ?? 0).toBeGreaterThan(325);
    }
  });

  it('uses per-area shares where given, and rejects an unknown area', () => {
    const request = { model: 'uns' as const, level: 'nation' as const, shares };
    const scottishSurge = projectScenario(dataset, {
      ...request,
      areaShares: { scotland: { SNP: 0.5, Lab: 0.2, Con: 0.1, LD: 0.1, Oth: 0.1 } },
    });
    expect(scottishSurge.seats.SNP ?? 0).toBeGreaterThan(40);
    expect(scottishSurge.areas.Scotland?.SNP).toBeCloseTo(0.5, 12);
    expect(() => projectScenario(dataset, { ...request, areaShares: { Mercia: shares } })).toThrow(
      UnknownAreaError,
    );
  });

  it('never gives negative shares, even for extreme inputs on real seats', () => {
    const baseline = scenarioBaseline(dataset, {
      level: 'gb',
      shares: Object.fromEntries(PARTIES.map((p) => [p, 1])),
    });
    const share = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        fc.array(share, { minLength: PARTIES.length + 1, maxLength: PARTIES.length + 1 }),
        fc.constantFrom(...MODEL_NAMES),
        fc.constantFrom(...LEVELS),
        (values, model, level) => {
          fc.pre(values.some((v) => v > 0));
          const input = Object.fromEntries([...PARTIES, 'Oth'].map((party, j) => [party, values[j] ?? 0]));
          for (const seat of project(baseline, { model, level, shares: input }).constituencies) {
            const list = Object.values(seat.shares);
            expect(list.every((s) => s >= 0)).toBe(true);
            expect(list.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('counts the Brexit Party base vote as Reform UK when only Reform UK is modelled', () => {
    const baseline = projectionBaseline(dataset, 'notional2019', ['Con', 'Lab', 'RUK']);
    const brxTotal = electionSummary(dataset, 'notional2019').votes.BRX ?? 0;
    const column = baseline.parties.indexOf('RUK');
    let rukVotes = 0;
    baseline.seats.forEach((_, i) => {
      rukVotes += (baseline.shares[i * baseline.parties.length + column] ?? 0) * (baseline.weights[i] ?? 0);
    });
    expect(rukVotes).toBeCloseTo(brxTotal, 0);
  });

  it('reports the winner as the party with the largest predicted share', () => {
    const baseline = syntheticBaseline(
      ['A', 'B', 'Oth'],
      [
        [0.45, 0.4, 0.15],
        [0.3, 0.6, 0.1],
      ],
    );
    const projection = project(baseline, {
      model: 'uns',
      level: 'gb',
      shares: { A: 0.3, B: 0.57, Oth: 0.13 },
    });
    expect(projection.constituencies.map((seat) => seat.winner)).toEqual(['B', 'B']);
    expect(projection.seats).toEqual({ B: 2 });
  });
});
