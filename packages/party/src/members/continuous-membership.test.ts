import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar-date';
import { labour2021RuleBook as labour2021, memberWithHistory } from '../testing/test-fixtures';
import { type ContinuityRules, continuousMembershipAt } from './continuous-membership';

const strict = labour2021.party.membership.continuity;

describe('continuousMembershipAt', () => {
  it('counts from the join date', () => {
    const member = memberWithHistory([['2024-03-01', 'active']]);
    expect(continuousMembershipAt(member, '2024-08-01', strict)).toEqual({
      since: '2024-03-01',
      previousSpellEnded: null,
      months: 5,
      days: 153,
    });
  });

  it('is nothing before joining or after leaving', () => {
    const member = memberWithHistory([
      ['2020-01-01', 'active'],
      ['2023-01-01', 'resigned'],
    ]);
    expect(continuousMembershipAt(member, '2019-12-31', strict).since).toBeNull();
    expect(continuousMembershipAt(member, '2023-01-01', strict)).toMatchObject({
      since: null,
      months: 0,
      days: 0,
    });
    expect(continuousMembershipAt(member, '2022-12-31', strict).months).toBe(35);
  });

  it('restarts after a lapse and rejoin', () => {
    const member = memberWithHistory([
      ['2020-01-01', 'active'],
      ['2023-01-01', 'lapsed'],
      ['2024-03-01', 'active'],
    ]);
    expect(continuousMembershipAt(member, '2024-08-01', strict)).toMatchObject({
      since: '2024-03-01',
      previousSpellEnded: '2023-01-01',
      months: 5,
    });
  });

  it('is not broken by an administrative suspension', () => {
    const member = memberWithHistory([
      ['2020-01-01', 'active'],
      ['2021-01-01', 'suspended'],
      ['2021-06-01', 'active'],
    ]);
    expect(continuousMembershipAt(member, '2021-07-01', strict).since).toBe('2020-01-01');
  });

  it('treats a same-day lapse and renewal as unbroken', () => {
    const member = memberWithHistory([
      ['2020-01-01', 'active'],
      ['2021-01-01', 'lapsed'],
      ['2021-01-01', 'active'],
    ]);
    expect(continuousMembershipAt(member, '2021-07-01', strict).since).toBe('2020-01-01');
  });

  it('bridges gaps up to the tolerance a rule book sets', () => {
    const tolerant: ContinuityRules = { ...strict, gapToleranceDays: 30 };
    const rejoinAfter = (days: number) =>
      memberWithHistory([
        ['2020-01-01', 'active'],
        ['2021-01-01', 'lapsed'],
        [addDays('2021-01-01', days), 'active'],
      ]);
    expect(continuousMembershipAt(rejoinAfter(30), '2021-07-01', tolerant).since).toBe('2020-01-01');
    expect(continuousMembershipAt(rejoinAfter(31), '2021-07-01', tolerant).since).toBe('2021-02-01');
    expect(continuousMembershipAt(rejoinAfter(1), '2021-07-01', strict).since).toBe('2021-01-02');
  });

  it('counts a pending application as not yet membership', () => {
    const member = memberWithHistory([
      ['2024-01-01', 'pending'],
      ['2024-02-15', 'active'],
    ]);
    expect(continuousMembershipAt(member, '2024-08-15', strict)).toMatchObject({
      since: '2024-02-15',
      months: 6,
    });
  });

  it('never counts more than the time since joining', () => {
    const statuses = fc.constantFrom('active', 'lapsed', 'suspended', 'resigned', 'pending' as const);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), statuses), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 4000 }),
        (steps, offset) => {
          let on = '2015-01-01';
          const history: [string, (typeof steps)[number][1]][] = [];
          for (const [gap, status] of steps) {
            on = addDays(on, gap);
            history.push([on, status]);
          }
          const member = memberWithHistory(history);
          const at = addDays('2015-01-01', offset);
          const spell = continuousMembershipAt(member, at, strict);
          if (spell.since === null) return;
          expect(spell.since >= member.joinedOn).toBe(true);
          expect(spell.since <= at).toBe(true);
        },
      ),
    );
  });
});
