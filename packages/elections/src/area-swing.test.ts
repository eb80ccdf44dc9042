import { describe, expect, it } from 'vitest';
import { areaSwing } from './area-swing';
import { realDataset } from './testing/data-files';
import { contest, election, seat, tinyDataset } from './testing/tiny-dataset';

describe('areaSwing', () => {
  const ge2017 = election('ge2017', '2017-06-08');
  const ge2019 = election('ge2019', '2019-12-12');
  const dataset = tinyDataset(
    [seat('E1', 'North'), seat('E2', 'South')],
    [ge2017, ge2019],
    [
      contest(ge2017, 'E1', { Lab: 600, Con: 400 }),
      contest(ge2017, 'E2', { Lab: 200, Con: 800 }),
      contest(ge2019, 'E1', { Lab: 450, Con: 500, BRX: 50 }),
      contest(ge2019, 'E2', { Lab: 150, Con: 800, BRX: 50 }),
    ],
  );

  it('measures Butler swing in one seat (worked example)', () => {
    // North: Lab 60 → 45, Con 40 → 50: swing Lab to Con = (10 + 15) / 2 = 12.5 points.
    const result = areaSwing(dataset, { from: 2017, to: 2019, seats: ['North'], parties: ['Lab', 'Con'] });
    expect(result.swing).toBeCloseTo(0.125, 12);
    expect(result.seats).toEqual(['E1']);
  });

  it('measures swing over a set of seats from their combined votes', () => {
    // Both: Lab 800/2000 = 40% → 600/2000 = 30%; Con 60% → 65%: swing = (5 + 10) / 2 = 7.5 points.
    const result = areaSwing(dataset, { from: 2017, to: 2019, parties: ['Lab', 'Con'] });
    expect(result.swing).toBeCloseTo(0.075, 12);
    expect(result.shares).toEqual({
      Lab: { from: 0.4, to: 0.3, change: expect.closeTo(-0.1, 12) },
      Con: { from: 0.6, to: 0.65, change: expect.closeTo(0.05, 12) },
    });
  });

  it('uses notional 2019 across the boundary change (Con to Lab in 2024, GB and NI)', () => {
    const result = areaSwing(realDataset(), { from: 2019, to: 2024, parties: ['Con', 'Lab'] });
    expect(result.fromElection).toBe('notional2019');
    expect(result.swing).toBeGreaterThan(0.09);
    expect(result.swing).toBeLessThan(0.11);
  });
});
