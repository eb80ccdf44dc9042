import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, listAudit } from '../core/audit';
import type { CaucusDatabase } from '../open-database';
import { openTestDatabase, TEST_ENGINES } from '../testing';
import {
  deletePartyData,
  hasPartyData,
  insertPartyData,
  readDemoMarker,
  writeDemoMarker,
} from './party-data';
import {
  countMembersByBranch,
  findMemberById,
  findMemberByNumber,
  findMemberForUpdate,
  listMemberNames,
  listMembersByIds,
  listMembersByNumbers,
  listMembersEverInBranches,
  type MemberRecord,
  searchMembers,
  updateMemberIfVersion,
  upsertMembers,
} from './party-members';
import { findRoll, insertRoll, listRollEntries, listRolls, listRollsOfMember } from './party-rolls';
import { listOfficeHolders, listOffices, listUnits } from './party-units';

function member(id: string, overrides: Partial<MemberRecord> = {}): MemberRecord {
  return {
    id,
    membershipNumber: `L${id}`,
    firstName: 'Ada',
    lastName: `Lovelace ${id}`,
    email: `${id}@example.org`,
    phone: null,
    addressLines: ['1 High Street'],
    postcode: 'TS1 1AA',
    branchId: 'b1',
    joinedOn: '2020-01-01',
    status: 'active',
    paidUpTo: '2030-01-01',
    gender: null,
    ethnicity: null,
    dateOfBirth: null,
    ageBand: null,
    tradeUnions: [{ union: 'Unison', affiliateId: null, tucAffiliated: true, from: null, to: null }],
    consent: { email: true, phone: false, sms: false, post: true },
    statusHistory: [{ on: '2020-01-01', status: 'active', note: null }],
    branchHistory: [{ on: '2020-01-01', from: null, to: 'b1' }],
    ...overrides,
  };
}

describe.each(TEST_ENGINES)('party repositories on %s', (engine) => {
  let database: CaucusDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await insertPartyData(database.db, {
      units: [
        { id: 'national', kind: 'national', name: 'Party', parentId: null, gss: null },
        { id: 'n', kind: 'nation', name: 'England', parentId: 'national', gss: null },
        { id: 'r', kind: 'region', name: 'North East', parentId: 'n', gss: null },
        { id: 'c', kind: 'clp', name: 'Hartlepool', parentId: 'r', gss: 'E14001276' },
        { id: 'b1', kind: 'branch', name: 'Ward One', parentId: 'c', gss: null },
        { id: 'b2', kind: 'branch', name: 'Ward Two', parentId: 'c', gss: null },
      ],
      affiliates: [
        { id: 'a', name: 'Unison', kind: 'trade_union', affiliatedMembership: 10, tucAffiliated: true },
      ],
      affiliatedBranches: [
        { id: 'ab', affiliateId: 'a', name: 'Unison Hartlepool', clpId: 'c', affiliatedMembership: 5 },
      ],
      members: [
        member('1'),
        member('2', { status: 'lapsed', paidUpTo: '2021-01-01', firstName: 'Grace' }),
        member('3', { branchId: 'b2', branchHistory: [{ on: '2020-01-01', from: null, to: 'b2' }] }),
      ],
      offices: [
        { id: 'b1/secretary', unitId: 'b1', key: 'secretary', title: 'Secretary', authority: 'secretary' },
      ],
      officeHolders: [{ id: 'h1', officeId: 'b1/secretary', memberId: '1', from: '2024-01-01', to: null }],
    });
  });
  afterAll(() => database.close());

  it('loads units parents first, offices and holders', async () => {
    const units = await listUnits(database.db);
    expect(units.map((unit) => unit.id)).toEqual(['national', 'n', 'r', 'c', 'b1', 'b2']);
    expect(await listOffices(database.db, ['b1'])).toHaveLength(1);
    expect((await listOfficeHolders(database.db))[0]).toMatchObject({ memberId: '1', to: null });
    expect(await hasPartyData(database.db)).toBe(true);
  });

  it('round-trips a member record exactly, by id and by number', async () => {
    expect(await findMemberById(database.db, '1')).toEqual({ ...member('1'), version: 1 });
    expect((await findMemberByNumber(database.db, 'L3'))?.branchId).toBe('b2');
    expect((await listMembersByNumbers(database.db, ['L1', 'L2', 'nope'])).length).toBe(2);
  });

  it('writes a member only from its current version, and counts every write', async () => {
    const before = await findMemberById(database.db, '3');
    expect(before?.version).toBe(1);
    const original = member('3', {
      branchId: 'b2',
      branchHistory: [{ on: '2020-01-01', from: null, to: 'b2' }],
    });
    expect(await updateMemberIfVersion(database.db, { ...original, phone: '01234 567890' }, 1)).toBe(2);
    expect(await updateMemberIfVersion(database.db, { ...original, phone: '09999 999999' }, 1)).toBeNull();
    expect((await findMemberById(database.db, '3'))?.phone).toBe('01234 567890');
    await upsertMembers(database.db, [original]);
    expect((await findMemberById(database.db, '3'))?.version).toBe(3);
    const locked = await database.db
      .transaction()
      .execute((trx) => findMemberForUpdate(trx, '3').then((found) => found?.version));
    expect(locked).toBe(3);
  });

  it('searches, filters and pages a unit’s members', async () => {
    const all = await searchMembers(database.db, { branchIds: ['b1', 'b2'], limit: 2, offset: 0 });
    expect(all.total).toBe(3);
    expect(all.members).toHaveLength(2);
    const grace = await searchMembers(database.db, {
      branchIds: ['b1'],
      search: 'grace',
      limit: 10,
      offset: 0,
    });
    expect(grace.members.map((m) => m.id)).toEqual(['2']);
    const lapsed = await searchMembers(database.db, {
      branchIds: ['b1', 'b2'],
      statuses: ['lapsed'],
      limit: 10,
      offset: 0,
    });
    expect(lapsed.total).toBe(1);
    const arrears = await searchMembers(database.db, {
      branchIds: ['b1', 'b2'],
      arrears: { inArrears: true, paidUpBefore: '2025-01-01' },
      limit: 10,
      offset: 0,
    });
    expect(arrears.members.map((m) => m.id)).toEqual(['2']);
    const wildcard = await searchMembers(database.db, {
      branchIds: ['b1'],
      search: '%',
      limit: 10,
      offset: 0,
    });
    expect(wildcard.total).toBe(0);
  });

  it('finds members who were ever in a branch, counts by branch and names members', async () => {
    await upsertMembers(database.db, [
      member('moved', {
        branchId: 'b2',
        branchHistory: [
          { on: '2020-01-01', from: null, to: 'b1' },
          { on: '2024-01-01', from: 'b1', to: 'b2' },
        ],
      }),
    ]);
    const ever = await listMembersEverInBranches(database.db, ['b1']);
    expect(ever.map((m) => m.id)).toContain('moved');
    expect(ever.map((m) => m.id)).not.toContain('3');
    expect((await countMembersByBranch(database.db)).get('b2')).toBe(2);
    expect((await listMemberNames(database.db, ['moved'])).get('moved')?.firstName).toBe('Ada');
    expect((await listMembersByIds(database.db, ['moved', 'nope'])).size).toBe(1);
  });

  it('upserts in batches, and a failing batch in a transaction changes nothing', async () => {
    await upsertMembers(database.db, [member('1', { firstName: 'Augusta' })]);
    expect((await findMemberById(database.db, '1'))?.firstName).toBe('Augusta');
    const many = Array.from({ length: 1500 }, (_, i) => member(`x${i}`));
    const bad = [...many, member('y', { branchId: 'no-such-branch' })];
    await expect(database.db.transaction().execute((trx) => upsertMembers(trx, bad))).rejects.toThrow();
    expect(await findMemberById(database.db, 'x0')).toBeUndefined();
  });

  it('stores a roll snapshot and finds a member’s open rolls', async () => {
    await database.db.transaction().execute((trx) =>
      insertRoll(
        trx,
        {
          id: 'roll1',
          title: 'Selection',
          unitId: 'c',
          editionId: 'labour-2021',
          ruleId: 'selection.vote',
          frozenAt: '2025-01-01',
          state: 'open',
          createdBy: null,
        },
        [
          { memberId: '1', eligible: true, reasons: [{ kind: 'status', passed: true }] },
          { memberId: '2', eligible: false, reasons: [] },
        ],
      ),
    );
    expect(await findRoll(database.db, 'roll1')).toMatchObject({ state: 'open', frozenAt: '2025-01-01' });
    expect((await listRolls(database.db, ['c']))[0]).toMatchObject({ entries: 2, eligible: 1 });
    expect((await listRollEntries(database.db, 'roll1', '1'))[0]?.reasons).toEqual([
      { kind: 'status', passed: true },
    ]);
    expect((await listRollsOfMember(database.db, '1', { openOnly: true })).map((r) => r.roll.id)).toEqual([
      'roll1',
    ]);
  });

  it('appends audit entries with their subject branch and lists them newest first', async () => {
    await appendAudit(database.db, [
      {
        actorUserId: null,
        action: 'member.change_status',
        unitId: 'b1',
        subjectType: 'member',
        subjectId: '1',
        subjectBranchId: 'b1',
        before: { status: 'active' },
        after: { status: 'suspended' },
      },
      {
        actorUserId: null,
        action: 'office.assign',
        unitId: 'b1',
        subjectType: 'office',
        subjectId: 'b1/secretary',
        subjectBranchId: null,
        before: null,
        after: { memberId: '1' },
      },
    ]);
    const entries = await listAudit(database.db, ['b1'], { limit: 10 });
    expect(entries.map((entry) => entry.action)).toEqual(['office.assign', 'member.change_status']);
    expect(entries[1]).toMatchObject({ subjectBranchId: 'b1', after: { status: 'suspended' } });
  });

  it('records the demo marker and deletes the whole party', async () => {
    await writeDemoMarker(database.db, {
      seededAt: 'now',
      seed: 's',
      members: 3,
      signIns: [],
    });
    expect((await readDemoMarker(database.db))?.seed).toBe('s');
    await database.db.transaction().execute((trx) => deletePartyData(trx, 'demo.%@example.org'));
    expect(await hasPartyData(database.db)).toBe(false);
    expect(await readDemoMarker(database.db)).toBeUndefined();
  });
});
