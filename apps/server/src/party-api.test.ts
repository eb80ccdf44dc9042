import type { CaucusDatabase } from '@caucus/db';
import { countMembers, findMemberById, searchMembers } from '@caucus/db';
import { openTestDatabase, TEST_ENGINES } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { RateLimiter } from './auth/rate-limiter';
import { loadConfig } from './config';
import {
  DEMO_PASSWORD,
  type DemoSeedResult,
  resetDemoParty,
  seedDemoPartyIfEmpty,
} from './demo/seed-demo-party';
import { createDeps } from './http/create-deps';
import { createLogger } from './logger';

type Level =
  | 'member'
  | 'branch-officer'
  | 'branch-secretary'
  | 'clp-officer'
  | 'clp-secretary'
  | 'regional-officer'
  | 'national-officer'
  | 'admin';

const LEVELS: readonly Level[] = [
  'member',
  'branch-officer',
  'branch-secretary',
  'clp-officer',
  'clp-secretary',
  'regional-officer',
  'national-officer',
  'admin',
];

interface Session {
  cookie: string;
  csrf: string;
  memberId: string | null;
  grants: { role: string; unitId: string }[];
}

interface Json {
  [key: string]: unknown;
}

/** Personal data of a member that must never reach someone without the role for it. */
function personalStrings(member: {
  email: string | null;
  phone: string | null;
  postcode: string | null;
  dateOfBirth: string | null;
  ethnicity: string | null;
  addressLines: readonly string[];
}): string[] {
  return [
    member.email,
    member.phone,
    member.postcode,
    member.dateOfBirth,
    member.ethnicity,
    member.addressLines[0] ?? null,
  ].filter((value): value is string => value !== null && value.length > 4);
}

describe.each(TEST_ENGINES)('party API on %s', (engine) => {
  let database: CaucusDatabase;
  let app: ReturnType<typeof createApp>;
  let demo: DemoSeedResult | null;
  const sessions = new Map<Level, Session>();
  let branchId = '';
  let clpId = '';
  let otherClpId = '';
  let otherBranchId = '';
  let regionId = '';
  let plainMemberId = '';
  let neighbourId = '';
  let outsiderId = '';

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const deps = createDeps(config, database, createLogger(config));
    deps.limiters.signInByAddress = new RateLimiter(database, 'sign-in-address', {
      limit: 1000,
      windowMs: 60_000,
    });
    app = createApp(deps);
    demo = await seedDemoPartyIfEmpty(database, config.rootDir);
    for (const level of LEVELS) {
      const res = await app.request('/api/auth/sign-in', {
        method: 'POST',
        body: JSON.stringify({ email: `demo.${level}@example.org`, password: DEMO_PASSWORD }),
        headers: { 'content-type': 'application/json', host: 'caucus.test' },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        csrfToken: string;
        user: { memberId: string | null };
        grants: { role: string; unitId: string }[];
      };
      sessions.set(level, {
        cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
        csrf: body.csrfToken,
        memberId: body.user.memberId,
        grants: body.grants,
      });
    }
    const grantOf = (level: Level) => sessions.get(level)?.grants[0]?.unitId ?? '';
    branchId = grantOf('branch-secretary');
    clpId = grantOf('clp-secretary');
    regionId = grantOf('regional-officer');
    plainMemberId = sessions.get('member')?.memberId ?? '';
    const units = (await (await get('member', '/api/units')).json()) as {
      units: { id: string; kind: string; parentId: string }[];
    };
    otherClpId = units.units.find((unit) => unit.kind === 'clp' && unit.id !== clpId)?.id ?? '';
    otherBranchId =
      units.units.find((unit) => unit.kind === 'branch' && unit.parentId === otherClpId)?.id ?? '';
    const inBranch = await searchMembers(database.db, { branchIds: [branchId], limit: 50, offset: 0 });
    neighbourId =
      inBranch.members.find(
        (member) => member.id !== plainMemberId && member.email !== null && member.phone !== null,
      )?.id ?? '';
    const otherBranches = units.units.filter((unit) => unit.parentId === otherClpId).map((unit) => unit.id);
    outsiderId =
      (await searchMembers(database.db, { branchIds: otherBranches, limit: 1, offset: 0 })).members[0]?.id ??
      '';
  });
  afterAll(() => database.close());

  function get(level: Level | 'anonymous', path: string) {
    const session = level === 'anonymous' ? undefined : sessions.get(level);
    return app.request(path, { headers: session === undefined ? {} : { cookie: session.cookie } });
  }

  function post(level: Level | 'anonymous', path: string, body: unknown, contentType = 'application/json') {
    const session = level === 'anonymous' ? undefined : sessions.get(level);
    return app.request(path, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: {
        'content-type': contentType,
        host: 'caucus.test',
        ...(session === undefined ? {} : { cookie: session.cookie, 'x-csrf-token': session.csrf }),
      },
    });
  }

  /** Status per level; for writes, pass only levels that must be refused, so nothing is changed. */
  async function statuses(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    levels: readonly (Level | 'anonymous')[] = ['anonymous', ...LEVELS],
  ) {
    const result: Record<string, number> = {};
    for (const level of levels) {
      const res = method === 'GET' ? await get(level, path) : await post(level, path, body);
      result[level] = res.status;
    }
    return result;
  }

  it('seeds the demo on an empty database with a sign-in per level, on real constituencies', async () => {
    expect(demo?.seeded).toBe(true);
    expect(demo?.password).toBe(DEMO_PASSWORD);
    expect(demo?.signIns.map((signIn) => signIn.email)).toContain('demo.branch-secretary@example.org');
    expect(await countMembers(database.db)).toBeGreaterThan(1000);
    const clp = (await (await get('member', `/api/units/${clpId}`)).json()) as { unit: { gss: string } };
    expect(clp.unit.gss).toMatch(/^E14\d{6}$/);
    expect(await seedDemoPartyIfEmpty(database, loadConfig({ LOG_LEVEL: 'silent' }).rootDir)).toMatchObject({
      seeded: false,
    });
  });

  it('derives branch and CLP roles from current offices', () => {
    expect(sessions.get('branch-secretary')?.grants).toEqual([
      { role: 'branch_secretary', unitId: branchId },
    ]);
    expect(sessions.get('clp-officer')?.grants[0]?.role).toBe('clp_officer');
    expect(sessions.get('member')?.grants).toEqual([]);
  });

  it('GET /api/me/membership: signed-in only; the member sees all their own data', async () => {
    expect((await get('anonymous', '/api/me/membership')).status).toBe(401);
    const res = await get('member', '/api/me/membership');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { member: Json; units: { id: string }[] };
    expect(body.member.id).toBe(plainMemberId);
    expect(body.member.visibleGroups).toContain('ethnicity');
    expect(body.member.email).toBe('demo.member@example.org');
    expect(body.units[0]?.id).toBe(branchId);
    const admin = (await (await get('admin', '/api/me/membership')).json()) as {
      member: unknown;
      roles: unknown[];
    };
    expect(admin.member).toBeNull();
    expect(admin.roles).toHaveLength(1);
  });

  it('GET /api/me/data: an attachment with everything held about me', async () => {
    expect((await get('anonymous', '/api/me/data')).status).toBe(401);
    const res = await get('member', '/api/me/data');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="caucus-my-data-/);
    const body = (await res.json()) as { member: Json; account: Json; sessions: unknown[] };
    expect(body.member.id).toBe(plainMemberId);
    expect(body.member.statusHistory).toBeDefined();
    expect(body.account.email).toBe('demo.member@example.org');
    expect(body.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain('password_hash');
  });

  it('GET /api/units and /api/units/{id}: members only; officers named without contact details', async () => {
    expect((await statuses('GET', '/api/units')).anonymous).toBe(401);
    expect(await statuses('GET', `/api/units/${clpId}`)).toMatchObject({
      anonymous: 401,
      member: 200,
      admin: 200,
    });
    const page = (await (await get('member', `/api/units/${clpId}`)).json()) as {
      officers: { holder: Json | null }[];
      children: unknown[];
      affiliatedBranches: unknown[];
      permissions: Record<string, boolean>;
    };
    expect(page.officers.some((officer) => officer.holder !== null)).toBe(true);
    expect(page.children.length).toBeGreaterThan(0);
    expect(page.affiliatedBranches.length).toBeGreaterThan(0);
    expect(Object.values(page.permissions).every((allowed) => !allowed)).toBe(true);
    const secretary = (await (await get('clp-secretary', `/api/units/${clpId}`)).json()) as {
      permissions: Record<string, boolean>;
    };
    expect(secretary.permissions).toMatchObject({ listMembers: true, importMembers: true, viewAudit: true });
    expect((await get('member', '/api/units/no-such-unit')).status).toBe(404);
  });

  it('GET /api/units/{id}/members: officers covering the unit only', async () => {
    expect(await statuses('GET', `/api/units/${branchId}/members`)).toEqual({
      anonymous: 401,
      member: 403,
      'branch-officer': 200,
      'branch-secretary': 200,
      'clp-officer': 200,
      'clp-secretary': 200,
      'regional-officer': 200,
      'national-officer': 200,
      admin: 200,
    });
    expect(await statuses('GET', `/api/units/${otherClpId}/members`)).toMatchObject({
      member: 403,
      'branch-officer': 403,
      'branch-secretary': 403,
      'clp-officer': 403,
      'clp-secretary': 403,
      'regional-officer': 200,
    });
  });

  it('redacts the member list to each role: branch officers see names only, secretaries contact details', async () => {
    const officer = (await (
      await get('branch-officer', `/api/units/${branchId}/members?pageSize=200`)
    ).json()) as {
      members: Json[];
      total: number;
    };
    expect(officer.total).toBeGreaterThan(0);
    const others = officer.members.filter((member) => member.id !== sessions.get('branch-officer')?.memberId);
    expect(others.every((member) => member.email === undefined && member.ethnicity === undefined)).toBe(true);
    expect(others.every((member) => member.visibleGroups !== undefined)).toBe(true);
    const secretary = (await (
      await get('branch-secretary', `/api/units/${branchId}/members?pageSize=200`)
    ).json()) as {
      members: Json[];
    };
    expect(secretary.members.some((member) => typeof member.email === 'string')).toBe(true);
    const secretaryId = sessions.get('branch-secretary')?.memberId;
    const notSelf = secretary.members.filter((member) => member.id !== secretaryId);
    expect(
      notSelf.every((member) => member.ethnicity === undefined && member.dateOfBirth === undefined),
    ).toBe(true);
    const national = (await (await get('national-officer', `/api/units/${branchId}/members`)).json()) as {
      members: Json[];
    };
    expect(national.members[0]?.visibleGroups).toContain('ethnicity');
  });

  it('searches and filters the member list', async () => {
    const all = (await (
      await get('branch-secretary', `/api/units/${branchId}/members?pageSize=200`)
    ).json()) as {
      members: { lastName: string; status: string; inArrears: boolean }[];
      total: number;
    };
    const someone = all.members[0];
    const found = (await (
      await get(
        'branch-secretary',
        `/api/units/${branchId}/members?search=${encodeURIComponent(someone?.lastName ?? '')}`,
      )
    ).json()) as { members: { lastName: string }[] };
    expect(found.members.every((member) => member.lastName === someone?.lastName)).toBe(true);
    const lapsed = (await (
      await get('branch-secretary', `/api/units/${branchId}/members?status=lapsed`)
    ).json()) as {
      members: { status: string }[];
    };
    expect(lapsed.members.every((member) => member.status === 'lapsed')).toBe(true);
    const arrears = (await (
      await get('branch-secretary', `/api/units/${branchId}/members?arrears=yes&pageSize=200`)
    ).json()) as {
      members: { inArrears: boolean }[];
      total: number;
    };
    expect(arrears.members.every((member) => member.inArrears)).toBe(true);
    expect(arrears.total).toBe(all.members.filter((member) => member.inArrears).length);
    expect((await get('clp-secretary', `/api/units/${clpId}/members?branch=${otherBranchId}`)).status).toBe(
      400,
    );
    expect((await get('branch-secretary', `/api/units/${branchId}/members?status=bogus`)).status).toBe(400);
  });

  it('GET /api/members/{id}: the member themselves or officers covering their branch', async () => {
    expect(await statuses('GET', `/api/members/${neighbourId}`)).toEqual({
      anonymous: 401,
      member: 403,
      'branch-officer': 200,
      'branch-secretary': 200,
      'clp-officer': 200,
      'clp-secretary': 200,
      'regional-officer': 200,
      'national-officer': 200,
      admin: 200,
    });
    expect((await get('member', `/api/members/${plainMemberId}`)).status).toBe(200);
    expect((await get('branch-secretary', `/api/members/${outsiderId}`)).status).toBe(403);
    expect((await get('member', '/api/members/nobody')).status).toBe(404);
  });

  it('never sends another member’s personal data to someone without the role for it', async () => {
    const neighbour = await findMemberById(database.db, neighbourId);
    const secrets = neighbour === undefined ? [] : personalStrings(neighbour);
    expect(secrets.length).toBeGreaterThan(1);
    const paths = [
      '/api/units',
      `/api/units/${branchId}`,
      `/api/units/${clpId}`,
      `/api/units/${branchId}/members?pageSize=200`,
      `/api/members/${neighbourId}`,
      `/api/units/${branchId}/audit`,
      `/api/units/${branchId}/rolls`,
      '/api/me/membership',
      '/api/me/data',
      `/api/eligibility?ruleId=selection.vote&memberId=${neighbourId}`,
    ];
    for (const level of ['anonymous', 'member', 'branch-officer', 'clp-officer', 'admin'] as const) {
      for (const path of paths) {
        const text = await (await get(level, path)).text();
        for (const secret of secrets) expect(text, `${level} ${path}`).not.toContain(secret);
      }
    }
    const list = (await (
      await get('branch-secretary', `/api/units/${branchId}/members?pageSize=200`)
    ).json()) as {
      members: Json[];
    };
    const secretaryId = sessions.get('branch-secretary')?.memberId;
    for (const member of list.members.filter((candidate) => candidate.id !== secretaryId)) {
      expect(Object.keys(member)).not.toContain('ethnicity');
      expect(Object.keys(member)).not.toContain('dateOfBirth');
    }
  });

  it('POST /api/members/{id}/status: national officers only, audited with before and after', async () => {
    const body = { status: 'suspended', note: 'administrative suspension' };
    const refused = await statuses('POST', `/api/members/${neighbourId}/status`, body, [
      'anonymous',
      'member',
      'branch-secretary',
      'clp-secretary',
    ]);
    expect(refused).toMatchObject({
      anonymous: 401,
      member: 403,
      'branch-secretary': 403,
      'clp-secretary': 403,
    });
    const current = (await findMemberById(database.db, neighbourId))?.status;
    const target = current === 'suspended' ? 'active' : 'suspended';
    const res = await post('national-officer', `/api/members/${neighbourId}/status`, {
      status: target,
      note: 'test',
    });
    expect(res.status).toBe(200);
    const audit = (await (await get('branch-secretary', `/api/units/${branchId}/audit`)).json()) as {
      entries: { action: string; subject: { id: string }; before: Json | null; after: Json | null }[];
    };
    const entry = audit.entries.find((candidate) => candidate.subject.id === neighbourId);
    expect(entry?.action).toBe('member.change_status');
    expect(entry?.after).toMatchObject({ status: target });
    expect(entry?.before).toMatchObject({ status: current });
    expect(
      (await post('national-officer', `/api/members/${neighbourId}/status`, { status: 'bogus' })).status,
    ).toBe(400);
  });

  it('GET /api/units/{id}/audit: officers of the unit only', async () => {
    expect(await statuses('GET', `/api/units/${branchId}/audit`)).toMatchObject({
      anonymous: 401,
      member: 403,
      'branch-officer': 200,
      'branch-secretary': 200,
      admin: 200,
    });
    expect((await get('branch-secretary', `/api/units/${otherBranchId}/audit`)).status).toBe(403);
  });

  it('POST /api/units/{id}/officers: secretaries and staff; ends the old term', async () => {
    const refused = await statuses(
      'POST',
      `/api/units/${branchId}/officers`,
      { officeKey: 'treasurer', memberId: neighbourId },
      ['anonymous', 'member', 'branch-officer', 'clp-officer'],
    );
    expect(refused).toMatchObject({ anonymous: 401, member: 403, 'branch-officer': 403, 'clp-officer': 403 });
    const res = await post('branch-secretary', `/api/units/${branchId}/officers`, {
      officeKey: 'womens_officer',
      memberId: neighbourId,
      from: '2099-01-01',
    });
    expect([200, 400]).toContain(res.status);
    const otherScope = await post('branch-secretary', `/api/units/${otherBranchId}/officers`, {
      officeKey: 'chair',
      memberId: outsiderId,
    });
    expect(otherScope.status).toBe(403);
    const outsider = await post('branch-secretary', `/api/units/${branchId}/officers`, {
      officeKey: 'chair',
      memberId: outsiderId,
    });
    expect(outsider.status).toBe(400);
    expect(
      (
        await post('branch-secretary', `/api/units/${branchId}/officers`, {
          officeKey: 'nope',
          memberId: neighbourId,
        })
      ).status,
    ).toBe(400);
  });

  it('freezes rolls, lists and shows them to officers, and answers "can I vote, and why?"', async () => {
    const spec = {
      title: 'Branch AGM',
      ruleId: 'meeting.vote',
      frozenAt: new Date().toISOString().slice(0, 10),
    };
    expect(
      await statuses('POST', `/api/units/${clpId}/rolls`, spec, [
        'anonymous',
        'member',
        'branch-officer',
        'branch-secretary',
        'clp-officer',
      ]),
    ).toMatchObject({
      anonymous: 401,
      member: 403,
      'branch-officer': 403,
      'branch-secretary': 403,
      'clp-officer': 403,
    });
    const frozen = await post('branch-secretary', `/api/units/${branchId}/rolls`, spec);
    expect(frozen.status).toBe(201);
    const roll = (await frozen.json()) as { id: string; entries: number; eligible: number; state: string };
    expect(roll.entries).toBeGreaterThan(0);
    expect(roll.state).toBe('open');
    expect(
      (await post('branch-secretary', `/api/units/${branchId}/rolls`, { ...spec, ruleId: 'nope' })).status,
    ).toBe(400);
    expect((await post('branch-secretary', `/api/units/${otherBranchId}/rolls`, spec)).status).toBe(403);
    expect(await statuses('GET', `/api/units/${branchId}/rolls`)).toMatchObject({
      anonymous: 401,
      member: 403,
      'branch-officer': 200,
    });
    expect(await statuses('GET', `/api/rolls/${roll.id}`)).toMatchObject({
      anonymous: 401,
      member: 403,
      'branch-officer': 200,
    });
    const asOfficer = (await (await get('branch-officer', `/api/rolls/${roll.id}`)).json()) as {
      lines: { memberId: string; reasons: unknown }[];
    };
    const officerId = sessions.get('branch-officer')?.memberId;
    expect(
      asOfficer.lines.filter((line) => line.memberId !== officerId).every((line) => line.reasons === null),
    ).toBe(true);
    const asSecretary = (await (await get('branch-secretary', `/api/rolls/${roll.id}`)).json()) as {
      lines: { reasons: unknown }[];
    };
    expect(asSecretary.lines.some((line) => Array.isArray(line.reasons))).toBe(true);

    const mine = await get('member', `/api/eligibility?rollId=${roll.id}`);
    expect(mine.status).toBe(200);
    const answer = (await mine.json()) as {
      eligible: boolean;
      onRoll: boolean;
      summary: string;
      reasons: unknown[];
    };
    expect(answer.onRoll).toBe(true);
    expect(answer.summary).toMatch(/eligible for Branch AGM/);
    expect(answer.reasons.length).toBeGreaterThan(0);

    const rule = await get('member', '/api/eligibility?ruleId=selection.stand&at=2026-01-01');
    expect(rule.status).toBe(200);
    expect(((await rule.json()) as { reasons: { kind: string }[] }).reasons.map((r) => r.kind)).toContain(
      'trade_union',
    );
    expect((await get('anonymous', '/api/eligibility?ruleId=selection.vote')).status).toBe(401);
    expect(
      (await get('member', `/api/eligibility?ruleId=selection.vote&memberId=${neighbourId}`)).status,
    ).toBe(403);
    expect(
      (await get('branch-officer', `/api/eligibility?ruleId=selection.vote&memberId=${neighbourId}`)).status,
    ).toBe(200);
    expect((await get('member', '/api/eligibility?ruleId=nope')).status).toBe(400);
    expect((await get('member', '/api/eligibility')).status).toBe(400);
    expect((await get('member', '/api/eligibility/rules')).status).toBe(200);
    expect((await get('anonymous', '/api/eligibility/rules')).status).toBe(401);
    expect(
      (await post('branch-secretary', `/api/units/${branchId}/rolls`, { ...spec, frozenAt: '2025-02-30' }))
        .status,
    ).toBe(400);

    const membership = (await (await get('member', '/api/me/membership')).json()) as {
      rolls: { rollId: string }[];
    };
    expect(membership.rolls.map((line) => line.rollId)).toContain(roll.id);
  });

  it('blocks a branch move off an open roll with an explanation (409), then allows it once closed', async () => {
    const spec = {
      title: 'CLP selection',
      ruleId: 'meeting.vote',
      frozenAt: new Date().toISOString().slice(0, 10),
    };
    const roll = (await (await post('clp-secretary', `/api/units/${clpId}/rolls`, spec)).json()) as {
      id: string;
    };
    const move = { toBranchId: otherBranchId };
    expect(
      await statuses('POST', `/api/members/${plainMemberId}/branch`, move, [
        'anonymous',
        'member',
        'branch-secretary',
        'clp-secretary',
      ]),
    ).toMatchObject({
      anonymous: 401,
      member: 403,
      'branch-secretary': 403,
      'clp-secretary': 403,
    });
    const blocked = await post('regional-officer', `/api/members/${plainMemberId}/branch`, move);
    expect(blocked.status, await blocked.clone().text()).toBe(409);
    expect(((await blocked.json()) as { detail: string }).detail).toMatch(
      /while the member is an eligible voter on the open roll for .*"CLP selection"/,
    );
    expect(
      await statuses('POST', `/api/rolls/${roll.id}/close`, {}, [
        'anonymous',
        'member',
        'branch-officer',
        'clp-officer',
      ]),
    ).toEqual({ anonymous: 401, member: 403, 'branch-officer': 403, 'clp-officer': 403 });
    expect((await post('clp-secretary', `/api/rolls/${roll.id}/close`, {})).status).toBe(200);
    for (const open of (
      (await (await get('regional-officer', `/api/units/${regionId}/rolls`)).json()) as {
        rolls: { id: string; state: string }[];
      }
    ).rolls) {
      if (open.state === 'open') await post('regional-officer', `/api/rolls/${open.id}/close`, {});
    }
    const moved = await post('regional-officer', `/api/members/${plainMemberId}/branch`, move);
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { branchId: string }).branchId).toBe(otherBranchId);
    const back = await post('regional-officer', `/api/members/${plainMemberId}/branch`, {
      toBranchId: branchId,
    });
    expect(back.status).toBe(200);
  });

  it('never loses an officer’s write: a stale version is refused (409), concurrent writes both land', async () => {
    const read = async () =>
      (await (await get('national-officer', `/api/members/${neighbourId}`)).json()) as {
        version: number;
        status: string;
        branchId: string;
      };
    const before = await read();
    const change = (status: string, version?: number) =>
      post('national-officer', `/api/members/${neighbourId}/status`, { status, version });
    const [one = 'active', other = 'resigned'] = ['active', 'suspended', 'resigned'].filter(
      (status) => status !== before.status,
    );
    const [first, second] = await Promise.all([change(one, before.version), change(other, before.version)]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const refused = first.status === 409 ? first : second;
    expect(((await refused.json()) as { detail: string }).detail).toMatch(
      new RegExp(
        `changed by someone else since you opened it \\(you had version ${before.version}, it is now version ${before.version + 1}\\)`,
      ),
    );
    const afterRace = await read();
    expect(afterRace.version).toBe(before.version + 1);
    expect([one, other]).toContain(afterRace.status);

    // Without versions, two officers changing different things at once both keep their change.
    const units = (await (await get('member', '/api/units')).json()) as {
      units: { id: string; kind: string; parentId: string }[];
    };
    const sibling = units.units.find((unit) => unit.parentId === clpId && unit.id !== afterRace.branchId);
    expect(sibling).toBeDefined();
    const next = afterRace.status === 'active' ? 'suspended' : 'active';
    const [status, move] = await Promise.all([
      change(next),
      post('regional-officer', `/api/members/${neighbourId}/branch`, { toBranchId: sibling?.id }),
    ]);
    expect([status.status, move.status]).toEqual([200, 200]);
    const final = await read();
    expect(final).toMatchObject({ status: next, branchId: sibling?.id, version: afterRace.version + 2 });
    await post('regional-officer', `/api/members/${neighbourId}/branch`, { toBranchId: afterRace.branchId });
  });

  it('imports a CSV: dry run plans, a bad file changes nothing, applying is idempotent', async () => {
    const header = 'membership_number,first_name,last_name,email,branch,joined_on,status,paid_up_to';
    const good = [
      header,
      `Z900001,Nova,Example,nova@example.org,${branchId},2024-01-15,active,2030-12-31`,
      `Z900002,Ola,Example,,${branchId},2023-05-01,active,2030-12-31`,
    ].join('\n');
    expect(await statuses('POST', `/api/units/${clpId}/imports?dryRun=true`, { csv: good })).toMatchObject({
      anonymous: 401,
      member: 403,
      'branch-officer': 403,
      'branch-secretary': 403,
      'clp-officer': 403,
      'clp-secretary': 200,
    });
    expect((await post('clp-secretary', `/api/units/${otherClpId}/imports`, { csv: good })).status).toBe(403);
    const before = await countMembers(database.db);
    const dry = (await (
      await post('clp-secretary', `/api/units/${clpId}/imports`, good, 'text/csv')
    ).json()) as {
      dryRun: boolean;
      counts: { creates: number; errors: number };
    };
    expect(dry).toMatchObject({ dryRun: true, counts: { creates: 2, errors: 0 } });
    expect(await countMembers(database.db)).toBe(before);

    const bad = `${good}\nZ900003,Bad,Row,not-an-email,${branchId},2024-13-45,active,2030-12-31`;
    const refused = await post('clp-secretary', `/api/units/${clpId}/imports?dryRun=false`, { csv: bad });
    expect(refused.status).toBe(422);
    const plan = (await refused.json()) as {
      applied: boolean;
      errors: { line: number; column: string | null }[];
    };
    expect(plan.applied).toBe(false);
    expect(plan.errors.some((error) => error.line === 4 && error.column === 'joined_on')).toBe(true);
    expect(await countMembers(database.db)).toBe(before);

    const outside = `${header}\nZ900004,Out,Side,,${otherBranchId},2024-01-15,active,2030-12-31`;
    const scoped = (await (
      await post('clp-secretary', `/api/units/${clpId}/imports?dryRun=false`, { csv: outside })
    ).json()) as {
      hasErrors: boolean;
    };
    expect(scoped.hasErrors).toBe(true);
    expect(await countMembers(database.db)).toBe(before);

    const applied = await post('clp-secretary', `/api/units/${clpId}/imports?dryRun=false`, good, 'text/csv');
    expect(applied.status).toBe(200);
    expect(await applied.json()).toMatchObject({ applied: true, counts: { creates: 2 } });
    expect(await countMembers(database.db)).toBe(before + 2);
    const again = (await (
      await post('clp-secretary', `/api/units/${clpId}/imports?dryRun=false`, good, 'text/csv')
    ).json()) as {
      counts: { creates: number; updates: number; unchanged: number };
    };
    expect(again.counts).toMatchObject({ creates: 0, updates: 0, unchanged: 2 });
    expect(await countMembers(database.db)).toBe(before + 2);

    const changed = good.replace('nova@example.org', 'nova.new@example.org');
    const update = (await (
      await post('clp-secretary', `/api/units/${clpId}/imports`, { csv: changed })
    ).json()) as {
      updates: { changes: { field: string; withheld: boolean; after?: unknown }[] }[];
    };
    expect(update.updates[0]?.changes).toEqual([
      { field: 'email', withheld: false, before: 'nova@example.org', after: 'nova.new@example.org' },
    ]);
    expect((await post('clp-secretary', `/api/units/${clpId}/imports`, '', 'text/csv')).status).toBe(400);
  });

  it('resets the demo, and refuses to when the membership is not the demo’s', async () => {
    const rootDir = loadConfig({ LOG_LEVEL: 'silent' }).rootDir;
    const reset = await resetDemoParty(database, rootDir);
    expect(reset.seeded).toBe(true);
    expect(await countMembers(database.db)).toBe(reset.members);
    await database.db.deleteFrom('app_meta').where('key', '=', 'party.demo').execute();
    await expect(resetDemoParty(database, rootDir)).rejects.toThrow(/real membership/);
  });
});
