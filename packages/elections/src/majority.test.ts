import { describe, expect, it } from 'vitest';
import { majority } from './majority';
import { contest, election } from './testing/tiny-dataset';

const ge = election('ge', '2019-12-12');

describe('majority', () => {
  it('is the gap between the top two in votes and as a share of valid votes', () => {
    const result = majority(contest(ge, 'X', { Lab: 13296, Con: 12973, Oth: 8264 }));
    expect(result).toEqual({ winner: 'Lab', runnerUp: 'Con', votes: 323, share: 323 / 34533 });
  });

  it('does not rely on candidate order and counts an unopposed winner in full', () => {
    const shuffled = contest(ge, 'X', { A: 10, B: 30, C: 20 });
    shuffled.candidates.reverse();
    expect(majority(shuffled)).toMatchObject({ winner: 'B', runnerUp: 'C', votes: 10 });
    expect(majority(contest(ge, 'X', { Spk: 500 }))).toMatchObject({
      winner: 'Spk',
      runnerUp: null,
      votes: 500,
      share: 1,
    });
  });
});
