import type { Kysely, Selectable } from 'kysely';
import type { AppUserTable, Database } from '../schema';

/** A sign-in account as stored. */
export type UserRow = Selectable<AppUserTable>;

/** Finds an account by email (case-insensitive). */
export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/** Finds an account by id. */
export function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

/** New account details. */
export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string | null;
  memberId: string | null;
}

/** Creates an account and returns it. */
export function createUser(db: Kysely<Database>, user: NewUser): Promise<UserRow> {
  return db
    .insertInto('app_user')
    .values({
      email: user.email.trim().toLowerCase(),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      member_id: user.memberId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Records a wrong password; locks the account once `maxFailures` are reached. Returns the lock end, if locked. */
export async function recordFailedSignIn(
  db: Kysely<Database>,
  userId: string,
  maxFailures: number,
  lockMinutes: number,
  now: Date,
): Promise<Date | null> {
  const row = await db
    .updateTable('app_user')
    .set((eb) => ({ failed_sign_ins: eb('failed_sign_ins', '+', 1) }))
    .where('id', '=', userId)
    .returning('failed_sign_ins')
    .executeTakeFirstOrThrow();
  if (row.failed_sign_ins < maxFailures) return null;
  const until = new Date(now.getTime() + lockMinutes * 60_000);
  await db
    .updateTable('app_user')
    .set({ locked_until: until, failed_sign_ins: 0 })
    .where('id', '=', userId)
    .execute();
  return until;
}

/** Clears failed sign-ins and any lock after a successful sign-in. */
export async function recordSuccessfulSignIn(db: Kysely<Database>, userId: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_sign_ins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

/** Replaces an account's password hash. */
export async function setPasswordHash(db: Kysely<Database>, userId: string, hash: string): Promise<void> {
  await db.updateTable('app_user').set({ password_hash: hash }).where('id', '=', userId).execute();
}
