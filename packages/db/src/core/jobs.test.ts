import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaucusDatabase } from '../open-database';
import { openTestDatabase, TEST_ENGINES } from '../testing';
import { claimJob, completeJob, enqueueJob, failJob, JOBS_CHANNEL, listJobs } from './jobs';

describe.each(TEST_ENGINES)('the job queue on %s', (engine) => {
  let database: CaucusDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });
  const t0 = new Date('2026-12-01T12:00:00Z');

  it('runs due jobs in order, once each, and wakes listeners when one is enqueued', async () => {
    const woken: string[] = [];
    const unlisten = await database.listen(JOBS_CHANNEL, { onMessage: (queue) => woken.push(queue) });
    const first = await enqueueJob(database.db, { queue: 'a', payload: { n: 1 }, runAt: t0 });
    await enqueueJob(database.db, { queue: 'a', payload: { n: 2 }, runAt: new Date(t0.getTime() + 60_000) });
    const claimed = await claimJob(database.db, ['a'], 'w1', 30_000, t0);
    expect(claimed).toMatchObject({ id: first, payload: { n: 1 }, attempt: 1 });
    // Not due yet, and the first is leased.
    expect(await claimJob(database.db, ['a'], 'w2', 30_000, t0)).toBeUndefined();
    await completeJob(database.db, first ?? 0);
    expect((await listJobs(database.db, 'a'))[0]?.outcome).toBe('done');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(woken).toContain('a');
    await unlisten();
  });

  it('retries a failed job after the back-off, and gives up after the last try', async () => {
    await enqueueJob(database.db, { queue: 'b', payload: {}, runAt: t0, maxAttempts: 2 });
    const first = await claimJob(database.db, ['b'], 'w1', 30_000, t0);
    expect(first).toBeDefined();
    if (first === undefined) return;
    expect(await failJob(database.db, first, 'SMTP down', 10_000, t0)).toBe(true);
    expect(await claimJob(database.db, ['b'], 'w1', 30_000, new Date(t0.getTime() + 9_999))).toBeUndefined();
    const second = await claimJob(database.db, ['b'], 'w1', 30_000, new Date(t0.getTime() + 10_000));
    expect(second?.attempt).toBe(2);
    if (second === undefined) return;
    expect(await failJob(database.db, second, 'SMTP still down', 10_000, t0)).toBe(false);
    expect((await listJobs(database.db, 'b'))[0]).toMatchObject({
      outcome: 'failed',
      lastError: 'SMTP still down',
    });
  });

  it('gives a crashed worker’s job to another once its lease lapses', async () => {
    await enqueueJob(database.db, { queue: 'c', payload: {}, runAt: t0 });
    expect(await claimJob(database.db, ['c'], 'crashed', 1000, t0)).toBeDefined();
    expect(await claimJob(database.db, ['c'], 'w2', 1000, new Date(t0.getTime() + 999))).toBeUndefined();
    expect((await claimJob(database.db, ['c'], 'w2', 1000, new Date(t0.getTime() + 1001)))?.attempt).toBe(2);
  });

  it('never hands one job to two concurrent workers', async () => {
    for (let i = 0; i < 10; i += 1) await enqueueJob(database.db, { queue: 'd', payload: { i }, runAt: t0 });
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => claimJob(database.db, ['d'], `w${i}`, 60_000, t0)),
    );
    const ids = claims.flatMap((claim) => (claim === undefined ? [] : [claim.id]));
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
  });

  it('enqueues a job with a dedupe key once while it waits, and again after it finished', async () => {
    expect(
      await enqueueJob(database.db, { queue: 'e', payload: {}, dedupeKey: 'k', runAt: t0 }),
    ).not.toBeNull();
    expect(await enqueueJob(database.db, { queue: 'e', payload: {}, dedupeKey: 'k', runAt: t0 })).toBeNull();
    const job = await claimJob(database.db, ['e'], 'w', 1000, t0);
    await completeJob(database.db, job?.id ?? 0);
    expect(
      await enqueueJob(database.db, { queue: 'e', payload: {}, dedupeKey: 'k', runAt: t0 }),
    ).not.toBeNull();
  });
});
