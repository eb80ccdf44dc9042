import { type CaucusDatabase, type RateDecision, type RateLimit, recordAttempt } from '@caucus/db';

export type { RateDecision } from '@caucus/db';

/**
 * A named sliding-window limit counted in the database: `limit` attempts per key within `windowMs`, shared by every
 * server process on the same database.
 */
export class RateLimiter {
  constructor(
    private readonly database: CaucusDatabase,
    /** Prefix of this limiter's keys, e.g. `sign-in-address`. */
    readonly name: string,
    readonly rule: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt for `key` if the limit allows it. */
  attempt(key: string): Promise<RateDecision> {
    return recordAttempt(this.database.db, `${this.name}:${key}`, this.rule, this.now());
  }
}
