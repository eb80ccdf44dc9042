import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, listAudit } from '../core/audit';
import type { CaucusDatabase } from '../open-database';
import { openTestDatabase, TEST_ENGINES } from '../testing';
import {
  deleteSessionsOfUser,
  findLiveSession,
  insertSession,
  insertSignInLink,
  redeemSignInLink,
} from './sessions';
import { createUser, recordFailedSignIn, recordSuccessfulSignIn } from './users';

describe.each(TEST_ENGINES)('accounts, sessions and audit on %s', (engine) => {
  let database: CaucusDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('stores emails lower-case and unique', async () => {
    const user = await createUser(database.db, {
      email: ' Ada@Example.org ',
      displayName: 'Ada',
      passwordHash: null,
      memberId: null,
    });
    expect(user.email).toBe('ada@example.org');
    await expect(
      createUser(database.db, {
        email: 'ADA@example.org',
        displayName: 'Ada 2',
        passwordHash: null,
        memberId: null,
      }),
    ).rejects.toThrow();
  });

  it('locks an account at the failure limit and unlocks on success', async () => {
    const user = await createUser(database.db, {
      email: 'lock@example.org',
      displayName: 'L',
      passwordHash: null,
      memberId: null,
    });
    const now = new Date('2026-01-01T10:00:00Z');
    expect(await recordFailedSignIn(database.db, user.id, 3, 15, now)).toBeNull();
    expect(await recordFailedSignIn(database.db, user.id, 3, 15, now)).toBeNull();
    expect(await recordFailedSignIn(database.db, user.id, 3, 15, now)).toEqual(
      new Date('2026-01-01T10:15:00Z'),
    );
    await recordSuccessfulSignIn(database.db, user.id);
    const row = await database.db
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ failed_sign_ins: 0, locked_until: null });
  });

  it('finds only live sessions and ends them all on request', async () => {
    const user = await createUser(database.db, {
      email: 'sess@example.org',
      displayName: 'S',
      passwordHash: null,
      memberId: null,
    });
    const now = new Date();
    await insertSession(database.db, {
      idHash: 'live',
      userId: user.id,
      csrfToken: 'c',
      expiresAt: new Date(now.getTime() + 60_000),
      userAgent: null,
    });
    await insertSession(database.db, {
      idHash: 'expired',
      userId: user.id,
      csrfToken: 'c',
      expiresAt: new Date(now.getTime() - 1),
      userAgent: null,
    });
    expect((await findLiveSession(database.db, 'live', now))?.user.email).toBe('sess@example.org');
    expect(await findLiveSession(database.db, 'expired', now)).toBeUndefined();
    expect(await deleteSessionsOfUser(database.db, user.id)).toBe(2);
    expect(await findLiveSession(database.db, 'live', now)).toBeUndefined();
  });

  it('redeems a sign-in link once, and never after expiry', async () => {
    const user = await createUser(database.db, {
      email: 'link@example.org',
      displayName: 'K',
      passwordHash: null,
      memberId: null,
    });
    const now = new Date();
    await insertSignInLink(database.db, {
      tokenHash: 'once',
      userId: user.id,
      expiresAt: new Date(now.getTime() + 60_000),
    });
    await insertSignInLink(database.db, {
      tokenHash: 'old',
      userId: user.id,
      expiresAt: new Date(now.getTime() - 1),
    });
    expect(await redeemSignInLink(database.db, 'once', now)).toBe(user.id);
    expect(await redeemSignInLink(database.db, 'once', now)).toBeUndefined();
    expect(await redeemSignInLink(database.db, 'old', now)).toBeUndefined();
  });

  it('keeps the audit log append-only', async () => {
    await appendAudit(database.db, [
      {
        actorUserId: null,
        action: 'unit.update',
        unitId: 'u1',
        subjectType: 'unit',
        subjectId: 'u1',
        subjectBranchId: null,
        before: { name: 'Old' },
        after: { name: 'New', tags: ['a', 'b'] },
      },
    ]);
    const [entry] = await listAudit(database.db, ['u1'], { limit: 10 });
    expect(entry).toMatchObject({
      action: 'unit.update',
      before: { name: 'Old' },
      after: { name: 'New', tags: ['a', 'b'] },
    });
    await expect(sql`update audit_log set action = 'x'`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    expect(await listAudit(database.db, ['u1'], { limit: 10 })).toHaveLength(1);
  });
});
