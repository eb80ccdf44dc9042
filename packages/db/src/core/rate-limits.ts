import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../schema';

/** Outcome of asking for one more attempt. */
export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/** A sliding-window limit: at most `limit` attempts per key within `windowMs`. */
export interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
}

/**
 * Records an attempt for a key if the limit allows it, counting in the database so that every server process on it
 * shares one count. The key's row is locked for the duration, so concurrent attempts are counted one at a time.
 */
export async function recordAttempt(
  db: Kysely<Database>,
  key: string,
  rule: RateLimit,
  now: number = Date.now(),
): Promise<RateDecision> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('rate_limit')
      .values({ key, hits: '[]' })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .execute();
    const row = await trx
      .selectFrom('rate_limit')
      .select('hits')
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirstOrThrow();
    // Sound: written only here, as a JSON array of epoch milliseconds.
    const recent = (row.hits as number[]).filter((at) => now - at < rule.windowMs);
    if (recent.length >= rule.limit) {
      const oldest = recent[0] ?? now;
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + rule.windowMs - now) / 1000)),
      };
    }
    recent.push(now);
    await trx
      .updateTable('rate_limit')
      .set({ hits: JSON.stringify(recent), updated_at: new Date(now) })
      .where('key', '=', key)
      .execute();
    return { allowed: true };
  });
}

/** Forgets a key's attempts (e.g. after a successful sign-in). */
export async function clearRateLimit(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limit').where('key', '=', key).execute();
}

/** Deletes rows untouched for longer than `olderThanMs`, so the table holds only live windows. */
export async function pruneRateLimits(
  db: Kysely<Database>,
  olderThanMs: number,
  now = Date.now(),
): Promise<number> {
  const result = await db
    .deleteFrom('rate_limit')
    .where('updated_at', '<', sql<Date>`${new Date(now - olderThanMs)}`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
