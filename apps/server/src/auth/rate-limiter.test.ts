import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows up to the limit in the window, then says when to retry', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect(limiter.attempt('ip').allowed).toBe(true);
    now = 10_000;
    expect(limiter.attempt('ip').allowed).toBe(true);
    expect(limiter.attempt('ip').allowed).toBe(true);
    expect(limiter.attempt('ip')).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limiter.attempt('other').allowed).toBe(true);
    now = 60_001;
    expect(limiter.attempt('ip').allowed).toBe(true);
  });
});
