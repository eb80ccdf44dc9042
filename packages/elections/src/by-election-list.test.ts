import { describe, expect, it } from 'vitest';
import { byElectionList } from './by-election-list';
import { realDataset } from './testing/data-files';

describe('byElectionList', () => {
  it('lists all 65 by-elections since 2010, oldest first, with results and majorities', () => {
    const list = byElectionList(realDataset());
    expect(list).toHaveLength(65);
    expect(list[0]).toMatchObject({
      name: 'Oldham East and Saddleworth',
      date: '2011-01-13',
      result: 'Lab hold',
      gain: false,
    });
    expect(list.find((b) => b.name === 'Copeland')).toMatchObject({
      result: 'Con gain from Lab',
      gain: true,
      majority: 2147,
      parliament: 56,
    });
    expect(list.at(-1)).toMatchObject({ name: 'Clacton', date: '2026-08-13', result: 'RUK hold' });
  });
});
