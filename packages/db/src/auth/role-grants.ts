import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Roles an account holds, each in a unit. */
export async function listGrantsOfUser(
  db: Kysely<Database>,
  userId: string,
): Promise<{ role: string; unitId: string }[]> {
  const rows = await db
    .selectFrom('role_grant')
    .select(['role', 'unit_id'])
    .where('user_id', '=', userId)
    .orderBy('role')
    .orderBy('unit_id')
    .execute();
  return rows.map((row) => ({ role: row.role, unitId: row.unit_id }));
}
