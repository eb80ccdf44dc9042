import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaucusServer, runCaucus, startCaucus } from './support/caucus-process';
import { createThrowawayDatabase, type ThrowawayDatabase } from './support/postgres';

const PASSWORD = 'caucus-demo-password';

interface SignedIn {
  cookie: string;
  csrf: string;
}

async function signIn(server: CaucusServer, email: string, password = PASSWORD) {
  return fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

async function session(server: CaucusServer, email: string): Promise<SignedIn> {
  const res = await signIn(server, email);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: body.csrfToken };
}

async function rulesTitle(server: CaucusServer, who: SignedIn): Promise<string> {
  const res = await fetch(`${server.url}/api/eligibility/rules`, { headers: { cookie: who.cookie } });
  return ((await res.json()) as { ruleBookTitle: string }).ruleBookTitle;
}

// Two `caucus serve` processes on one PostgreSQL database, as a deployment with several instances runs: what one
// process changes — a lock-out, the rule book its caches hold — the other must honour at once.
describe('two server processes on one PostgreSQL database', () => {
  let database: ThrowawayDatabase;
  let a: CaucusServer;
  let b: CaucusServer;

  beforeAll(async () => {
    database = await createThrowawayDatabase();
    a = await startCaucus({ DATABASE_URL: database.url });
    b = await startCaucus({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it('locks an account on one process after repeated wrong passwords, and the other refuses it too', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await signIn(a, 'demo.member@example.org', 'wrong password')).status).not.toBe(200);
    }
    const onB = await signIn(b, 'demo.member@example.org');
    expect(onB.status).not.toBe(200);
    expect(onB.headers.get('set-cookie')).toBeNull();
    // Another account is unaffected.
    expect((await signIn(b, 'demo.branch-secretary@example.org')).status).toBe(200);
  });

  it('reloads its cached rule book when the other process, or the CLI, changes the timeline', async () => {
    const admin = await session(a, 'demo.admin@example.org');
    const secretaryOnB = await session(b, 'demo.clp-secretary@example.org');
    expect(await rulesTitle(b, secretaryOnB)).toBe('Labour Party rule book, 2021 onwards');

    const adopt = await fetch(`${a.url}/api/rule-book`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      body: JSON.stringify({ entries: [{ editionId: 'green-england-wales', effectiveFrom: '2025-01-01' }] }),
    });
    expect(adopt.status).toBe(200);
    // B hears A's announcement (LISTEN/NOTIFY) and reloads: no restart, no stale answer.
    await expect
      .poll(() => rulesTitle(b, secretaryOnB), { timeout: 5000 })
      .toBe('Green Party of England and Wales (example)');

    const cli = runCaucus(['rule-book', 'adopt', 'labour-2021', '--from', '2026-06-01'], {
      DATABASE_URL: database.url,
    });
    expect(cli.status, cli.stderr).toBe(0);
    for (const server of [a, b]) {
      const who = server === a ? admin : secretaryOnB;
      await expect
        .poll(() => rulesTitle(server, who), { timeout: 5000 })
        .toBe('Labour Party rule book, 2021 onwards');
    }
  });
});
