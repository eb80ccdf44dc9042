import { describe, expect, it } from 'vitest';
import { combinedTurnout, turnout } from './turnout';

describe('turnout', () => {
  it('is valid votes over electorate', () => {
    expect(turnout({ validVotes: 650, electorate: 1000 })).toBe(0.65);
    expect(turnout({ validVotes: 0, electorate: 0 })).toBe(0);
  });

  it('combines seats by totals, not by averaging', () => {
    expect(
      combinedTurnout([
        { validVotes: 100, electorate: 200 },
        { validVotes: 900, electorate: 1000 },
      ]),
    ).toBeCloseTo(1000 / 1200);
  });
});
