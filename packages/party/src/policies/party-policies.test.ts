import { describe, expect, it } from 'vitest';
import type { AccessContext } from '../access/member-field-access';
import type { Actor, Role } from '../access/roles';
import {
  actorWith,
  fixtureTree,
  greenRuleBook,
  labour2021RuleBook,
  plainMember,
} from '../testing/test-fixtures';
import type { Decision } from './decision';
import { type PartyAction as Action, partyActions as actions, can } from './party-policies';

const context: AccessContext = { tree: fixtureTree, ruleBook: labour2021RuleBook };

// Each role held in one place; `covers` lists, by hand, every unit it reaches.
const holders: Readonly<Record<Role, { actor: Actor; covers: readonly string[] }>> = {
  branch_officer: { actor: actorWith('branch_officer', 'burn-valley'), covers: ['burn-valley'] },
  branch_secretary: { actor: actorWith('branch_secretary', 'burn-valley'), covers: ['burn-valley'] },
  clp_officer: {
    actor: actorWith('clp_officer', 'hartlepool'),
    covers: ['hartlepool', 'burn-valley', 'headland'],
  },
  clp_secretary: {
    actor: actorWith('clp_secretary', 'hartlepool'),
    covers: ['hartlepool', 'burn-valley', 'headland'],
  },
  regional_officer: {
    actor: actorWith('regional_officer', 'north-east'),
    covers: ['north-east', 'hartlepool', 'burn-valley', 'headland', 'stockton-north', 'billingham'],
  },
  national_officer: { actor: actorWith('national_officer', 'national'), covers: ['*'] },
  admin: { actor: actorWith('admin', 'national', null), covers: ['*'] },
};
const roleNames = Object.keys(holders) as Role[];
const covers = (role: Role, unitId: string) =>
  holders[role].covers.includes('*') || holders[role].covers.includes(unitId);

const units = [
  'burn-valley',
  'headland',
  'hartlepool',
  'billingham',
  'stockton-north',
  'north-east',
  'pemberton',
  'national',
];
const branches = ['burn-valley', 'headland', 'billingham', 'pemberton'];

// The policy, written out by hand: which roles may take each action within their units.
const unitActions: Readonly<Record<string, readonly Role[]>> = {
  'unit.manage': ['branch_secretary', 'clp_secretary', 'regional_officer', 'national_officer', 'admin'],
  'office.assign': ['branch_secretary', 'clp_secretary', 'regional_officer', 'national_officer', 'admin'],
  'member.list': roleNames,
  'member.import': ['clp_secretary', 'regional_officer', 'national_officer'],
  'roll.freeze': ['branch_secretary', 'clp_secretary', 'regional_officer', 'national_officer'],
  'roll.view': roleNames,
  'audit.view': roleNames,
  'rule_book.view': ['national_officer', 'admin'],
  'rule_book.adopt': ['admin'],
};
const memberActions: Readonly<Record<string, { roles: readonly Role[]; self: boolean }>> = {
  'member.view': { roles: roleNames, self: true },
  'eligibility.check': { roles: roleNames, self: true },
  'member.view_ethnicity': { roles: ['national_officer'], self: true },
  'member.update': {
    roles: ['branch_secretary', 'clp_secretary', 'regional_officer', 'national_officer'],
    self: true,
  },
  'member.change_status': { roles: ['national_officer'], self: false },
  'member.export': { roles: [], self: true },
};

it('covers every guarded action in these tests', () => {
  const tested = [
    ...Object.keys(unitActions),
    ...Object.keys(memberActions),
    'unit.view',
    'member.move_branch',
    'role.grant',
  ];
  expect([...tested].sort()).toEqual([...actions].sort());
});

describe.each(Object.entries(unitActions))('%s', (action, allowedRoles) => {
  describe.each(roleNames)('as %s', (role) => {
    it.each(units)('on %s', (unitId) => {
      const decision = can(
        holders[role].actor,
        action as Action & keyof typeof unitActions,
        { type: 'unit', unitId },
        context,
      );
      expect(decision.allowed).toBe(allowedRoles.includes(role) && covers(role, unitId));
      if (!decision.allowed) expect(decision).toMatchObject({ code: 'no_covering_role', reason: / needs / });
    });
  });
  it('is denied to a member without a role', () => {
    expect(
      can(plainMember, action as 'unit.manage', { type: 'unit', unitId: 'burn-valley' }, context).allowed,
    ).toBe(false);
  });
});

describe.each(Object.entries(memberActions))('%s', (action, rule) => {
  const act = action as 'member.view';
  describe.each(roleNames)('as %s', (role) => {
    it.each(branches)('on a member in %s', (branchId) => {
      const decision = can(
        holders[role].actor,
        act,
        { type: 'member', memberId: 'someone', branchId },
        context,
      );
      expect(decision.allowed).toBe(rule.roles.includes(role) && covers(role, branchId));
    });
  });
  it(rule.self ? 'is allowed on your own record' : 'is denied even on your own record', () => {
    const self = can(plainMember, act, { type: 'member', memberId: 'plain', branchId: 'pemberton' }, context);
    expect(self.allowed).toBe(rule.self);
  });
  it("is denied on another member's record without a role", () => {
    expect(
      can(plainMember, act, { type: 'member', memberId: 'other', branchId: 'burn-valley' }, context).allowed,
    ).toBe(false);
  });
});

describe('unit.view', () => {
  it('is open to every member and officer', () => {
    for (const actor of [plainMember, ...roleNames.map((role) => holders[role].actor)]) {
      expect(can(actor, 'unit.view', { type: 'unit', unitId: 'pemberton' }, context).allowed).toBe(true);
    }
  });
  it('is closed to an account that is neither', () => {
    const nobody: Actor = { userId: 'u', memberId: null, grants: [] };
    expect(can(nobody, 'unit.view', { type: 'unit', unitId: 'national' }, context).allowed).toBe(false);
  });
});

describe('member.move_branch', () => {
  const move = (fromBranchId: string, toBranchId: string) =>
    ({ type: 'branch_move', memberId: 'someone', fromBranchId, toBranchId }) as const;
  it.each(roleNames)('as %s needs both branches in scope', (role) => {
    const mayMove = ['clp_secretary', 'regional_officer', 'national_officer'].includes(role);
    const { actor } = holders[role];
    expect(can(actor, 'member.move_branch', move('burn-valley', 'headland'), context).allowed).toBe(
      mayMove && covers(role, 'headland'),
    );
    expect(can(actor, 'member.move_branch', move('burn-valley', 'billingham'), context).allowed).toBe(
      mayMove && covers(role, 'billingham'),
    );
    expect(can(actor, 'member.move_branch', move('burn-valley', 'pemberton'), context).allowed).toBe(
      mayMove && covers(role, 'pemberton'),
    );
  });
  it('is not for members themselves', () => {
    expect(
      can(
        plainMember,
        'member.move_branch',
        { ...move('burn-valley', 'headland'), memberId: 'plain' },
        context,
      ).allowed,
    ).toBe(false);
  });
});

describe('role.grant', () => {
  const grant = (role: Role, unitId: string) => ({ type: 'role_grant', grant: { role, unitId } }) as const;
  it('lets administrators grant staff roles', () => {
    expect(
      can(holders.admin.actor, 'role.grant', grant('national_officer', 'national'), context).allowed,
    ).toBe(true);
    expect(
      can(holders.admin.actor, 'role.grant', grant('regional_officer', 'north-west'), context).allowed,
    ).toBe(true);
    expect(can(holders.admin.actor, 'role.grant', grant('admin', 'national'), context).allowed).toBe(true);
  });
  it('lets national officers grant regional roles only', () => {
    expect(
      can(holders.national_officer.actor, 'role.grant', grant('regional_officer', 'north-east'), context)
        .allowed,
    ).toBe(true);
    expect(
      can(holders.national_officer.actor, 'role.grant', grant('national_officer', 'national'), context)
        .allowed,
    ).toBe(false);
  });
  it('leaves branch and CLP roles to holding office', () => {
    const decision = can(holders.admin.actor, 'role.grant', grant('clp_secretary', 'hartlepool'), context);
    expect(decision).toEqual({
      allowed: false,
      code: 'cannot_grant',
      reason:
        'granting this role needs holding office in the unit instead; you are administrator of Labour Party',
    });
  });
  it.each(['branch_secretary', 'clp_secretary', 'regional_officer'] as const)('is denied to a %s', (role) => {
    expect(
      can(holders[role].actor, 'role.grant', grant('regional_officer', 'north-east'), context).allowed,
    ).toBe(false);
  });
});

const reasonOf = (decision: Decision) => (decision.allowed ? '' : decision.reason);

describe('reasons', () => {
  it('allows without a reason', () => {
    expect(
      can(holders.clp_secretary.actor, 'member.list', { type: 'unit', unitId: 'headland' }, context),
    ).toEqual({
      allowed: true,
    });
  });
  it('says what was needed and what you hold', () => {
    expect(
      reasonOf(
        can(
          holders.branch_secretary.actor,
          'member.import',
          { type: 'unit', unitId: 'burn-valley' },
          context,
        ),
      ),
    ).toBe(
      'importing members into this unit needs CLP secretary, regional officer, national officer covering Burn Valley branch; you are branch secretary of Burn Valley branch',
    );
    expect(
      reasonOf(
        can(plainMember, 'member.view', { type: 'member', memberId: 'x', branchId: 'burn-valley' }, context),
      ),
    ).toBe(
      "seeing this member's details needs the member themselves or an officer role covering the member's branch; you hold no officer role",
    );
  });
  it('names the rule book when refusing ethnicity', () => {
    expect(
      reasonOf(
        can(
          holders.clp_secretary.actor,
          'member.view_ethnicity',
          { type: 'member', memberId: 'x', branchId: 'burn-valley' },
          context,
        ),
      ),
    ).toBe(
      "seeing this member's ethnicity needs the member themselves or national officer (Labour Party rule book, 2021 onwards); you are CLP secretary of Hartlepool CLP",
    );
  });
  it('follows the preset: nobody but the member sees ethnicity under the example preset', () => {
    const green = { tree: fixtureTree, ruleBook: greenRuleBook };
    const resource = { type: 'member', memberId: 'x', branchId: 'burn-valley' } as const;
    expect(can(holders.national_officer.actor, 'member.view_ethnicity', resource, green).allowed).toBe(false);
    expect(can(holders.national_officer.actor, 'member.view_ethnicity', resource, context).allowed).toBe(
      true,
    );
  });
});
