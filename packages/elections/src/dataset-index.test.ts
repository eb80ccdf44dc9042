import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset-index';
import { contest, election, seat, tinyDataset } from './testing/tiny-dataset';

describe('indexDataset', () => {
  it('looks up elections, seats and contests, and caches per dataset', () => {
    const ge = election('ge2015', '2015-05-07');
    const by = election('by-2016', '2016-01-01', { kind: 'by-election' });
    const dataset = tinyDataset(
      [seat('E1', 'A')],
      [ge, by],
      [contest(by, 'E1', { Lab: 2 }), contest(ge, 'E1', { Lab: 1 })],
    );
    const index = indexDataset(dataset);
    expect(indexDataset(dataset)).toBe(index);
    expect(index.election('ge2015')).toBe(ge);
    expect(index.constituency('E1')?.name).toBe('A');
    expect(index.contest('ge2015', 'E1')?.validVotes).toBe(1);
    expect(index.contestsIn('E1').map((c) => c.electionId)).toEqual(['ge2015', 'by-2016']);
    expect(index.contestsOf('nothing')).toEqual([]);
  });
});
