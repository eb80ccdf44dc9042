import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { UserRow } from './users';

/** A live session with its account. */
export interface SessionWithUser {
  idHash: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  user: UserRow;
}

/** Stores a new session (by token hash). */
export async function insertSession(
  db: Kysely<Database>,
  session: { idHash: string; userId: string; csrfToken: string; expiresAt: Date; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      user_agent: session.userAgent,
    })
    .execute();
}

/** Finds an unexpired session of an enabled account. */
export async function findLiveSession(
  db: Kysely<Database>,
  idHash: string,
  now: Date,
): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.id_hash', 's.csrf_token', 's.expires_at', 's.last_seen_at'])
    .where('s.id_hash', '=', idHash)
    .where('s.expires_at', '>', now)
    .where('u.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return undefined;
  const { id_hash, csrf_token, expires_at, last_seen_at, ...user } = row;
  return { idHash: id_hash, csrfToken: csrf_token, expiresAt: expires_at, lastSeenAt: last_seen_at, user };
}

/** Notes that a session was used (callers throttle this). */
export async function touchSession(db: Kysely<Database>, idHash: string, now: Date): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
}

/** Ends one session. */
export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('id_hash', '=', idHash).execute();
}

/** Ends every session of an account; returns how many there were. */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Stores a one-time sign-in link (by token hash). */
export async function insertSignInLink(
  db: Kysely<Database>,
  link: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sign_in_link')
    .values({ token_hash: link.tokenHash, user_id: link.userId, expires_at: link.expiresAt })
    .execute();
}

/** Marks an unused, unexpired link as used and returns its account id; undefined if it cannot be used. */
export async function redeemSignInLink(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .updateTable('sign_in_link')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

/** Ends every session of an account except the one given; returns how many ended. */
export async function deleteOtherSessions(
  db: Kysely<Database>,
  userId: string,
  keepIdHash: string,
): Promise<number> {
  const result = await db
    .deleteFrom('user_session')
    .where('user_id', '=', userId)
    .where('id_hash', '<>', keepIdHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
