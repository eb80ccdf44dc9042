import { describe, expect, it } from 'vitest';
import type { Roll } from '../eligibility/frozen-roll';
import { BranchMoveBlockedError, InvalidMemberError } from '../errors';
import { fixtureTree, makeMember } from '../testing/test-fixtures';
import { isInArrearsAt } from './arrears';
import { memberInvariantProblems, memberSchema } from './member';
import { changeMemberStatus, createMember, moveMemberToBranch } from './member-changes';
import { branchAt, statusAt } from './member-history';

describe('createMember', () => {
  it('starts both histories on the join date', () => {
    const member = makeMember();
    expect(member.statusHistory).toEqual([{ on: '2020-01-15', status: 'active', note: null }]);
    expect(member.branchHistory).toEqual([{ on: '2020-01-15', from: null, to: 'burn-valley' }]);
    expect(memberInvariantProblems(member)).toEqual([]);
  });

  it('records a later status after an active spell', () => {
    const member = makeMember({ status: 'lapsed', statusSince: '2023-02-01' });
    expect(member.statusHistory.map((change) => [change.on, change.status])).toEqual([
      ['2020-01-15', 'active'],
      ['2023-02-01', 'lapsed'],
    ]);
  });

  it('records an active member with a later status date as a rejoin', () => {
    const member = makeMember({ status: 'active', statusSince: '2024-03-01' });
    expect(member.statusHistory.map((change) => [change.on, change.status])).toEqual([
      ['2020-01-15', 'active'],
      ['2024-02-29', 'lapsed'],
      ['2024-03-01', 'active'],
    ]);
  });

  it('uses the given status from the join date when no later date is known', () => {
    expect(makeMember({ status: 'pending' }).statusHistory).toEqual([
      { on: '2020-01-15', status: 'pending', note: null },
    ]);
  });

  it('refuses a status date before the join date', () => {
    expect(() => makeMember({ status: 'lapsed', statusSince: '2019-01-01' })).toThrow(InvalidMemberError);
  });
});

describe('memberSchema', () => {
  it('accepts a consistent record and normalises the postcode', () => {
    const parsed = memberSchema.parse({ ...makeMember(), postcode: 'ts24  7aa' });
    expect(parsed.postcode).toBe('TS24 7AA');
  });

  it.each([
    ['an invalid email', { email: 'not-an-email' }],
    ['an invalid phone', { phone: '12' }],
    ['an impossible date', { paidUpTo: '2024-02-30' }],
    ['an unknown status', { status: 'retired' }],
    ['an unknown age band', { ageBand: '30s' }],
    ['a blank name', { firstName: '  ' }],
  ])('rejects %s', (_, change) => {
    expect(memberSchema.safeParse({ ...makeMember(), ...change }).success).toBe(false);
  });

  it('checks the history invariants', () => {
    const member = makeMember();
    const cases = [
      { ...member, status: 'lapsed' as const },
      { ...member, joinedOn: '2020-01-16' },
      { ...member, branchId: 'headland' },
      { ...member, statusHistory: [] },
      { ...member, branchHistory: [] },
      {
        ...member,
        statusHistory: [
          { on: '2020-01-15', status: 'active' as const, note: null },
          { on: '2020-01-01', status: 'active' as const, note: null },
        ],
      },
      {
        ...member,
        branchId: 'billingham',
        branchHistory: [
          { on: '2020-01-15', from: null, to: 'burn-valley' },
          { on: '2021-01-01', from: 'headland', to: 'billingham' },
        ],
      },
    ];
    for (const candidate of cases) {
      expect(memberInvariantProblems(candidate).length).toBeGreaterThan(0);
      expect(memberSchema.safeParse(candidate).success).toBe(false);
    }
  });
});

describe('history lookups', () => {
  const member = changeMemberStatus(
    changeMemberStatus(makeMember(), 'lapsed', '2022-06-01', 'arrears'),
    'active',
    '2023-01-10',
    null,
  );
  const moved = moveMemberToBranch(member, 'headland', '2023-05-01', [], fixtureTree);

  it('gives the status on a date', () => {
    expect(statusAt(moved, '2020-01-14')).toBeNull();
    expect(statusAt(moved, '2020-01-15')).toBe('active');
    expect(statusAt(moved, '2022-05-31')).toBe('active');
    expect(statusAt(moved, '2022-06-01')).toBe('lapsed');
    expect(statusAt(moved, '2023-01-10')).toBe('active');
  });

  it('gives the branch on a date', () => {
    expect(branchAt(moved, '2020-01-14')).toBeNull();
    expect(branchAt(moved, '2023-04-30')).toBe('burn-valley');
    expect(branchAt(moved, '2023-05-01')).toBe('headland');
    expect(moved.branchHistory.at(-1)).toEqual({ on: '2023-05-01', from: 'burn-valley', to: 'headland' });
  });
});

describe('member changes', () => {
  it('ignores a change to the same status or branch', () => {
    const member = makeMember();
    expect(changeMemberStatus(member, 'active', '2024-01-01', null)).toBe(member);
    expect(moveMemberToBranch(member, 'burn-valley', '2024-01-01', [], fixtureTree)).toBe(member);
  });

  it('refuses changes dated before the last one', () => {
    const member = makeMember();
    expect(() => changeMemberStatus(member, 'lapsed', '2019-01-01', null)).toThrow(InvalidMemberError);
    expect(() => moveMemberToBranch(member, 'headland', '2019-01-01', [], fixtureTree)).toThrow(
      InvalidMemberError,
    );
  });

  it('refuses a move off an open roll', () => {
    const member = makeMember();
    const roll: Roll = {
      id: 'r',
      title: 'Hartlepool selection',
      unitId: 'hartlepool',
      editionId: 'labour-2021',
      ruleId: 'selection.vote',
      frozenAt: '2024-08-01',
      state: 'open',
      entries: [{ memberId: member.id, eligible: true, reasons: [] }],
    };
    expect(() => moveMemberToBranch(member, 'billingham', '2024-09-01', [roll], fixtureTree)).toThrow(
      BranchMoveBlockedError,
    );
  });
});

describe('isInArrearsAt', () => {
  const member = makeMember({ paidUpTo: '2024-07-31' });
  it('is in arrears from the day after paid-up-to', () => {
    expect(isInArrearsAt(member, '2024-07-31', 0)).toBe(false);
    expect(isInArrearsAt(member, '2024-08-01', 0)).toBe(true);
  });
  it('allows a grace period', () => {
    expect(isInArrearsAt(member, '2024-08-30', 30)).toBe(false);
    expect(isInArrearsAt(member, '2024-08-31', 30)).toBe(true);
  });
  it('treats no payment as arrears', () => {
    expect(
      isInArrearsAt(createMember({ ...makeMember(), paidUpTo: null, statusSince: null }), '2020-02-01', 0),
    ).toBe(true);
  });
});
