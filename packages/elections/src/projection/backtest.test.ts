import { describe, expect, it } from 'vitest';
import { realDataset } from '../testing/data-files';
import { backtest } from './backtest';

const dataset = realDataset();

describe('backtest', () => {
  const rows = backtest(dataset);

  it('runs every pair, model and level in the published JSON shape', () => {
    expect(rows).toHaveLength(4 * 4 * 3);
    expect(rows.map((row) => `${row.from}-${row.to}`).filter((v, i, all) => all.indexOf(v) === i)).toEqual([
      '2010-2015',
      '2015-2017',
      '2017-2019',
      '2019-2024',
    ]);
    expect(rows.find((row) => row.to === 2024)?.fromElection).toBe('notional2019');
    for (const row of rows) {
      expect(row).toMatchObject({
        model: expect.any(String),
        level: expect.any(String),
        miscalled: expect.any(Number),
      });
      expect(row.seats).toBe(row.to === 2024 ? 632 : 632);
      const errorSum = Object.values(row.seatError).reduce((a, b) => a + b, 0);
      expect(errorSum).toBe(0);
      expect(row.seatError.Con).toBe((row.predicted.Con ?? 0) - (row.actual.Con ?? 0));
    }
  });

  it('is scored against the actual GB seats', () => {
    const row = rows.find((r) => r.to === 2019 && r.model === 'uns' && r.level === 'gb');
    expect(row?.actual).toMatchObject({ Con: 365, Lab: 202, SNP: 48, LD: 11 });
  });

  it('reproduces the published UNS backtest from notional 2005 to 2010 within a few seats', () => {
    // Mark Pack / Lib Dem Voice: UNS from the 2005 notionals on actual 2010 shares gave Con −14, Lab +8, LD +5.
    const [uns] = backtest(dataset, {
      pairs: [{ from: 'notional2005', to: 'ge2010' }],
      models: ['uns'],
      levels: ['gb'],
    });
    expect(Math.abs((uns?.seatError.Con ?? 99) + 14)).toBeLessThanOrEqual(4);
    expect(Math.abs((uns?.seatError.Lab ?? 99) - 8)).toBeLessThanOrEqual(4);
    expect(Math.abs((uns?.seatError.LD ?? 99) - 5)).toBeLessThanOrEqual(4);
  });

  it('is more accurate by region than GB-wide when Scotland moves on its own (2010 → 2015)', () => {
    const miscalled = (level: string) =>
      rows.find((r) => r.from === 2010 && r.model === 'uns' && r.level === level)?.miscalled ?? 0;
    expect(miscalled('region')).toBeLessThan(miscalled('gb'));
  });
});
