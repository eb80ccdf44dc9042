import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaucusDatabase } from '../open-database';
import { openTestDatabase, TEST_ENGINES } from '../testing';
import { notify } from './notify';
import { clearRateLimit, pruneRateLimits, recordAttempt } from './rate-limits';

describe.each(TEST_ENGINES)('shared rate limits and notifications on %s', (engine) => {
  let database: CaucusDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('allows up to the limit in the window, then says how long to wait', async () => {
    const rule = { limit: 3, windowMs: 60_000 };
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 3; i += 1) {
      expect(await recordAttempt(database.db, 'sign-in:1.2.3.4', rule, t0 + i * 1000)).toEqual({
        allowed: true,
      });
    }
    expect(await recordAttempt(database.db, 'sign-in:1.2.3.4', rule, t0 + 3000)).toEqual({
      allowed: false,
      retryAfterSeconds: 57,
    });
    expect(await recordAttempt(database.db, 'sign-in:5.6.7.8', rule, t0 + 3000)).toEqual({ allowed: true });
    // The window slides: the first attempt drops out 60 s after it was made, not before.
    expect((await recordAttempt(database.db, 'sign-in:1.2.3.4', rule, t0 + 59_999)).allowed).toBe(false);
    expect((await recordAttempt(database.db, 'sign-in:1.2.3.4', rule, t0 + 60_000)).allowed).toBe(true);
    await clearRateLimit(database.db, 'sign-in:1.2.3.4');
    expect((await recordAttempt(database.db, 'sign-in:1.2.3.4', rule, t0 + 60_001)).allowed).toBe(true);
  });

  it('counts concurrent attempts exactly once each', async () => {
    const rule = { limit: 5, windowMs: 60_000 };
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => recordAttempt(database.db, 'burst', rule, 1_700_000_000_000)),
    );
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(5);
  });

  it('prunes rows nobody has touched for longer than the window', async () => {
    await recordAttempt(database.db, 'old', { limit: 1, windowMs: 1000 });
    expect(await pruneRateLimits(database.db, -60_000)).toBeGreaterThan(0);
  });

  it('delivers a notification sent on commit to a listener, and none after unlistening', async () => {
    const heard: string[] = [];
    const unlisten = await database.listen('caucus_test', { onMessage: (payload) => heard.push(payload) });
    await database.db.transaction().execute(async (trx) => {
      await notify(trx, 'caucus_test', 'in-transaction');
      expect(heard).toEqual([]);
    });
    await notify(database.db, 'caucus_test', 'plain');
    await waitFor(() => heard.length === 2);
    expect(heard).toEqual(['in-transaction', 'plain']);
    await unlisten();
    await notify(database.db, 'caucus_test', 'after');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual(['in-transaction', 'plain']);
    await expect(database.listen('Bad Name', { onMessage: () => {} })).rejects.toThrow(/channel name/);
  });
});

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
