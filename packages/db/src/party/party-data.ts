import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { MemberRecord } from './party-members';
import { upsertMembers } from './party-members';
import {
  type AffiliatedBranchRecord,
  type AffiliateRecord,
  insertAffiliatedBranches,
  insertAffiliates,
  insertOfficeHolders,
  insertOffices,
  insertUnits,
  type OfficeHolderRecord,
  type OfficeRecord,
  type UnitRecord,
} from './party-units';

/** The `app_meta` key recording that the party data is the generated demo. */
export const DEMO_META_KEY = 'party.demo';

/** What `app_meta` records about a seeded demo party. */
export interface DemoMarker {
  readonly seededAt: string;
  readonly seed: string;
  readonly members: number;
  /** The demo accounts, to show people how to sign in. */
  readonly signIns: readonly { readonly email: string; readonly description: string }[];
}

/** A whole party to store: units, affiliates, members and officers. */
export interface PartyData {
  readonly units: readonly UnitRecord[];
  readonly affiliates: readonly AffiliateRecord[];
  readonly affiliatedBranches: readonly AffiliatedBranchRecord[];
  readonly members: readonly MemberRecord[];
  readonly offices: readonly OfficeRecord[];
  readonly officeHolders: readonly OfficeHolderRecord[];
}

/** Whether any unit or member is stored (a party exists). */
export async function hasPartyData(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('unit').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The demo marker, if the stored party is the generated demo. */
export async function readDemoMarker(db: Kysely<Database>): Promise<DemoMarker | undefined> {
  const row = await db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', DEMO_META_KEY)
    .executeTakeFirst();
  // Sound: written only by writeDemoMarker.
  return row === undefined ? undefined : (row.value as DemoMarker);
}

/** Records that the stored party is the generated demo. */
export async function writeDemoMarker(db: Kysely<Database>, marker: DemoMarker): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key: DEMO_META_KEY, value: JSON.stringify(marker) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(marker), updated_at: new Date() }),
    )
    .execute();
}

/** Stores a whole party (call inside a transaction). */
export async function insertPartyData(db: Kysely<Database>, data: PartyData): Promise<void> {
  await insertUnits(db, data.units);
  await insertAffiliates(db, data.affiliates);
  await insertAffiliatedBranches(db, data.affiliatedBranches);
  await upsertMembers(db, data.members);
  await insertOffices(db, data.offices);
  await insertOfficeHolders(db, data.officeHolders);
}

/**
 * Deletes the party: rolls, grants, officers, members, affiliates and units, the accounts whose
 * emails match `accountEmailPattern` (SQL LIKE) and their sessions; other accounts are unlinked
 * from their member records. The audit log is append-only and is kept. Call inside a transaction.
 */
export async function deletePartyData(db: Kysely<Database>, accountEmailPattern: string): Promise<void> {
  await db.deleteFrom('roll_entry').execute();
  await db.deleteFrom('roll').execute();
  await db.deleteFrom('role_grant').execute();
  const doomed = db.selectFrom('app_user').select('id').where('email', 'like', accountEmailPattern);
  await db.deleteFrom('user_session').where('user_id', 'in', doomed).execute();
  await db.deleteFrom('sign_in_link').where('user_id', 'in', doomed).execute();
  await db.deleteFrom('app_user').where('email', 'like', accountEmailPattern).execute();
  await db.updateTable('app_user').set({ member_id: null }).where('member_id', 'is not', null).execute();
  await db.deleteFrom('office_holder').execute();
  await db.deleteFrom('office').execute();
  await db.deleteFrom('member').execute();
  await db.deleteFrom('affiliated_branch').execute();
  await db.deleteFrom('affiliate').execute();
  await db.deleteFrom('unit').execute();
  await db.deleteFrom('app_meta').where('key', '=', DEMO_META_KEY).execute();
}

/** Grants a staff role (regional, national, admin) to an account. */
export async function insertRoleGrant(
  db: Kysely<Database>,
  grant: { readonly userId: string; readonly role: string; readonly unitId: string },
): Promise<void> {
  await db
    .insertInto('role_grant')
    .values({ user_id: grant.userId, role: grant.role, unit_id: grant.unitId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
