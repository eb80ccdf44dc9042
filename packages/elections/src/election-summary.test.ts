import { describe, expect, it } from 'vitest';
import { electionSummary } from './election-summary';
import { contest, election, seat, tinyDataset } from './testing/tiny-dataset';

describe('electionSummary', () => {
  it('counts seats and votes by party, most first, excluding by-elections', () => {
    const ge = election('ge2019', '2019-12-12');
    const by = election('by-2020', '2020-01-01', { kind: 'by-election' });
    const dataset = tinyDataset(
      [seat('E1', 'A'), seat('E2', 'B'), seat('E3', 'C')],
      [ge, by],
      [
        contest(ge, 'E1', { Con: 500, Lab: 400 }, 1500),
        contest(ge, 'E2', { Lab: 600, Con: 300 }, 1500),
        contest(ge, 'E3', { Con: 450, Lab: 350, LD: 100 }, 1500),
        contest(by, 'E1', { LD: 900 }, 1500),
      ],
    );
    const summary = electionSummary(dataset, 2019);
    expect(summary).toMatchObject({
      year: 2019,
      election: 'ge2019',
      seats: { Con: 2, Lab: 1 },
      votes: { Lab: 1350, Con: 1250, LD: 100 },
      validVotes: 2700,
      electorate: 4500,
      turnout: 0.6,
    });
    expect(Object.keys(summary.seats)).toEqual(['Con', 'Lab']);
    expect(summary.shares.Lab).toBeCloseTo(0.5, 12);
  });
});
