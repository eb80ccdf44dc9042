import { describe, expect, it } from 'vitest';
import { UnknownPartyError } from './analysis-error';
import { targetList } from './targets';
import { catchError } from './testing/catch-error';
import { realDataset } from './testing/data-files';
import { contest, election, seat, tinyDataset } from './testing/tiny-dataset';

const ge = election('ge2019', '2019-12-12');
const tiny = tinyDataset(
  [
    seat('E1', 'Marginal', { county: 'Kent' }),
    seat('E2', 'Safe', { county: 'Kent' }),
    seat('E3', 'Held'),
    seat('E4', 'Not contested'),
    seat('W1', 'Welsh', { nation: 'Wales', regionCode: 'W92000004', regionName: 'Wales', county: 'Gwent' }),
  ],
  [ge],
  [
    contest(ge, 'E1', { Con: 460, Lab: 440, LD: 100 }),
    contest(ge, 'E2', { Con: 600, Lab: 200, LD: 200 }),
    contest(ge, 'E3', { Lab: 500, Con: 400, LD: 100 }),
    contest(ge, 'E4', { Con: 700, LD: 300 }),
    contest(ge, 'W1', { Con: 450, Lab: 350, PC: 200 }),
  ],
);

describe('targetList', () => {
  it('orders seats the party contested but lost by the swing needed (worked example)', () => {
    expect(
      targetList(tiny, { party: 'Lab', election: 2019 }).map((t) => [
        t.rank,
        t.code,
        t.holder,
        t.swingNeeded,
      ]),
    ).toEqual([
      [1, 'E1', 'Con', expect.closeTo(0.01, 12)],
      [2, 'W1', 'Con', expect.closeTo(0.05, 12)],
      [3, 'E2', 'Con', expect.closeTo(0.2, 12)],
    ]);
  });

  it('filters by nation, region and county and limits the list', () => {
    expect(targetList(tiny, { party: 'Lab', election: 2019, nation: 'Wales' }).map((t) => t.code)).toEqual([
      'W1',
    ]);
    expect(
      targetList(tiny, { party: 'Lab', election: 2019, county: 'Kent', limit: 1 }).map((t) => t.code),
    ).toEqual(['E1']);
    expect(
      targetList(tiny, { party: 'Lab', election: 2019, region: 'North East' }).map((t) => t.code),
    ).toEqual(['E1', 'E2']);
  });

  it('reports the holder majority and shares', () => {
    expect(targetList(tiny, { party: 'LD', election: 2019 })[0]).toMatchObject({
      code: 'E1',
      holder: 'Con',
      holderShare: 0.46,
      partyShare: 0.1,
      majority: 20,
    });
  });

  it('rejects a party that did not stand, listing those that did', () => {
    const error = catchError(() => targetList(tiny, { party: 'Green', election: 2019 }));
    expect(error).toBeInstanceOf(UnknownPartyError);
    expect((error as UnknownPartyError).available[0]).toBe('Con');
  });

  it('gives Labour 2019 targets on real data, smallest swing first', () => {
    const targets = targetList(realDataset(), { party: 'Lab', election: 2019, limit: 5 });
    expect(targets).toHaveLength(5);
    expect(targets.every((t, i) => i === 0 || (targets[i - 1]?.swingNeeded ?? 0) <= t.swingNeeded)).toBe(
      true,
    );
    expect(targets[0]?.swingNeeded).toBeLessThan(0.002);
  });
});
