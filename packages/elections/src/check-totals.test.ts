import { describe, expect, it } from 'vitest';
import { checkTotals } from './check-totals';
import { realDataset } from './testing/data-files';

describe('checkTotals', () => {
  it('reports seats, votes and valid votes per election with the load issues', () => {
    const check = checkTotals(realDataset());
    expect(check.elections.map((e) => [e.election, e.validVotes])).toEqual([
      ['notional2005', 27_148_510],
      ['ge2010', 29_687_604],
      ['ge2015', 30_697_525],
      ['ge2017', 32_204_184],
      ['ge2019', 32_014_110],
      ['notional2019', 32_014_119],
      ['ge2024', 28_809_340],
    ]);
    expect(check.byElections).toBe(65);
    expect(check.constituencies).toEqual({ '2010': 650, '2024': 650 });
    expect(check.issues).toHaveLength(4);
  });
});
