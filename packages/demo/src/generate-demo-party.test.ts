import {
  affiliatedBranchSchema,
  affiliateSchema,
  assertValidRoleGrant,
  buildUnitTree,
  can,
  evaluateEligibility,
  memberSchema,
  officeHolderSchema,
  redactMember,
  roleGrantsFromOffices,
  unitSchema,
} from '@caucus/party';
import { labour2021RuleBook } from '@caucus/party/testing';
import { describe, expect, it } from 'vitest';
import { type DemoPartyInput, generateDemoParty } from './generate-demo-party';
import { createSeededRandom } from './seeded-random';

// Real 2024 constituencies in the North East (GSS codes from the 2024 results).
const input: DemoPartyInput = {
  seed: 'caucus-demo',
  today: '2026-09-01',
  nation: { name: 'England', gss: 'E92000001' },
  region: { name: 'North East', gss: 'E12000001' },
  constituencies: [
    { gss: 'E14001272', name: 'Hartlepool' },
    { gss: 'E14001101', name: 'Bishop Auckland' },
    { gss: 'E14001173', name: 'City of Durham' },
    { gss: 'E14001518', name: 'Stockton North' },
  ],
  memberCount: 1500,
  postcodeAreas: ['TS', 'DH', 'DL'],
};
const party = generateDemoParty(input);
const tree = buildUnitTree(party.units);

describe('generateDemoParty', () => {
  it('is deterministic for a seed and varies between seeds', () => {
    expect(generateDemoParty(input)).toEqual(party);
    const other = generateDemoParty({ ...input, seed: 'another' });
    expect(other.members.map((member) => member.lastName)).not.toEqual(
      party.members.map((member) => member.lastName),
    );
  });

  it('builds CLPs on the real constituencies, with branches inside them', () => {
    const clps = party.units.filter((unit) => unit.kind === 'clp');
    expect(clps.map((clp) => [clp.gss, clp.name])).toEqual([
      ['E14001272', 'Hartlepool CLP'],
      ['E14001101', 'Bishop Auckland CLP'],
      ['E14001173', 'City of Durham CLP'],
      ['E14001518', 'Stockton North CLP'],
    ]);
    for (const clp of clps) {
      const branches = tree.children.get(clp.id) ?? [];
      expect(branches.length).toBeGreaterThanOrEqual(3);
      expect(new Set(branches.map((branch) => branch.name)).size).toBe(branches.length);
    }
    for (const unit of party.units) expect(unitSchema.safeParse(unit).success).toBe(true);
  });

  it('puts Scottish or Welsh CLPs straight under the nation', () => {
    const wales = generateDemoParty({
      ...input,
      nation: { name: 'Wales', gss: 'W92000004' },
      region: null,
      constituencies: [{ gss: 'W07000081', name: 'Aberafan Maesteg' }],
      memberCount: 50,
    });
    expect(wales.units.find((unit) => unit.kind === 'clp')?.parentId).toBe('nation-wales');
  });

  it('generates valid members with varied tenure, status, arrears, gender and unions', () => {
    expect(party.members).toHaveLength(1500);
    for (const member of party.members)
      expect(memberSchema.safeParse(member).error?.issues ?? []).toEqual([]);
    const share = (test: (member: (typeof party.members)[number]) => boolean) =>
      party.members.filter(test).length / party.members.length;
    expect(new Set(party.members.map((member) => member.status)).size).toBeGreaterThanOrEqual(5);
    expect(share((member) => member.status === 'active')).toBeGreaterThan(0.7);
    expect(
      share((member) => member.status === 'active' && (member.paidUpTo ?? '') < input.today),
    ).toBeGreaterThan(0.03);
    expect(
      share(
        (member) =>
          member.statusHistory.some((change) => change.status === 'lapsed') && member.status === 'active',
      ),
    ).toBeGreaterThan(0.01);
    expect(share((member) => member.branchHistory.length > 1)).toBeGreaterThan(0.02);
    expect(share((member) => member.joinedOn > '2026-03-01')).toBeGreaterThan(0.03);
    expect(share((member) => member.joinedOn < '2016-09-01')).toBeGreaterThan(0.1);
    expect(share((member) => member.tradeUnions.length > 0)).toBeGreaterThan(0.3);
    expect(share((member) => member.tradeUnions.some((union) => !union.tucAffiliated))).toBeGreaterThan(
      0.005,
    );
    expect(new Set(party.members.map((member) => member.gender))).toEqual(
      new Set(['woman', 'man', 'non-binary', null]),
    );
    expect(share((member) => member.ethnicity !== null)).toBeGreaterThan(0.5);
    expect(share((member) => member.dateOfBirth === null && member.ageBand !== null)).toBeGreaterThan(0.05);
    expect(
      party.members.every((member) => member.postcode === null || /^(TS|DH|DL)\d/.test(member.postcode)),
    ).toBe(true);
    const eligible = party.members.filter(
      (member) =>
        evaluateEligibility(member, 'selection.vote', { ruleBook: labour2021RuleBook, at: input.today })
          .eligible,
    );
    expect(eligible.length / party.members.length).toBeGreaterThan(0.5);
    expect(eligible.length).toBeLessThan(party.members.length);
  });

  it('creates affiliates, affiliated branches on CLPs and a union list', () => {
    for (const affiliate of party.affiliates) expect(affiliateSchema.safeParse(affiliate).success).toBe(true);
    expect(new Set(party.affiliates.map((affiliate) => affiliate.kind))).toEqual(
      new Set(['trade_union', 'socialist_society', 'cooperative_party']),
    );
    for (const branch of party.affiliatedBranches) {
      expect(affiliatedBranchSchema.safeParse(branch).success).toBe(true);
      expect(tree.byId.get(branch.clpId)?.kind).toBe('clp');
      expect(party.affiliates.some((affiliate) => affiliate.id === branch.affiliateId)).toBe(true);
    }
    expect(party.tradeUnions.some((union) => union.affiliateId === null && union.tucAffiliated)).toBe(true);
  });

  it('fills offices with active members of the unit', () => {
    const byId = new Map(party.members.map((member) => [member.id, member]));
    const offices = new Map(party.offices.map((office) => [office.id, office]));
    expect(party.officeHolders.length).toBeGreaterThan(party.units.length);
    for (const holder of party.officeHolders) {
      expect(officeHolderSchema.safeParse(holder).success).toBe(true);
      const member = byId.get(holder.memberId);
      const office = offices.get(holder.officeId);
      expect(member?.status).toBe('active');
      expect(office).toBeDefined();
      if (office !== undefined && member !== undefined) {
        const unit = tree.byId.get(office.unitId);
        expect([member.branchId, tree.byId.get(member.branchId)?.parentId]).toContain(unit?.id);
        if (office.key === 'womens_officer') expect(member.gender).toBe('woman');
      }
    }
  });

  it('provides a sign-in for every level, with the roles that level implies', () => {
    expect(party.signIns.map((signIn) => [signIn.level, signIn.email])).toEqual([
      ['member', 'demo.member@example.org'],
      ['branch_officer', 'demo.branch-officer@example.org'],
      ['branch_secretary', 'demo.branch-secretary@example.org'],
      ['clp_officer', 'demo.clp-officer@example.org'],
      ['clp_secretary', 'demo.clp-secretary@example.org'],
      ['regional_officer', 'demo.regional-officer@example.org'],
      ['national_officer', 'demo.national-officer@example.org'],
      ['admin', 'demo.admin@example.org'],
    ]);
    for (const signIn of party.signIns) {
      for (const grant of signIn.grants) expect(() => assertValidRoleGrant(grant, tree)).not.toThrow();
      if (signIn.level !== 'member') expect(signIn.grants.map((grant) => grant.role)).toContain(signIn.level);
      if (signIn.memberId !== null) {
        const member = party.members.find((candidate) => candidate.id === signIn.memberId);
        expect(member?.email).toBe(signIn.email);
        const fromOffice = roleGrantsFromOffices(
          signIn.memberId,
          party.offices,
          party.officeHolders,
          tree,
          input.today,
        );
        expect(signIn.grants).toEqual([...fromOffice, ...signIn.staffGrants]);
      }
    }
    const member = party.signIns[0];
    expect(member?.grants).toEqual([]);
    const me = party.members.find((candidate) => candidate.id === member?.memberId);
    expect(
      me &&
        evaluateEligibility(me, 'selection.vote', { ruleBook: labour2021RuleBook, at: input.today }).eligible,
    ).toBe(true);
  });

  it('gives the demo accounts working, limited access', () => {
    const context = { tree, ruleBook: labour2021RuleBook, today: input.today };
    const secretary = party.signIns.find((signIn) => signIn.level === 'branch_secretary');
    const memberSignIn = party.signIns.find((signIn) => signIn.level === 'member');
    if (secretary === undefined || memberSignIn === undefined) throw new Error('missing demo sign-ins');
    const actor = { userId: secretary.email, memberId: secretary.memberId, grants: secretary.grants };
    const branchId = secretary.grants[0]?.unitId ?? '';
    const inBranch = party.members.filter((member) => member.branchId === branchId);
    const outside = party.members.find((member) => member.branchId !== branchId);
    expect(inBranch.every((member) => redactMember(actor, member, context)?.email !== undefined)).toBe(true);
    expect(outside && redactMember(actor, outside, context)).toBeNull();
    expect(can(actor, 'member.list', { type: 'unit', unitId: branchId }, context).allowed).toBe(true);
  });
});

describe('createSeededRandom', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom('42');
    const draws = Array.from({ length: 100 }, () => a.int(1, 6));
    expect(Array.from({ length: 100 }, () => b.int(1, 6))).toEqual(draws);
    expect(new Set(draws)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(() => a.pick([])).toThrow(RangeError);
    expect(a.weighted([['only', 1]])).toBe('only');
  });
});
