import { describe, expect, it } from 'vitest';
import { BoundaryMismatchError } from './analysis-error';
import { resultsOnBoundaries } from './results-on-boundaries';
import { contest, election, seat, tinyDataset } from './testing/tiny-dataset';

describe('resultsOnBoundaries', () => {
  const ge2017 = election('ge2017', '2017-06-08');
  const ge2024 = election('ge2024', '2024-07-04', { boundarySet: '2024' });
  const overlap = (fromCode: string, toCode: string, fromPopulation: number) => ({
    fromCode,
    fromName: fromCode,
    toCode,
    toName: toCode,
    fromResidential: fromPopulation,
    toResidential: 0,
    fromGeographic: fromPopulation,
    toGeographic: 0,
    fromPopulation,
    toPopulation: 0,
  });
  const dataset = {
    ...tinyDataset(
      [seat('O1', 'Old 1'), seat('O2', 'Old 2'), seat('N1', 'New 1', { boundarySet: '2024' })],
      [ge2017, ge2024],
      [
        contest(ge2017, 'O1', { Lab: 600, Con: 400 }, 2000),
        contest(ge2017, 'O2', { Lab: 200, Con: 800 }, 1000),
        contest(ge2024, 'N1', { Lab: 500, Con: 500 }, 1600),
      ],
    ),
    overlaps: [overlap('O1', 'N1', 0.5), overlap('O2', 'N1', 0.25)],
  };

  it('estimates old results on new seats by population share (worked example)', () => {
    const result = resultsOnBoundaries(dataset, ge2017, '2024');
    expect(result.basis).toBe('overlap-estimate');
    // Half of O1 (300 Lab, 200 Con) plus a quarter of O2 (50 Lab, 200 Con).
    expect(result.seats.get('N1')).toEqual({
      code: 'N1',
      votes: { Lab: 350, Con: 400 },
      validVotes: 750,
      electorate: 1250,
    });
  });

  it('uses actual results on their own boundaries and refuses to go back to the 2010 set', () => {
    expect(resultsOnBoundaries(dataset, ge2024, '2024').basis).toBe('actual');
    expect(() => resultsOnBoundaries(dataset, ge2024, '2010')).toThrow(BoundaryMismatchError);
  });
});
