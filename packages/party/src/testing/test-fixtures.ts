// Shared fixtures for the package's tests: a small unit tree and a member builder.

import type { Actor, Role } from '../access/roles';
import type { IsoDate } from '../dates/calendar-date';
import type { Member } from '../members/member';
import { createMember, type NewMember } from '../members/member-changes';
import { editionIds } from '../rule-book/edition';
import { partyRuleBookOf } from '../rule-book/party-section';
import type { Unit } from '../units/unit';
import { buildUnitTree } from '../units/unit-tree';

/** national → England → North East (Hartlepool CLP: Burn Valley, Headland; Stockton North CLP: Billingham) and North West (Wigan CLP: Pemberton); CLP codes are the real 2024 ones, ward codes illustrative. */
export const fixtureUnits: readonly Unit[] = [
  { id: 'national', kind: 'national', name: 'Labour Party', parentId: null, gss: null },
  { id: 'england', kind: 'nation', name: 'England', parentId: 'national', gss: 'E92000001' },
  { id: 'north-east', kind: 'region', name: 'North East', parentId: 'england', gss: 'E12000001' },
  { id: 'north-west', kind: 'region', name: 'North West', parentId: 'england', gss: 'E12000002' },
  { id: 'hartlepool', kind: 'clp', name: 'Hartlepool CLP', parentId: 'north-east', gss: 'E14001272' },
  { id: 'stockton-north', kind: 'clp', name: 'Stockton North CLP', parentId: 'north-east', gss: 'E14001518' },
  { id: 'wigan', kind: 'clp', name: 'Wigan CLP', parentId: 'north-west', gss: 'E14001585' },
  { id: 'burn-valley', kind: 'branch', name: 'Burn Valley branch', parentId: 'hartlepool', gss: 'E05008942' },
  { id: 'headland', kind: 'branch', name: 'Headland branch', parentId: 'hartlepool', gss: 'E05008947' },
  { id: 'billingham', kind: 'branch', name: 'Billingham branch', parentId: 'stockton-north', gss: null },
  { id: 'pemberton', kind: 'branch', name: 'Pemberton branch', parentId: 'wigan', gss: null },
];

/** The fixture units as a tree. */
export const fixtureTree = buildUnitTree(fixtureUnits);

/** A member in Burn Valley, active since `joinedOn` (default 2020-01-15), paid up to 2030; override anything. */
export function makeMember(overrides: Partial<NewMember> = {}): Member {
  return createMember({
    id: 'm1',
    membershipNumber: 'L0000001',
    firstName: 'Ann',
    lastName: 'Smith',
    email: 'ann@example.org',
    phone: '07700900123',
    addressLines: ['1 High Street'],
    postcode: 'TS24 7AA',
    branchId: 'burn-valley',
    joinedOn: '2020-01-15',
    status: 'active',
    statusSince: null,
    paidUpTo: '2030-12-31',
    gender: 'woman',
    ethnicity: 'Black British – Caribbean',
    dateOfBirth: '1990-06-01',
    ageBand: null,
    tradeUnions: [],
    consent: { email: true, phone: false, sms: false, post: true },
    ...overrides,
  });
}

/** A member whose status history is given explicitly (first entry on the join date). */
export function memberWithHistory(
  history: readonly [IsoDate, Member['status']][],
  overrides: Partial<NewMember> = {},
) {
  const [first] = history;
  const base = makeMember({ joinedOn: first?.[0] ?? '2020-01-15', ...overrides });
  const statusHistory = history.map(([on, status]) => ({ on, status, note: null }));
  return { ...base, status: statusHistory.at(-1)?.status ?? base.status, statusHistory };
}

/** An actor holding one role in one unit, optionally also a member. */
export function actorWith(role: Role, unitId: string, memberId: string | null = 'officer'): Actor {
  return { userId: `user-${role}-${unitId}`, memberId, grants: [{ role, unitId }] };
}

/** A signed-in member with no roles. */
export const plainMember: Actor = { userId: 'user-plain', memberId: 'plain', grants: [] };

/** The party's view of the Labour 2018 edition. */
export const labour2018RuleBook = partyRuleBookOf('labour-2018');
/** The party's view of the Labour 2021 edition. */
export const labour2021RuleBook = partyRuleBookOf('labour-2021');
/** The party's view of the Green Party example edition. */
export const greenRuleBook = partyRuleBookOf('green-england-wales');
/** Every edition, as the party sees it. */
export const everyRuleBook = editionIds.map(partyRuleBookOf);
