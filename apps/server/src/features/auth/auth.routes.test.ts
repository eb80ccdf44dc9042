import type { CaucusDatabase } from '@caucus/db';
import { createUser } from '@caucus/db';
import { openTestDatabase, TEST_ENGINES } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import type { Email } from '../../auth/mailer';
import { hashPassword } from '../../auth/password';
import { RateLimiter } from '../../auth/rate-limiter';
import { loadConfig } from '../../config';
import { createDeps } from '../../http/create-deps';
import type { AppDeps } from '../../http/env';
import { createLogger } from '../../logger';

interface SessionBody {
  user: { email: string; displayName: string };
  csrfToken: string;
}

describe.each(TEST_ENGINES)('sign-in on %s', (engine) => {
  let database: CaucusDatabase;
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;
  const sent: Email[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const config = {
      ...loadConfig({ LOG_LEVEL: 'silent', SIGN_IN_MAX_FAILURES: '3' }),
      publicUrl: 'https://caucus.test',
    };
    deps = createDeps(config, database, createLogger(config));
    // Every test request comes from the same (unknown) address; the limit itself is tested on its own.
    deps.limiters.signInByAddress = new RateLimiter(database, 'sign-in-address', {
      limit: 1000,
      windowMs: 60_000,
    });
    deps.mailer = { available: true, deliversToLog: false, send: async (email) => void sent.push(email) };
    app = createApp(deps);
    const hash = await hashPassword('correct horse battery');
    for (const email of ['ada@example.org', 'lock@example.org', 'many@example.org', 'pw@example.org']) {
      await createUser(database.db, {
        email,
        displayName: email.split('@')[0] ?? email,
        passwordHash: hash,
        memberId: null,
      });
    }
  });
  afterAll(() => database.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', host: 'caucus.test', ...headers },
    });

  async function signIn(email: string, password = 'correct horse battery') {
    const res = await post('/api/auth/sign-in', { email, password });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { res, cookie, body: res.status === 200 ? ((await res.json()) as SessionBody) : undefined };
  }

  it('signs in with email and password, setting a secure HTTP-only cookie', async () => {
    const { res, cookie, body } = await signIn('ADA@example.org');
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-caucus_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('SameSite=Lax');
    expect(body?.user.email).toBe('ada@example.org');
    const session = await app.request('/api/auth/session', { headers: { cookie } });
    expect(session.status).toBe(200);
    expect(((await session.json()) as SessionBody).csrfToken).toBe(body?.csrfToken);
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const wrong = await signIn('many@example.org', 'nope nope nope');
    const unknown = await signIn('nobody@example.org', 'nope nope nope');
    expect(wrong.res.status).toBe(401);
    expect(unknown.res.status).toBe(401);
    expect(((await wrong.res.json()) as { detail: string }).detail).toBe(
      ((await unknown.res.json()) as { detail: string }).detail,
    );
  });

  it('locks an account after repeated wrong passwords, even against the right one', async () => {
    for (let i = 0; i < 3; i++)
      expect((await signIn('lock@example.org', 'wrong password!')).res.status).toBe(401);
    const locked = await signIn('lock@example.org');
    expect(locked.res.status).toBe(429);
    expect(Number(locked.res.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(((await locked.res.json()) as { detail: string }).detail).toContain(
      'locked after 3 wrong passwords',
    );
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const saved = deps.limiters.signInByAddress;
    deps.limiters.signInByAddress = new RateLimiter(database, 'sign-in-address-2', {
      limit: 2,
      windowMs: 60_000,
    });
    try {
      await signIn('nobody@example.org', 'x');
      await signIn('nobody@example.org', 'x');
      const third = await signIn('ada@example.org');
      expect(third.res.status).toBe(429);
      expect(third.res.headers.get('retry-after')).toBeTruthy();
    } finally {
      deps.limiters.signInByAddress = saved;
    }
  });

  it('requires the CSRF token for state-changing requests in a session', async () => {
    const { cookie, body } = await signIn('ada@example.org');
    const without = await post('/api/auth/sign-out', {}, { cookie });
    expect(without.status).toBe(403);
    expect(((await without.json()) as { detail: string }).detail).toContain('CSRF');
    const wrong = await post('/api/auth/sign-out', {}, { cookie, 'x-csrf-token': 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    const ok = await post('/api/auth/sign-out', {}, { cookie, 'x-csrf-token': body?.csrfToken ?? '' });
    expect(ok.status).toBe(204);
    expect((await app.request('/api/auth/session', { headers: { cookie } })).status).toBe(401);
  });

  it('refuses cross-site state-changing requests', async () => {
    const crossOrigin = await post(
      '/api/auth/sign-in',
      { email: 'ada@example.org', password: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(crossOrigin.status).toBe(403);
    const crossSite = await post(
      '/api/auth/sign-in',
      { email: 'ada@example.org', password: 'x' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
  });

  it('emails a one-time link that signs in once', async () => {
    sent.length = 0;
    const res = await post('/api/auth/sign-in-links', { email: 'ada@example.org' });
    expect(res.status).toBe(202);
    expect(sent).toHaveLength(1);
    const token = /#token=([\w-]+)/.exec(sent[0]?.text ?? '')?.[1] ?? '';
    expect(sent[0]?.text).toContain('https://caucus.test/sign-in/link#token=');
    const first = await post('/api/auth/sign-in-links/redeem', { token });
    expect(first.status).toBe(200);
    const again = await post('/api/auth/sign-in-links/redeem', { token });
    expect(again.status).toBe(400);
  });

  it('answers a link request for an unknown address exactly as for a known one, sending nothing', async () => {
    sent.length = 0;
    const known = await post('/api/auth/sign-in-links', { email: 'many@example.org' });
    const unknown = await post('/api/auth/sign-in-links', { email: 'ghost@example.org' });
    expect(unknown.status).toBe(known.status);
    expect(await unknown.json()).toEqual(await known.json());
    expect(sent.map((e) => e.to)).toEqual(['many@example.org']);
  });

  it('signs out everywhere', async () => {
    const a = await signIn('many@example.org');
    const b = await signIn('many@example.org');
    const res = await post(
      '/api/auth/sign-out-everywhere',
      {},
      { cookie: a.cookie, 'x-csrf-token': a.body?.csrfToken ?? '' },
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { endedSessions: number }).endedSessions).toBeGreaterThanOrEqual(2);
    expect((await app.request('/api/auth/session', { headers: { cookie: b.cookie } })).status).toBe(401);
  });

  it('changes a password only with the current one, ending other sessions', async () => {
    const a = await signIn('pw@example.org');
    const b = await signIn('pw@example.org');
    const put = (body: unknown) =>
      app.request('/api/auth/password', {
        method: 'PUT',
        body: JSON.stringify(body),
        headers: {
          'content-type': 'application/json',
          cookie: a.cookie,
          'x-csrf-token': a.body?.csrfToken ?? '',
        },
      });
    expect((await put({ currentPassword: 'wrong one', newPassword: 'a new long password' })).status).toBe(
      403,
    );
    expect((await put({ currentPassword: 'correct horse battery', newPassword: 'short' })).status).toBe(400);
    expect(
      (await put({ currentPassword: 'correct horse battery', newPassword: 'a new long password' })).status,
    ).toBe(204);
    expect((await app.request('/api/auth/session', { headers: { cookie: a.cookie } })).status).toBe(200);
    expect((await app.request('/api/auth/session', { headers: { cookie: b.cookie } })).status).toBe(401);
    expect((await signIn('pw@example.org', 'a new long password')).res.status).toBe(200);
  });

  it('rejects a malformed sign-in body with field errors', async () => {
    const res = await post('/api/auth/sign-in', { email: 'not-an-email' });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['email', 'password']);
  });

  it('refuses session endpoints to anonymous callers with 401', async () => {
    expect((await app.request('/api/auth/session')).status).toBe(401);
    expect((await post('/api/auth/sign-out-everywhere', {})).status).toBe(401);
  });
});
