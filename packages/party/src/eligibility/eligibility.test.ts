import { describe, expect, it } from 'vitest';
import { addDays, addMonths, type IsoDate } from '../dates/calendar-date';
import { UnknownRuleError } from '../errors';
import type { Member, MemberStatus, TradeUnionMembership } from '../members/member';
import { memberStatuses } from '../members/member';
import { changeMemberStatus, moveMemberToBranch } from '../members/member-changes';
import type { EligibilityCondition, PartyRuleBook } from '../rule-book/party-rules';
import {
  everyRuleBook,
  fixtureTree,
  greenRuleBook as greenEnglandWales,
  labour2018RuleBook as labour2018,
  labour2021RuleBook as labour2021,
  makeMember,
  memberWithHistory,
} from '../testing/test-fixtures';
import { evaluateEligibility, evaluateRule } from './eligibility';

const unison: TradeUnionMembership = {
  union: 'UNISON',
  affiliateId: 'affiliate-unison',
  tucAffiliated: true,
  from: null,
  to: null,
};
const neu: TradeUnionMembership = {
  union: 'NEU',
  affiliateId: null,
  tucAffiliated: true,
  from: null,
  to: null,
};
const rcn: TradeUnionMembership = {
  union: 'RCN',
  affiliateId: null,
  tucAffiliated: false,
  from: null,
  to: null,
};

function check(preset: PartyRuleBook, ruleId: string, member: Member, at: IsoDate) {
  return evaluateEligibility(member, ruleId, { ruleBook: preset, at });
}

function failed(preset: PartyRuleBook, ruleId: string, member: Member, at: IsoDate) {
  return check(preset, ruleId, member, at)
    .reasons.filter((reason) => !reason.passed)
    .map((reason) => reason.kind);
}

describe('reasons', () => {
  it('explains a short membership in people’s words', () => {
    const result = check(labour2021, 'selection.vote', makeMember({ joinedOn: '2024-03-01' }), '2024-08-01');
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((reason) => [reason.kind, reason.passed, reason.message])).toEqual([
      ['status', true, 'membership status at freeze date 2024-08-01: active'],
      [
        'continuous_membership',
        false,
        "joined 2024-03-01: 5 months' continuous membership at freeze date 2024-08-01, 6 needed (qualifies on 2024-09-01)",
      ],
      ['no_arrears', true, 'paid up to 2030-12-31, covering freeze date 2024-08-01'],
    ]);
    expect(result.reasons[1]).toMatchObject({
      since: '2024-03-01',
      held: 5,
      required: { amount: 6, unit: 'months' },
      qualifiesOn: '2024-09-01',
    });
  });

  it('uses singular and plural correctly and a custom date label', () => {
    const result = evaluateEligibility(makeMember({ joinedOn: '2024-07-01' }), 'selection.vote', {
      ruleBook: labour2021,
      at: '2024-08-01',
      dateLabel: 'date',
    });
    expect(result.reasons[1]?.message).toBe(
      "joined 2024-07-01: 1 month's continuous membership at date 2024-08-01, 6 needed (qualifies on 2025-01-01)",
    );
  });

  it('reports every condition, passed and failed', () => {
    const member = makeMember({ joinedOn: '2024-06-01', paidUpTo: '2024-07-01', tradeUnions: [rcn] });
    const result = check(labour2021, 'selection.stand', member, '2024-08-01');
    expect(result.reasons.map((reason) => [reason.kind, reason.passed])).toEqual([
      ['status', true],
      ['continuous_membership', false],
      ['no_arrears', false],
      ['trade_union', false],
    ]);
    expect(result.reasons[2]?.message).toBe(
      'in arrears at freeze date 2024-08-01: paid up only to 2024-07-01',
    );
    expect(result.reasons[3]?.message).toBe(
      'needs membership of a TUC-affiliated union at freeze date 2024-08-01: RCN is not a TUC-affiliated union',
    );
  });

  it('throws a typed error for a rule the preset lacks', () => {
    expect(() => check(greenEnglandWales, 'selection.vote', makeMember(), '2024-08-01')).toThrow(
      UnknownRuleError,
    );
  });
});

describe('Labour 2021: voting in a selection (6 months, no arrears)', () => {
  const at = '2024-08-01';
  it.each([
    ['2024-01-31', true],
    ['2024-02-01', true],
    ['2024-02-02', false],
    ['2024-07-31', false],
    ['2024-08-01', false],
  ])('joined %s → eligible %s at the 2024-08-01 freeze', (joinedOn, eligible) => {
    expect(check(labour2021, 'selection.vote', makeMember({ joinedOn }), at).eligible).toBe(eligible);
  });

  it('treats joining after the freeze date as not being a member', () => {
    const result = check(labour2021, 'selection.vote', makeMember({ joinedOn: '2024-08-02' }), at);
    expect(result.reasons[0]?.message).toBe(
      'membership status at freeze date 2024-08-01: not a member (joined 2024-08-02); needs active',
    );
    expect(result.reasons[1]?.message).toBe(
      'not a member at freeze date 2024-08-01: no continuous membership, 6 months needed',
    );
  });

  it.each([
    ['2023-08-31', '2024-02-29', true],
    ['2023-08-31', '2024-02-28', false],
    ['2023-08-29', '2024-02-29', true],
    ['2023-08-30', '2024-02-29', true],
    ['2023-09-01', '2024-02-29', false],
    ['2022-08-31', '2023-02-28', true],
    ['2022-08-31', '2023-02-27', false],
    ['2024-02-29', '2024-08-29', true],
    ['2024-02-29', '2024-08-28', false],
  ])('month ends and leap years: joined %s, freeze %s → %s', (joinedOn, freeze, eligible) => {
    expect(check(labour2021, 'selection.vote', makeMember({ joinedOn }), freeze).eligible).toBe(eligible);
  });

  it('refuses arrears on the freeze date itself', () => {
    expect(check(labour2021, 'selection.vote', makeMember({ paidUpTo: '2024-08-01' }), at).eligible).toBe(
      true,
    );
    expect(failed(labour2021, 'selection.vote', makeMember({ paidUpTo: '2024-07-31' }), at)).toEqual([
      'no_arrears',
    ]);
    const unpaid = check(labour2021, 'selection.vote', makeMember({ paidUpTo: null }), at);
    expect(unpaid.reasons[2]?.message).toBe(
      'in arrears at freeze date 2024-08-01: no subscription payment recorded',
    );
  });

  it('counts only the current spell for a lapsed-and-rejoined member', () => {
    const member = memberWithHistory([
      ['2019-05-01', 'active'],
      ['2023-06-01', 'lapsed'],
      ['2024-03-01', 'active'],
    ]);
    const result = check(labour2021, 'selection.vote', member, at);
    expect(result.eligible).toBe(false);
    expect(result.reasons[1]?.message).toBe(
      "rejoined 2024-03-01 after membership ended 2023-06-01: 5 months' continuous membership at freeze date 2024-08-01, 6 needed (qualifies on 2024-09-01)",
    );
    expect(check(labour2021, 'selection.vote', member, '2024-09-01').eligible).toBe(true);
    expect(check(labour2021, 'selection.vote', member, '2023-05-31').eligible).toBe(true);
    expect(failed(labour2021, 'selection.vote', member, '2023-06-01')).toEqual([
      'status',
      'continuous_membership',
    ]);
  });

  it('keeps a suspended member continuous but without the vote', () => {
    const member = memberWithHistory([
      ['2019-05-01', 'active'],
      ['2024-07-01', 'suspended'],
    ]);
    expect(failed(labour2021, 'selection.vote', member, at)).toEqual(['status']);
    const restored = changeMemberStatus(member, 'active', '2024-07-20', null);
    expect(check(labour2021, 'selection.vote', restored, at).eligible).toBe(true);
  });
});

describe('Labour: standing as a Westminster candidate (12 months and a TUC-affiliated union)', () => {
  const at = '2025-02-28';
  it.each([
    ['2024-02-28', true],
    ['2024-02-29', true],
    ['2024-03-01', false],
  ])('joined %s → eligible %s at 2025-02-28', (joinedOn, eligible) => {
    for (const preset of [labour2018, labour2021]) {
      expect(
        check(preset, 'selection.stand', makeMember({ joinedOn, tradeUnions: [unison] }), at).eligible,
      ).toBe(eligible);
    }
  });

  it('a leap-day joiner qualifies on 28 February the next year', () => {
    const member = makeMember({ joinedOn: '2024-02-29', tradeUnions: [unison] });
    expect(check(labour2021, 'selection.stand', member, '2025-02-27').eligible).toBe(false);
    expect(check(labour2021, 'selection.stand', member, '2025-02-28').eligible).toBe(true);
  });

  it('accepts any TUC-affiliated union, affiliated to Labour or not', () => {
    expect(check(labour2021, 'selection.stand', makeMember({ tradeUnions: [neu] }), at).eligible).toBe(true);
    expect(
      check(labour2021, 'selection.stand', makeMember({ tradeUnions: [rcn, unison] }), at).reasons[3],
    ).toMatchObject({
      passed: true,
      union: 'UNISON',
      message: 'member of UNISON, a TUC-affiliated union, at freeze date 2025-02-28',
    });
  });

  it('needs the union card on the freeze date', () => {
    const card = (from: IsoDate | null, to: IsoDate | null) =>
      makeMember({ tradeUnions: [{ ...unison, from, to }] });
    expect(check(labour2021, 'selection.stand', card('2025-02-28', null), at).eligible).toBe(true);
    expect(failed(labour2021, 'selection.stand', card('2025-03-01', null), at)).toEqual(['trade_union']);
    expect(check(labour2021, 'selection.stand', card(null, '2025-02-28'), at).eligible).toBe(true);
    expect(failed(labour2021, 'selection.stand', card(null, '2025-02-27'), at)).toEqual(['trade_union']);
    expect(check(labour2021, 'selection.stand', makeMember(), at).reasons[3]?.message).toBe(
      'needs membership of a TUC-affiliated union at freeze date 2025-02-28: no trade-union membership recorded',
    );
  });
});

describe('Labour: voting for leader', () => {
  it('2021: needs 6 months', () => {
    expect(
      check(labour2021, 'leadership.vote', makeMember({ joinedOn: '2020-01-20' }), '2020-07-20').eligible,
    ).toBe(true);
    expect(
      check(labour2021, 'leadership.vote', makeMember({ joinedOn: '2020-01-21' }), '2020-07-20').eligible,
    ).toBe(false);
  });

  it('2018: the NEC freeze date is the only cut-off', () => {
    const at = '2020-01-20';
    expect(check(labour2018, 'leadership.vote', makeMember({ joinedOn: '2020-01-20' }), at).eligible).toBe(
      true,
    );
    expect(check(labour2018, 'leadership.vote', makeMember({ joinedOn: '2020-01-21' }), at).eligible).toBe(
      false,
    );
    expect(failed(labour2018, 'leadership.vote', makeMember({ paidUpTo: '2020-01-19' }), at)).toEqual([
      'no_arrears',
    ]);
  });
});

describe('Labour: voting at meetings (8 weeks)', () => {
  it.each([
    ['2024-06-06', true],
    ['2024-06-07', false],
  ])('joined %s → eligible %s on 2024-08-01', (joinedOn, eligible) => {
    const result = check(labour2021, 'meeting.vote', makeMember({ joinedOn }), '2024-08-01');
    expect(result.eligible).toBe(eligible);
  });

  it('speaks in weeks', () => {
    const result = check(labour2021, 'meeting.vote', makeMember({ joinedOn: '2024-07-01' }), '2024-08-01');
    expect(result.reasons[1]?.message).toBe(
      "joined 2024-07-01: 4 weeks' continuous membership at freeze date 2024-08-01, 8 needed (qualifies on 2024-08-26)",
    );
  });
});

describe('Young Labour (under 27)', () => {
  it.each([
    ['1997-08-01', '2024-07-31', true],
    ['1997-08-01', '2024-08-01', false],
    ['2000-02-29', '2027-02-28', true],
    ['2000-02-29', '2027-03-01', false],
  ])('born %s, judged %s → %s', (dateOfBirth, at, eligible) => {
    const result = check(labour2021, 'young_members.vote', makeMember({ dateOfBirth }), at);
    expect(result.eligible).toBe(eligible);
  });

  it('falls back to the age band, and refuses when age is unknown', () => {
    const band = (ageBand: Member['ageBand']) => makeMember({ dateOfBirth: null, ageBand });
    expect(check(labour2021, 'young_members.vote', band('18_to_26'), '2024-08-01').eligible).toBe(true);
    expect(check(labour2021, 'young_members.vote', band('under_18'), '2024-08-01').eligible).toBe(true);
    expect(check(labour2021, 'young_members.vote', band('27_to_34'), '2024-08-01').eligible).toBe(false);
    const unknown = check(labour2021, 'young_members.vote', band(null), '2024-08-01');
    expect(unknown.reasons[2]?.message).toBe('no age recorded; must be under 27');
    expect(check(labour2021, 'young_members.vote', band('18_to_26'), '2024-08-01').reasons[2]?.message).toBe(
      'recorded age band 18–26 (no date of birth held); must be under 27',
    );
  });
});

describe('Green Party example preset', () => {
  it('needs two years to stand for leader', () => {
    const member = makeMember({ joinedOn: '2023-01-31' });
    expect(check(greenEnglandWales, 'leadership.stand', member, '2025-01-30').eligible).toBe(false);
    expect(check(greenEnglandWales, 'leadership.stand', member, '2025-01-31').eligible).toBe(true);
  });

  it('lets any current member vote, even in arrears', () => {
    expect(
      check(greenEnglandWales, 'leadership.vote', makeMember({ paidUpTo: null }), '2025-01-31').eligible,
    ).toBe(true);
  });
});

describe('unit scope', () => {
  const scope = { unitId: 'hartlepool', tree: fixtureTree };
  it('requires being in the unit on the freeze date', () => {
    const member = makeMember();
    const movedBefore = moveMemberToBranch(member, 'billingham', '2024-07-31', [], fixtureTree);
    const movedAfter = moveMemberToBranch(member, 'billingham', '2024-08-02', [], fixtureTree);
    const judge = (candidate: Member) =>
      evaluateEligibility(candidate, 'selection.vote', {
        ruleBook: labour2021,
        at: '2024-08-01',
        unit: scope,
      });
    expect(judge(member).reasons[0]?.message).toBe(
      'in Burn Valley branch at freeze date 2024-08-01, within Hartlepool CLP',
    );
    expect(judge(movedAfter).eligible).toBe(true);
    expect(judge(movedBefore).eligible).toBe(false);
    expect(judge(movedBefore).reasons[0]?.message).toBe(
      'in Billingham branch at freeze date 2024-08-01, outside Hartlepool CLP',
    );
    expect(judge(makeMember({ joinedOn: '2024-09-01' })).reasons[0]?.message).toBe(
      'not in any branch at freeze date 2024-08-01',
    );
  });
});

// Every rule of every preset, condition by condition, with the boundary derived from the preset's own numbers.
describe.each(everyRuleBook)('every rule of $edition.id', (preset) => {
  // Mid-month, so the day after the mark is a different corresponding date (month ends are tested above).
  const at = '2024-03-15';
  const ageCondition = (conditions: readonly EligibilityCondition[]) =>
    conditions.find(
      (condition): condition is Extract<EligibilityCondition, { kind: 'age' }> => condition.kind === 'age',
    );

  function passingMember(conditions: readonly EligibilityCondition[]): Member {
    const age = ageCondition(conditions);
    const years = age === undefined ? 40 : (age.maximumExclusive ?? (age.minimum ?? 0) + 10) - 1;
    return makeMember({
      joinedOn: '2010-01-01',
      paidUpTo: addMonths(at, 12),
      tradeUnions: [unison],
      dateOfBirth: addMonths(at, -12 * years),
    });
  }

  describe.each(Object.values(preset.party.eligibility))('$id', (rule) => {
    const judge = (member: Member, date: IsoDate = at) =>
      evaluateRule(member, rule, { ruleBook: preset, at: date });

    it('admits a member who meets every condition, giving a reason for each', () => {
      const result = judge(passingMember(rule.conditions));
      expect(result.eligible).toBe(true);
      expect(result.reasons).toHaveLength(rule.conditions.length);
      for (const reason of result.reasons) expect(reason.message.length).toBeGreaterThan(10);
    });

    for (const condition of rule.conditions) {
      const base = passingMember(rule.conditions);
      if (condition.kind === 'continuous_membership') {
        const { amount, unit } = condition.minimum;
        const mark = unit === 'months' ? addMonths(at, -amount) : addDays(at, -7 * amount);
        it(`is on the ${amount}-${unit} mark: joined ${mark} qualifies, a day later does not`, () => {
          expect(judge({ ...base, ...rejoined(base, addDays(mark, -1)) }).eligible).toBe(true);
          expect(judge({ ...base, ...rejoined(base, mark) }).eligible).toBe(true);
          expect(judge({ ...base, ...rejoined(base, addDays(mark, 1)) }).eligible).toBe(amount === 0);
        });
      }
      if (condition.kind === 'status') {
        it(`refuses statuses other than ${condition.allowed.join(', ')}`, () => {
          for (const status of memberStatuses) {
            const member = changeMemberStatus(base, status as MemberStatus, '2020-01-01', null);
            const statusReason = judge(member).reasons.find((reason) => reason.kind === 'status');
            expect(statusReason?.passed).toBe(condition.allowed.includes(status));
          }
        });
      }
      if (condition.kind === 'no_arrears') {
        const grace = preset.party.membership.arrearsGraceDays;
        it('refuses arrears on the freeze date', () => {
          expect(judge({ ...base, paidUpTo: addDays(at, -grace) }).eligible).toBe(true);
          expect(judge({ ...base, paidUpTo: addDays(at, -grace - 1) }).eligible).toBe(false);
          expect(judge({ ...base, paidUpTo: null }).eligible).toBe(false);
        });
      }
      if (condition.kind === 'trade_union') {
        it(`needs ${condition.requirement}`, () => {
          expect(judge({ ...base, tradeUnions: [] }).eligible).toBe(false);
          expect(judge({ ...base, tradeUnions: [rcn] }).eligible).toBe(condition.requirement === 'any_union');
        });
      }
      if (condition.kind === 'age' && condition.maximumExclusive !== null) {
        const limit = condition.maximumExclusive;
        it(`is under ${limit} until the ${limit}th birthday`, () => {
          const born = addMonths(at, -12 * limit);
          expect(judge({ ...base, dateOfBirth: born }).eligible).toBe(false);
          expect(judge({ ...base, dateOfBirth: addDays(born, 1) }).eligible).toBe(true);
        });
      }
    }
  });
});

function rejoined(member: Member, since: IsoDate): Pick<Member, 'statusHistory' | 'status'> {
  return {
    status: 'active',
    statusHistory: [
      { on: member.joinedOn, status: 'active', note: null },
      { on: '2015-01-01', status: 'lapsed', note: null },
      { on: since, status: 'active', note: null },
    ],
  };
}
