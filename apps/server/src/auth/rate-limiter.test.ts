import type { CaucusDatabase } from '@caucus/db';
import { openTestDatabase, TEST_ENGINES } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe.each(TEST_ENGINES)('RateLimiter on %s', (engine) => {
  let database: CaucusDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('allows up to the limit in the window, then says when to retry', async () => {
    let now = 1_700_000_000_000;
    const limiter = new RateLimiter(database, 'test', { limit: 3, windowMs: 60_000 }, () => now);
    expect((await limiter.attempt('ip')).allowed).toBe(true);
    now += 10_000;
    expect((await limiter.attempt('ip')).allowed).toBe(true);
    expect((await limiter.attempt('ip')).allowed).toBe(true);
    expect(await limiter.attempt('ip')).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect((await limiter.attempt('other')).allowed).toBe(true);
    now += 50_001;
    expect((await limiter.attempt('ip')).allowed).toBe(true);
  });

  it('shares one count between two limiters (two processes) on the same database', async () => {
    const rule = { limit: 2, windowMs: 60_000 };
    const first = new RateLimiter(database, 'shared', rule);
    const second = new RateLimiter(database, 'shared', rule);
    expect((await first.attempt('ip')).allowed).toBe(true);
    expect((await second.attempt('ip')).allowed).toBe(true);
    expect((await first.attempt('ip')).allowed).toBe(false);
  });
});
