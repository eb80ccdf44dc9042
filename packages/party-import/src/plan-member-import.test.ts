import { freezeRoll, type Member, memberFieldGroups } from '@caucus/party';
import { fixtureTree, labour2021RuleBook, makeMember } from '@caucus/party/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ParsedMembershipCsv,
  parseMembershipCsv,
  type TradeUnionDirectoryEntry,
} from './parse-membership-csv';
import { type ImportPlan, type ImportPlanOptions, planMemberImport } from './plan-member-import';
import { writeMembershipCsv } from './write-membership-csv';

const tradeUnions: TradeUnionDirectoryEntry[] = [
  { name: 'UNISON', aliases: [], affiliateId: 'affiliate-unison', tucAffiliated: true },
  { name: 'GMB', aliases: [], affiliateId: 'affiliate-gmb', tucAffiliated: true },
];
const options: ImportPlanOptions = {
  asOf: '2024-09-01',
  tree: fixtureTree,
  openRolls: [],
  scopeUnitId: 'hartlepool',
  revealGroups: ['directory', 'membership', 'contact', 'profile'],
  newMemberId: (membershipNumber) => `new-${membershipNumber}`,
};
const header =
  'membership_number,first_name,last_name,email,postcode,branch,joined_on,status,status_since,paid_up_to,ethnicity,trade_union';
const existing = makeMember({
  id: 'm1',
  membershipNumber: 'L1',
  email: 'ann@example.org',
  postcode: 'TS24 7AA',
  paidUpTo: '2025-01-31',
  ethnicity: 'Black British',
  tradeUnions: [
    { union: 'UNISON', affiliateId: 'affiliate-unison', tucAffiliated: true, from: '2015-01-01', to: null },
  ],
});
const sameRow =
  'L1,Ann,Smith,ann@example.org,TS24 7AA,burn-valley,2020-01-15,active,,2025-01-31,Black British,UNISON';

const parse = (rows: string[]): ParsedMembershipCsv =>
  parseMembershipCsv([header, ...rows].join('\n'), { tree: fixtureTree, tradeUnions });
const plan = (
  rows: string[],
  members: readonly Member[] = [existing],
  overrides: Partial<ImportPlanOptions> = {},
) => planMemberImport(parse(rows), members, { ...options, ...overrides });
const apply = (result: ImportPlan, members: readonly Member[]): Member[] => {
  const updated = new Map(result.updates.map((update) => [update.before.id, update.after]));
  return [
    ...members.map((member) => updated.get(member.id) ?? member),
    ...result.creates.map((create) => create.member),
  ];
};

describe('planMemberImport', () => {
  it('leaves a matching row unchanged', () => {
    const result = plan([sameRow]);
    expect(result.unchanged).toEqual([{ line: 2, memberId: 'm1' }]);
    expect(result.creates).toEqual([]);
    expect(result.updates).toEqual([]);
    expect(result.hasErrors).toBe(false);
  });

  it('creates new members with their histories', () => {
    const result = plan(['L2,Bob,Jones,,,headland,2019-05-01,lapsed,,2023-04-30,,GMB']);
    expect(result.creates).toHaveLength(1);
    const created = result.creates[0]?.member;
    expect(created).toMatchObject({
      id: 'new-L2',
      branchId: 'headland',
      status: 'lapsed',
      consent: { email: false },
    });
    // No status date: a lapse is dated the day after the paid-up-to date.
    expect(created?.statusHistory.map((change) => [change.on, change.status])).toEqual([
      ['2019-05-01', 'active'],
      ['2023-05-01', 'lapsed'],
    ]);
  });

  it('lists field-by-field changes, withholding groups the importer may not see', () => {
    const result = plan([
      'L1,Ann,Smith-Jones,ann@new.example.org,TS24 7AA,burn-valley,2020-01-15,active,,2026-01-31,Arab,UNISON',
    ]);
    expect(result.updates).toHaveLength(1);
    expect(result.updates[0]?.changes).toEqual([
      { field: 'lastName', group: 'directory', withheld: false, before: 'Smith', after: 'Smith-Jones' },
      { field: 'paidUpTo', group: 'membership', withheld: false, before: '2025-01-31', after: '2026-01-31' },
      {
        field: 'email',
        group: 'contact',
        withheld: false,
        before: 'ann@example.org',
        after: 'ann@new.example.org',
      },
      { field: 'ethnicity', group: 'ethnicity', withheld: true },
    ]);
    expect(JSON.stringify(result.updates[0]?.changes)).not.toContain('Black British');
    expect(result.updates[0]?.after.ethnicity).toBe('Arab');
  });

  it('keeps dated union memberships that are still listed', () => {
    const result = plan([
      'L1,Ann,Smith,ann@example.org,TS24 7AA,burn-valley,2020-01-15,active,,2025-01-31,Black British,UNISON;GMB',
    ]);
    expect(result.updates[0]?.after.tradeUnions).toEqual([
      { union: 'UNISON', affiliateId: 'affiliate-unison', tucAffiliated: true, from: '2015-01-01', to: null },
      { union: 'GMB', affiliateId: 'affiliate-gmb', tucAffiliated: true, from: null, to: null },
    ]);
  });

  it('records status changes and branch moves in the histories', () => {
    const result = plan([
      'L1,Ann,Smith,ann@example.org,TS24 7AA,headland,2020-01-15,suspended,2024-08-20,2025-01-31,Black British,UNISON',
    ]);
    const after = result.updates[0]?.after;
    expect(after?.statusHistory.at(-1)).toEqual({ on: '2024-08-20', status: 'suspended', note: 'import' });
    expect(after?.branchHistory.at(-1)).toEqual({ on: '2024-09-01', from: 'burn-valley', to: 'headland' });
    expect(result.updates[0]?.changes.map((change) => change.field)).toEqual([
      'branchId',
      'status',
      'statusHistory',
      'branchHistory',
    ]);
  });

  it('records a rejoin as a new spell from its date', () => {
    const lapsed = {
      ...existing,
      status: 'lapsed' as const,
      statusHistory: [...existing.statusHistory, { on: '2023-01-01', status: 'lapsed' as const, note: null }],
    };
    const result = plan(
      [
        'L1,Ann,Smith,ann@example.org,TS24 7AA,burn-valley,2020-01-15,active,2024-03-01,2025-01-31,Black British,UNISON',
      ],
      [lapsed],
    );
    expect(result.updates[0]?.after.statusHistory.map((change) => change.on)).toEqual([
      '2020-01-15',
      '2023-01-01',
      '2024-03-01',
    ]);
  });

  it('records a rejoin the store missed, from the status date of an active row', () => {
    const row = (since: string) =>
      `L1,Ann,Smith,ann@example.org,TS24 7AA,burn-valley,2020-01-15,active,${since},2025-01-31,Black British,UNISON`;
    const result = plan([row('2024-03-01')]);
    expect(result.updates[0]?.after.statusHistory.map((change) => [change.on, change.status])).toEqual([
      ['2020-01-15', 'active'],
      ['2024-02-29', 'lapsed'],
      ['2024-03-01', 'active'],
    ]);
    expect(result.updates[0]?.changes.map((change) => change.field)).toEqual(['statusHistory']);
    expect(plan([row('2020-01-15')]).unchanged).toHaveLength(1);
    expect(plan([row('2020-01-16')]).unchanged).toHaveLength(1);
  });

  it('moves the start of both histories when the join date is corrected', () => {
    const result = plan([
      'L1,Ann,Smith,ann@example.org,TS24 7AA,burn-valley,2019-12-01,active,,2025-01-31,Black British,UNISON',
    ]);
    const after = result.updates[0]?.after;
    expect(after?.joinedOn).toBe('2019-12-01');
    expect(after?.statusHistory[0]?.on).toBe('2019-12-01');
    expect(after?.branchHistory[0]?.on).toBe('2019-12-01');
  });

  it('refuses a join date after the recorded history', () => {
    const moved = {
      ...existing,
      branchId: 'headland',
      branchHistory: [...existing.branchHistory, { on: '2022-01-01', from: 'burn-valley', to: 'headland' }],
    };
    const result = plan(
      ['L1,Ann,Smith,ann@example.org,TS24 7AA,headland,2023-01-01,active,,2025-01-31,Black British,UNISON'],
      [moved],
    );
    expect(result.errors.map((error) => [error.line, error.column, error.message])).toEqual([
      [2, 'joined_on', "join date 2023-01-01 is after the member's recorded change on 2022-01-01"],
    ]);
  });

  it('refuses a status date before the last recorded change', () => {
    const result = plan([
      'L1,Ann,Smith,ann@example.org,TS24 7AA,burn-valley,2020-01-15,lapsed,2019-01-01,2025-01-31,Black British,UNISON',
    ]);
    expect(result.errors[0]?.column).toBe('status_since');
  });

  it('blocks a move off an open roll, explaining why', () => {
    const roll = freezeRoll(
      {
        id: 'r1',
        title: 'Hartlepool selection',
        unitId: 'hartlepool',
        ruleId: 'selection.vote',
        frozenAt: '2024-08-01',
      },
      [existing],
      { ruleBook: labour2021RuleBook, tree: fixtureTree },
    );
    const row =
      'L1,Ann,Smith,ann@example.org,TS24 7AA,billingham,2020-01-15,active,,2025-01-31,Black British,UNISON';
    const result = plan([row], [existing], { openRolls: [roll], scopeUnitId: 'north-east' });
    expect(result.hasErrors).toBe(true);
    expect(result.errors[0]).toMatchObject({ line: 2, column: 'branch', value: 'billingham' });
    expect(result.errors[0]?.message).toContain('eligible voter on the open roll for "Hartlepool selection"');
    expect(plan([row], [existing], { scopeUnitId: 'north-east' }).hasErrors).toBe(false);
  });

  it('keeps to the importer’s unit', () => {
    const outside = plan(['L2,Bob,Jones,,,pemberton,2019-05-01,active,,2025-01-01,,']);
    expect(outside.errors[0]?.message).toBe(
      'Pemberton branch is outside Hartlepool CLP, the unit being imported into',
    );
    const elsewhere = {
      ...existing,
      branchId: 'pemberton',
      branchHistory: [{ on: existing.joinedOn, from: null, to: 'pemberton' }],
    };
    const transfer = plan([sameRow], [elsewhere]);
    expect(transfer.errors[0]?.message).toBe('member L1 is now in Pemberton branch, outside Hartlepool CLP');
  });

  it('reports members in the unit missing from the file, without deleting them', () => {
    const other = makeMember({ id: 'm2', membershipNumber: 'L2', branchId: 'headland' });
    const far = makeMember({ id: 'm3', membershipNumber: 'L3', branchId: 'pemberton' });
    expect(plan([sameRow], [existing, other, far]).notInFile).toEqual(['m2']);
  });

  it('carries parse errors and warnings through, so hasErrors covers the whole file', () => {
    const result = plan([sameRow, 'L2,Bob,Jones,,,headland,someday,active,,,,']);
    expect(result.hasErrors).toBe(true);
    expect(result.errors[0]).toMatchObject({ line: 3, column: 'joined_on' });
    expect(result.unchanged).toHaveLength(1);
  });

  it('is idempotent: applying a plan and re-importing the same file changes nothing', () => {
    const rows = [
      'L1,Ann,Smith-Jones,ann@new.example.org,TS24 7AA,headland,2020-01-15,suspended,2024-08-20,2026-01-31,Arab,GMB',
      'L2,Bob,Jones,,,headland,2019-05-01,lapsed,,2023-04-30,,',
      'L3,Cy,Lee,cy@example.org,TS25 1AA,burn-valley,2022-05-01,active,2024-02-01,2025-01-31,,UNISON',
    ];
    const first = plan(rows);
    expect([first.creates.length, first.updates.length, first.hasErrors]).toEqual([2, 1, false]);
    const second = plan(rows, apply(first, [existing]));
    expect(second.unchanged.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(second.creates.length + second.updates.length).toBe(0);
  });

  it('round-trips written members as unchanged', () => {
    const member = fc.record({
      suffix: fc.integer({ min: 1, max: 99999 }),
      branchId: fc.constantFrom('burn-valley', 'headland'),
      joinedOn: fc.constantFrom('2010-02-28', '2016-02-29', '2020-01-15', '2024-07-31'),
      status: fc.constantFrom('active', 'lapsed', 'suspended', 'resigned', 'pending' as const),
      email: fc.option(fc.constantFrom('a@example.org', 'b.c@example.com'), { nil: null }),
      lastName: fc.constantFrom('Smith', "O'Brien", 'Smith, Jr', 'Le "Roux"'),
      ethnicity: fc.option(fc.constantFrom('Arab', 'White British'), { nil: null }),
      unions: fc.subarray(['UNISON', 'GMB']),
      paidUpTo: fc.option(fc.constantFrom('2023-12-31', '2025-06-30'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(member, { selector: (m) => m.suffix, maxLength: 8 }), (specs) => {
        const members = specs.map((spec) =>
          makeMember({
            id: `m${spec.suffix}`,
            membershipNumber: `L${spec.suffix}`,
            branchId: spec.branchId,
            joinedOn: spec.joinedOn,
            status: spec.status,
            statusSince: spec.status === 'active' || spec.status === 'pending' ? null : '2024-08-01',
            email: spec.email,
            lastName: spec.lastName,
            ethnicity: spec.ethnicity,
            paidUpTo: spec.paidUpTo,
            tradeUnions: tradeUnions
              .filter((union) => spec.unions.includes(union.name))
              .map((union) => ({
                union: union.name,
                affiliateId: union.affiliateId,
                tucAffiliated: true,
                from: null,
                to: null,
              })),
          }),
        );
        const parsed = parseMembershipCsv(writeMembershipCsv(members, fixtureTree), {
          tree: fixtureTree,
          tradeUnions,
        });
        expect(parsed.errors).toEqual([]);
        const result = planMemberImport(parsed, members, { ...options, revealGroups: memberFieldGroups });
        expect(result.unchanged).toHaveLength(members.length);
        const fresh = planMemberImport(parsed, [], options);
        expect(
          fresh.creates.map((create) => ({ ...create.member, id: create.member.id.replace('new-L', 'm') })),
        ).toEqual(members);
      }),
    );
  });
});
