import { type CaucusDatabase, findUserById, listGrantsOfUser, listOfficeTermsOfMember } from '@caucus/db';
import { roleGrantsFromOffices } from '@caucus/party';
import type { ActorGrant } from './actor';
import type { PartyStructureCache } from './party-structure-cache';
import { todayIso } from './today';

/** Every role an account holds today: staff grants stored for it, and branch/CLP roles from its member's offices. */
export async function grantsOfUser(
  database: CaucusDatabase,
  structure: PartyStructureCache,
  userId: string,
): Promise<ActorGrant[]> {
  const staff = await listGrantsOfUser(database.db, userId);
  const user = await findUserById(database.db, userId);
  if (user?.member_id == null) return staff;
  const terms = await listOfficeTermsOfMember(database.db, user.member_id);
  if (terms.length === 0) return staff;
  const { tree } = await structure.get();
  if (tree === null) return staff;
  const fromOffices = roleGrantsFromOffices(
    user.member_id,
    terms.map((term) => term.office),
    terms.map((term) => term.holder),
    tree,
    todayIso(),
  );
  const seen = new Set(staff.map((grant) => `${grant.role}@${grant.unitId}`));
  return [...staff, ...fromOffices.filter((grant) => !seen.has(`${grant.role}@${grant.unitId}`))];
}
