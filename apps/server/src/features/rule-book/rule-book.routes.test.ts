import type { CaucusDatabase } from '@caucus/db';
import { openTestDatabase, TEST_ENGINES } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { RateLimiter } from '../../auth/rate-limiter';
import { loadConfig } from '../../config';
import { DEMO_PASSWORD, seedDemoPartyIfEmpty } from '../../demo/seed-demo-party';
import { createDeps } from '../../http/create-deps';
import { createLogger } from '../../logger';

describe.each(TEST_ENGINES)('the rule-book timeline on %s', (engine) => {
  let database: CaucusDatabase;
  let app: ReturnType<typeof createApp>;
  const sessions = new Map<string, { cookie: string; csrf: string }>();

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const deps = createDeps(config, database, createLogger(config));
    deps.limiters.signInByAddress = new RateLimiter(database, 'test', { limit: 100, windowMs: 60_000 });
    app = createApp(deps);
    await seedDemoPartyIfEmpty(database, config.rootDir);
    for (const level of ['national-officer', 'clp-secretary', 'admin']) {
      const res = await app.request('/api/auth/sign-in', {
        method: 'POST',
        body: JSON.stringify({ email: `demo.${level}@example.org`, password: DEMO_PASSWORD }),
        headers: { 'content-type': 'application/json' },
      });
      const body = (await res.json()) as { csrfToken: string };
      sessions.set(level, {
        cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
        csrf: body.csrfToken,
      });
    }
  });
  afterAll(() => database.close());

  const request = (level: string, path: string, init: { method?: string; body?: unknown } = {}) => {
    const session = sessions.get(level);
    return app.request(path, {
      method: init.method ?? 'GET',
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      headers: {
        'content-type': 'application/json',
        ...(session === undefined ? {} : { cookie: session.cookie, 'x-csrf-token': session.csrf }),
      },
    });
  };

  it('shows national officers which edition is in force from when, and nobody below', async () => {
    const res = await request('national-officer', '/api/rule-book');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      timeline: { editionId: string; effectiveFrom: string; until: string | null; inForce: boolean }[];
      inForce: { title: string };
      permissions: { adopt: boolean };
      sections: { name: string }[];
    };
    expect(body.timeline).toEqual([
      expect.objectContaining({
        editionId: 'labour-2018',
        effectiveFrom: '2018-09-26',
        until: '2021-09-28',
        inForce: false,
      }),
      expect.objectContaining({
        editionId: 'labour-2021',
        effectiveFrom: '2021-09-29',
        until: null,
        inForce: true,
      }),
    ]);
    expect(body.inForce.title).toBe('Labour Party rule book, 2021 onwards');
    expect(body.sections.map((section) => section.name)).toContain('party');
    expect(body.permissions.adopt).toBe(false);
    expect((await request('clp-secretary', '/api/rule-book')).status).toBe(403);
    expect((await request('anonymous', '/api/rule-book')).status).toBe(401);
  });

  it('judges a roll by the edition in force on its freeze date, not by today', async () => {
    const me = (await (await request('clp-secretary', '/api/me/membership')).json()) as {
      roles: { unitId: string }[];
    };
    const clpId = me.roles[0]?.unitId ?? '';
    const freeze = async (frozenAt: string) =>
      (await (
        await request('clp-secretary', `/api/units/${clpId}/rolls`, {
          method: 'POST',
          body: { title: `Leadership ${frozenAt}`, ruleId: 'leadership.vote', frozenAt },
        })
      ).json()) as { editionId: string; ruleBookTitle: string };
    expect(await freeze('2021-09-28')).toMatchObject({
      editionId: 'labour-2018',
      ruleBookTitle: 'Labour Party rule book, 2018',
    });
    expect(await freeze('2021-09-29')).toMatchObject({ editionId: 'labour-2021' });
  });

  it('lets only the administrator replace the timeline; bad timelines change nothing', async () => {
    const green = { entries: [{ editionId: 'green-england-wales', effectiveFrom: '2025-01-01' }] };
    expect((await request('national-officer', '/api/rule-book', { method: 'PUT', body: green })).status).toBe(
      403,
    );
    const unknown = await request('admin', '/api/rule-book', {
      method: 'PUT',
      body: { entries: [{ editionId: 'labour-1900', effectiveFrom: '1900-01-01' }] },
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { detail: string }).detail).toMatch(/unknown edition "labour-1900"/);
    const rules = async () =>
      ((await (await request('clp-secretary', '/api/eligibility/rules')).json()) as { ruleBookTitle: string })
        .ruleBookTitle;
    expect(await rules()).toBe('Labour Party rule book, 2021 onwards');
    const adopted = await request('admin', '/api/rule-book', { method: 'PUT', body: green });
    expect(adopted.status).toBe(200);
    expect(await rules()).toBe('Green Party of England and Wales (example)');
    // Questions before the first adopted edition are refused with the rule book named, not answered by a default.
    const early = await request('clp-secretary', '/api/eligibility?ruleId=leadership.vote&at=2024-06-01');
    expect(early.status).toBe(400);
    expect(((await early.json()) as { detail: string }).detail).toMatch(
      /no rule-book edition is in force on 2024-06-01/,
    );
    await request('admin', '/api/rule-book', {
      method: 'PUT',
      body: {
        entries: [
          { editionId: 'labour-2018', effectiveFrom: '2018-09-26' },
          { editionId: 'labour-2021', effectiveFrom: '2021-09-29' },
        ],
      },
    });
    expect(await rules()).toBe('Labour Party rule book, 2021 onwards');
  });
});
