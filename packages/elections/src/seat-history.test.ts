import { describe, expect, it } from 'vitest';
import { seatHistory } from './seat-history';
import { realDataset } from './testing/data-files';

describe('seatHistory', () => {
  const dataset = realDataset();

  it('lists every general election and by-election in a 2010-set seat, oldest first', () => {
    const history = seatHistory(dataset, 'Batley and Spen');
    expect(history.code).toBe('E14000548');
    expect(history.contests.map((c) => [c.date, c.kind])).toEqual([
      ['2010-05-06', 'general'],
      ['2015-05-07', 'general'],
      ['2016-10-20', 'by-election'],
      ['2017-06-08', 'general'],
      ['2019-12-12', 'general'],
      ['2021-07-01', 'by-election'],
    ]);
    expect(history.contests.at(-1)).toMatchObject({ winner: 'Lab', majority: 323, validVotes: 37695 });
    expect(history.contests.at(-1)?.candidates[0]).toMatchObject({
      name: 'Kim Leadbeater',
      party: 'Lab',
      votes: 13296,
    });
    expect(history.notional.map((c) => c.election)).toEqual(['notional2005']);
    expect(history.successors.map((s) => s.name)).toContain('Spen Valley');
    expect(history.predecessors).toEqual([]);
  });

  it('gives a 2024-set seat its notional 2019 result and its predecessors', () => {
    const history = seatHistory(dataset, 'S14000111');
    expect(history.name).toBe('West Aberdeenshire and Kincardine');
    expect(history.contests.map((c) => c.election)).toEqual(['ge2024']);
    expect(history.notional[0]).toMatchObject({ election: 'notional2019', winner: 'Con', majority: 843 });
    expect(history.predecessors[0]).toMatchObject({ code: 'S14000058', share: 1 });
  });
});
