import { describe, expect, it } from 'vitest';
import { UnknownElectionError } from './analysis-error';
import { butlerSwingOfChanges } from './butler-swing';
import { compareElections } from './compare-elections';
import { realDataset } from './testing/data-files';
import { contest, election, seat, tinyDataset } from './testing/tiny-dataset';

const ge2015 = election('ge2015', '2015-05-07');
const ge2017 = election('ge2017', '2017-06-08');
const tiny = tinyDataset(
  [
    seat('E1', 'City North', { county: 'Shire' }),
    seat('E2', 'City South', { county: 'Shire' }),
    seat('E3', 'Shire Rural', { county: 'Shire' }),
  ],
  [ge2015, ge2017],
  [
    contest(ge2015, 'E1', { Lab: 500, Con: 300, UKIP: 200 }, 1500),
    contest(ge2015, 'E2', { Lab: 400, Con: 400, UKIP: 200 }, 1500),
    contest(ge2015, 'E3', { Con: 600, Lab: 200, UKIP: 200 }, 1500),
    contest(ge2017, 'E1', { Lab: 650, Con: 350 }, 1500),
    contest(ge2017, 'E2', { Lab: 520, Con: 500, LD: 80 }, 1600),
    contest(ge2017, 'E3', { Con: 750, Lab: 300 }, 1500),
  ],
);

describe('compareElections', () => {
  it('sums each party over the seats and gives the changes (worked example)', () => {
    const result = compareElections(tiny, { from: 2015, to: 2017, county: 'Shire', exclude: ['City North'] });
    expect(result.seats).toEqual(['E2', 'E3']);
    expect(result.votes).toEqual({
      Con: { from: 1000, to: 1250, change: 250 },
      Lab: { from: 600, to: 820, change: 220 },
      LD: { from: 0, to: 80, change: 80 },
      UKIP: { from: 400, to: 0, change: -400 },
    });
    expect(result.validVotes).toEqual({ from: 2000, to: 2150, change: 150 });
    expect(result.shares.Con).toMatchObject({ from: 0.5, to: 1250 / 2150 });
    expect(result.basis).toEqual({ from: 'actual', to: 'actual' });
    expect(Object.keys(result.votes)).toEqual(['Con', 'Lab', 'LD', 'UKIP']);
    // Con 50% → 58.1%, Lab 30% → 38.1%: swing Con to Lab = (8.14 − 8.14) / 2 ≈ 0.
    expect(butlerSwingOfChanges(result.shares, 'Con', 'Lab')).toBeCloseTo(
      (820 / 2150 - 0.3 - (1250 / 2150 - 0.5)) / 2,
      12,
    );
  });

  it('rejects an unknown year', () => {
    expect(() => compareElections(tiny, { from: 2001, to: 2017 })).toThrow(UnknownElectionError);
  });

  it('compares across the 2024 boundary change with the notional 2019 results, never the actual ones', () => {
    const dataset = realDataset();
    const result = compareElections(dataset, { from: 2019, to: 2024 });
    expect(result).toMatchObject({ fromElection: 'notional2019', toElection: 'ge2024', boundarySet: '2024' });
    expect(result.basis).toEqual({ from: 'notional', to: 'actual' });
    expect(result.seats).toHaveLength(650);
    expect(result.votes.Lab).toEqual({ from: 10_269_051, to: 9_708_716, change: 9_708_716 - 10_269_051 });
    // BRX and RUK are different labels in the data; both appear.
    expect(result.votes.RUK?.to).toBe(4_117_610);
    expect(result.votes.BRX?.from).toBeGreaterThan(600_000);
  });

  it('estimates earlier 2010-set elections on 2024 boundaries by population overlap', () => {
    const result = compareElections(realDataset(), { from: 2015, to: 2024, nation: 'Wales' });
    expect(result.basis.from).toBe('overlap-estimate');
    expect(result.seats).toHaveLength(32);
    expect(result.validVotes.from).toBeGreaterThan(1_400_000);
    expect(result.validVotes.from).toBeLessThan(1_550_000);
  });

  it('sums a real county between two 2010-set elections', () => {
    const result = compareElections(realDataset(), { from: 2015, to: 2017, county: 'Kent' });
    expect(result.seats).toHaveLength(17);
    expect(result.votes.Con?.change).toBeGreaterThan(0);
    expect(result.votes.UKIP?.change).toBeLessThan(0);
  });
});
