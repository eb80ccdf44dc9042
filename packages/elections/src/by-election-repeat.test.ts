import { describe, expect, it } from 'vitest';
import { analyseByElection, findByElection } from './by-election-analysis';
import { repeatByElectionSwing } from './by-election-repeat';
import { realDataset } from './testing/data-files';
import { contest, election, seat, tinyDataset } from './testing/tiny-dataset';

describe('repeatByElectionSwing', () => {
  it('applies the by-election swing uniformly to the last general election (worked example)', () => {
    const ge = election('ge2015', '2015-05-07');
    const by = election('by-2016', '2016-06-01', { kind: 'by-election' });
    const dataset = tinyDataset(
      [
        seat('E1', 'By seat'),
        seat('E2', 'Lab by 4'),
        seat('E3', 'Lab by 12'),
        seat('E4', 'Con held'),
        seat('N1', 'Belfast', {
          nation: 'Northern Ireland',
          regionCode: 'N92000002',
          regionName: 'Northern Ireland',
        }),
      ],
      [ge, by],
      [
        contest(ge, 'E1', { Lab: 500, Con: 400, Oth: 100 }),
        contest(ge, 'E2', { Lab: 450, Con: 410, Oth: 140 }),
        contest(ge, 'E3', { Lab: 500, Con: 380, Oth: 120 }),
        contest(ge, 'E4', { Con: 500, Lab: 400, Oth: 100 }),
        contest(ge, 'N1', { SF: 500, DUP: 490, Con: 10 }),
        // Lab 50 → 40, Con 40 → 45: swing Lab to Con = (5 + 10) / 2 = 7.5 points.
        contest(by, 'E1', { Lab: 400, Con: 450, Oth: 150 }),
      ],
    );
    const analysis = analyseByElection(dataset, findByElection(dataset, 'E1'));
    expect(analysis.swing.swing).toBeCloseTo(0.075, 12);
    const repeated = repeatByElectionSwing(dataset, analysis);
    // E1 (gap 10) and E2 (gap 4) fall to a 7.5-point swing (15-point gap); E3 (gap 12) just does; N1 is not GB.
    expect(repeated.changes.map((c) => [c.code, c.from, c.to])).toEqual([
      ['E2', 'Lab', 'Con'],
      ['E1', 'Lab', 'Con'],
      ['E3', 'Lab', 'Con'],
    ]);
    expect(repeated).toMatchObject({ election: 'ge2015', netGain: 3 });
  });

  it('lists the seats Copeland 2017 swing would have changed at the 2015 election', () => {
    const dataset = realDataset();
    const repeated = repeatByElectionSwing(
      dataset,
      analyseByElection(dataset, findByElection(dataset, 'Copeland')),
    );
    expect(repeated.election).toBe('ge2015');
    expect(repeated.netGain).toBeGreaterThan(40);
    // Every change is Labour losing or the Conservatives gaining (Lab's fall also lets third parties past).
    expect(repeated.changes.every((c) => c.from === 'Lab' || c.to === 'Con')).toBe(true);
    expect(repeated.changes.find((c) => c.name === 'Ynys Môn')).toMatchObject({ from: 'Lab', to: 'PC' });
    expect(repeated.changes.map((c) => c.name)).toContain('Copeland');
  });
});
