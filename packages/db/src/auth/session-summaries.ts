import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** An account's sessions as held (no token material): when each started, was last used and ends. */
export async function listSessionSummariesOfUser(
  db: Kysely<Database>,
  userId: string,
): Promise<{ createdAt: Date; lastSeenAt: Date; expiresAt: Date; userAgent: string | null }[]> {
  const rows = await db
    .selectFrom('user_session')
    .select(['created_at', 'last_seen_at', 'expires_at', 'user_agent'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    userAgent: row.user_agent,
  }));
}
