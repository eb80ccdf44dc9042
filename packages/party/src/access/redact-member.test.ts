import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member } from '../members/member';
import {
  actorWith,
  fixtureTree,
  fixtureUnits,
  greenRuleBook,
  labour2021RuleBook,
  makeMember,
  plainMember,
} from '../testing/test-fixtures';
import { type AuditEntry, auditDelta, changedFields } from './audit-entry';
import { type MemberFieldGroup, memberFieldGroupOf } from './member-field-access';
import { redactAuditEntry } from './redact-audit-entry';
import { type RedactionContext, redactMember } from './redact-member';
import { type Actor, type Role, roles } from './roles';

const context: RedactionContext = { tree: fixtureTree, ruleBook: labour2021RuleBook, today: '2024-08-01' };
const member = makeMember({ id: 'target', branchId: 'burn-valley', dateOfBirth: '1990-06-01' });

const directory = ['id', 'firstName', 'lastName', 'branchId', 'status'];
const membership = ['membershipNumber', 'joinedOn', 'paidUpTo', 'statusHistory', 'branchHistory'];
const contact = ['email', 'phone', 'addressLines', 'postcode'];
const profile = ['gender', 'ageBand', 'tradeUnions', 'consent'];

const fieldsSeen = (actor: Actor, target: Member = member, ctx: RedactionContext = context) => {
  const view = redactMember(actor, target, ctx);
  return view === null
    ? null
    : Object.keys(view)
        .filter((key) => key !== 'visibleGroups')
        .sort();
};

describe('redactMember under Labour rules', () => {
  it.each<[Role, string, string[] | null]>([
    ['branch_officer', 'burn-valley', directory],
    ['branch_officer', 'headland', null],
    ['branch_secretary', 'burn-valley', [...directory, ...membership, ...contact, ...profile]],
    ['branch_secretary', 'headland', null],
    ['clp_officer', 'hartlepool', directory],
    ['clp_officer', 'stockton-north', null],
    ['clp_secretary', 'hartlepool', [...directory, ...membership, ...contact, ...profile]],
    ['clp_secretary', 'stockton-north', null],
    ['regional_officer', 'north-east', [...directory, ...membership, ...contact, ...profile]],
    ['regional_officer', 'north-west', null],
    [
      'national_officer',
      'national',
      [...directory, ...membership, ...contact, ...profile, 'dateOfBirth', 'ethnicity'],
    ],
    ['admin', 'national', [...directory, ...membership]],
  ])('%s of %s sees exactly the permitted fields', (role, unitId, expected) => {
    expect(fieldsSeen(actorWith(role, unitId))).toEqual(expected === null ? null : [...expected].sort());
  });

  it('shows the member everything about themselves', () => {
    const self: Actor = { userId: 'u', memberId: 'target', grants: [] };
    expect(fieldsSeen(self)).toEqual(Object.keys(memberFieldGroupOf).sort());
    expect(redactMember(self, member, context)?.ethnicity).toBe('Black British – Caribbean');
  });

  it('shows nothing to a member without a role', () => {
    expect(redactMember(plainMember, member, context)).toBeNull();
  });

  it('turns a date of birth into an age band for those who may not see the date', () => {
    const view = redactMember(actorWith('clp_secretary', 'hartlepool'), member, context);
    expect(view?.ageBand).toBe('27_to_34');
    expect(view).not.toHaveProperty('dateOfBirth');
    expect(view?.visibleGroups).toEqual(['directory', 'membership', 'contact', 'profile']);
  });

  it('combines roles, widest first', () => {
    const both: Actor = {
      userId: 'u',
      memberId: 'x',
      grants: [
        { role: 'branch_officer', unitId: 'burn-valley' },
        { role: 'clp_secretary', unitId: 'hartlepool' },
      ],
    };
    expect(redactMember(both, member, context)?.visibleGroups).toEqual([
      'directory',
      'membership',
      'contact',
      'profile',
    ]);
  });

  it('follows another preset’s access table', () => {
    const green = { ...context, ruleBook: greenRuleBook };
    expect(fieldsSeen(actorWith('national_officer', 'national'), member, green)).toEqual(
      [...directory, ...membership, ...contact, ...profile].sort(),
    );
    expect(fieldsSeen(actorWith('branch_secretary', 'burn-valley'), member, green)).toEqual(
      [...directory, ...membership, ...contact].sort(),
    );
  });

  it('never leaks a value from a group the actor may not see', () => {
    const secrets: Readonly<Record<MemberFieldGroup, readonly string[]>> = {
      directory: [],
      membership: ['L0000001', '2030-12-31'],
      contact: ['ann@example.org', '07700900123', 'TS24 7AA', '1 High Street'],
      profile: ['woman', 'UNISON'],
      date_of_birth: ['1990-06-01'],
      ethnicity: ['Black British – Caribbean'],
    };
    const target = makeMember({
      id: 'target',
      tradeUnions: [{ union: 'UNISON', affiliateId: 'a', tucAffiliated: true, from: null, to: null }],
    });
    const grants = fc.array(
      fc.record({
        role: fc.constantFrom(...roles),
        unitId: fc.constantFrom(...fixtureUnits.map((unit) => unit.id)),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(
        grants,
        fc.constantFrom('burn-valley', 'headland', 'billingham', 'pemberton'),
        (held, branchId) => {
          const actor: Actor = { userId: 'u', memberId: 'someone-else', grants: held };
          const subject = {
            ...target,
            branchId,
            branchHistory: [{ on: target.joinedOn, from: null, to: branchId }],
          };
          const view = redactMember(actor, subject, context);
          const text = JSON.stringify(view);
          for (const [group, values] of Object.entries(secrets) as [MemberFieldGroup, string[]][]) {
            if (view?.visibleGroups.includes(group)) continue;
            for (const value of values) expect(text).not.toContain(value);
          }
          const permitted = new Set(
            held.flatMap((grant) =>
              fixtureTree.byId.has(grant.unitId) && isCovered(grant.unitId, branchId)
                ? labour2021RuleBook.party.memberDataAccess[grant.role]
                : [],
            ),
          );
          expect(view?.visibleGroups ?? []).toEqual(
            [...(view?.visibleGroups ?? [])].filter((group) => permitted.has(group)),
          );
        },
      ),
    );
  });
});

function isCovered(unitId: string, branchId: string): boolean {
  for (let current: string | null = branchId; current !== null; ) {
    if (current === unitId) return true;
    current = fixtureTree.byId.get(current)?.parentId ?? null;
  }
  return false;
}

describe('audit entries', () => {
  const before = { status: 'active', email: 'old@example.org', ethnicity: 'White British', note: 'internal' };
  const after = { status: 'suspended', email: 'new@example.org', ethnicity: 'Arab', note: 'internal' };
  const entry: AuditEntry = {
    id: 'a1',
    at: '2024-08-01T10:15:00Z',
    actorUserId: 'u1',
    actorMemberId: 'm9',
    action: 'member.update',
    unitId: 'hartlepool',
    subject: { type: 'member', id: 'target', branchId: 'burn-valley' },
    ...auditDelta(before, after),
  };

  it('keeps only what changed', () => {
    expect(changedFields(before, after)).toEqual(['email', 'ethnicity', 'status']);
    expect(entry.before).toEqual({ status: 'active', email: 'old@example.org', ethnicity: 'White British' });
    expect(auditDelta(null, { status: 'active' })).toEqual({ before: null, after: { status: 'active' } });
  });

  it('shows each officer only the fields they could see on the record', () => {
    const clpOfficer = redactAuditEntry(actorWith('clp_officer', 'hartlepool'), entry, context);
    expect(clpOfficer?.before).toEqual({ status: 'active' });
    expect(clpOfficer?.withheldFields).toEqual(['email', 'ethnicity']);
    const secretary = redactAuditEntry(actorWith('clp_secretary', 'hartlepool'), entry, context);
    expect(secretary?.after).toEqual({ status: 'suspended', email: 'new@example.org' });
    expect(secretary?.withheldFields).toEqual(['ethnicity']);
    const national = redactAuditEntry(actorWith('national_officer', 'national'), entry, context);
    expect(national?.after).toEqual({ status: 'suspended', email: 'new@example.org', ethnicity: 'Arab' });
  });

  it('hides the log from those who may not read it', () => {
    expect(redactAuditEntry(actorWith('branch_secretary', 'burn-valley'), entry, context)).toBeNull();
    expect(redactAuditEntry(plainMember, entry, context)).toBeNull();
    expect(redactAuditEntry(actorWith('clp_secretary', 'stockton-north'), entry, context)).toBeNull();
  });

  it('withholds fields that are not member fields', () => {
    const withNote = { ...entry, before: { note: 'x' }, after: { note: 'y' } };
    expect(
      redactAuditEntry(actorWith('national_officer', 'national'), withNote, context)?.withheldFields,
    ).toEqual(['note']);
  });

  it('passes non-member entries through to the unit’s officers', () => {
    const unitEntry: AuditEntry = { ...entry, subject: { type: 'office', id: 'hartlepool/chair' } };
    expect(redactAuditEntry(actorWith('clp_officer', 'hartlepool'), unitEntry, context)?.before).toEqual(
      entry.before,
    );
  });
});
