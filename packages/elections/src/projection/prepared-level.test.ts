import { describe, expect, it } from 'vitest';
import { realDataset } from '../testing/data-files';
import { projectionBaseline } from './baseline';
import { prepareLevel } from './prepared-level';

describe('prepareLevel', () => {
  const baseline = projectionBaseline(realDataset(), 2024, ['Lab', 'Con', 'LD', 'RUK', 'Green', 'SNP', 'PC']);

  it('splits the modelled GB seats (not Northern Ireland, not the Speaker) into areas', () => {
    const count = (level: 'gb' | 'nation' | 'region') =>
      prepareLevel(baseline, level)
        .areas.map((area) => area.name)
        .sort();
    expect(count('gb')).toEqual(['GB']);
    expect(count('nation')).toEqual(['England', 'Scotland', 'Wales']);
    expect(count('region')).toHaveLength(11);
    const seats = prepareLevel(baseline, 'region').areas.reduce((sum, area) => sum + area.seats.length, 0);
    expect(seats).toBe(650 - 18 - 1);
  });

  it('computes national shares and the weak/strong split (20% threshold) per area', () => {
    const [gb] = prepareLevel(baseline, 'gb').areas;
    const labour = baseline.parties.indexOf('Lab');
    expect(gb?.stats.shares[labour]).toBeCloseTo(0.347, 2);
    expect((gb?.stats.weak[labour] ?? 0) + (gb?.stats.strong[labour] ?? 0)).toBeCloseTo(
      gb?.stats.shares[labour] ?? 0,
      12,
    );
    expect(gb?.stats.weak[labour]).toBeLessThanOrEqual(0.2);
  });
});
