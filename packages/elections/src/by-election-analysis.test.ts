import { describe, expect, it } from 'vitest';
import { UnknownByElectionError } from './analysis-error';
import { analyseByElection, findByElection, previousGeneralElection } from './by-election-analysis';
import { catchError } from './testing/catch-error';
import { realDataset } from './testing/data-files';

const dataset = realDataset();

describe('by-elections against the previous general election', () => {
  it('finds a by-election by seat name and date in either format', () => {
    expect(findByElection(dataset, 'Copeland').electionId).toBe('by-2017-02-23-E14000647');
    expect(findByElection(dataset, 'Batley and Spen', '01/07/2021').date).toBe('2021-07-01');
    expect(findByElection(dataset, 'E14000548', '2016-10-20').date).toBe('2016-10-20');
  });

  it('asks for a date when a seat had several by-elections, and rejects a wrong date', () => {
    const several = catchError(() => findByElection(dataset, 'Batley and Spen'));
    expect(several).toBeInstanceOf(UnknownByElectionError);
    expect((several as UnknownByElectionError).availableDates).toEqual(['2016-10-20', '2021-07-01']);
    expect(() => findByElection(dataset, 'Copeland', '2017-02-24')).toThrow(UnknownByElectionError);
  });

  it('compares Copeland 2017 with the 2015 general election: 6.7-point swing Lab to Con', () => {
    const copeland = findByElection(dataset, 'Copeland');
    expect(previousGeneralElection(dataset, copeland)?.electionId).toBe('ge2015');
    const analysis = analyseByElection(dataset, copeland);
    // 2015: Lab 16,750 and Con 14,186 of 39,631; 2017: Con 13,748 and Lab 11,601 of 31,068.
    const lab = { from: 16750 / 39631, to: 11601 / 31068 };
    const con = { from: 14186 / 39631, to: 13748 / 31068 };
    expect(analysis).toMatchObject({
      winner: 'Con',
      gain: true,
      majority: 2147,
      previous: { election: 'ge2015', winner: 'Lab', majority: 2564 },
    });
    expect(analysis.shares.Con?.change).toBeCloseTo(con.to - con.from, 12);
    expect(analysis.swing.from).toBe('Lab');
    expect(analysis.swing.to).toBe('Con');
    expect(analysis.swing.swing).toBeCloseTo((con.to - con.from - (lab.to - lab.from)) / 2, 12);
    expect(analysis.swing.swing).toBeCloseTo(0.0669, 4);
    expect(analysis.turnout.to).toBeCloseTo(31068 / 60602, 12);
  });

  it('measures a hold against the runner-up: Batley and Spen 2021, 2.9 points Lab to Con', () => {
    const analysis = analyseByElection(dataset, findByElection(dataset, 'Batley and Spen', '2021-07-01'));
    expect(analysis).toMatchObject({
      gain: false,
      majority: 323,
      previous: { election: 'ge2019', majority: 3525 },
    });
    expect(analysis.swing).toMatchObject({ from: 'Lab', to: 'Con' });
    expect(analysis.swing.swing).toBeCloseTo(
      (12973 / 37695 - 19069 / 52927 - (13296 / 37695 - 22594 / 52927)) / 2,
      12,
    );
    expect(Object.keys(analysis.shares)[0]).toBe('Lab');
  });

  it('compares a 2024-parliament by-election with the 2024 general election on the new boundaries', () => {
    const runcorn = analyseByElection(dataset, findByElection(dataset, 'Runcorn and Helsby'));
    expect(runcorn).toMatchObject({
      winner: 'RUK',
      gain: true,
      majority: 6,
      previous: { election: 'ge2024', winner: 'Lab' },
    });
    expect(runcorn.swing).toMatchObject({ from: 'Lab', to: 'RUK' });
  });
});
