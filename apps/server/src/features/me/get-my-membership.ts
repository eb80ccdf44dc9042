import {
  findMemberById,
  listOfficeTermsOfMember,
  listRollsOfMember,
  type OfficeHolderRecord,
  type OfficeRecord,
  type RollEntryRecord,
  type RollRecord,
} from '@caucus/db';
import type { Actor } from '@caucus/party';
import { type LoadedMember, loadedMemberFromRecord } from '../../context/member-record';
import type { AppDeps } from '../../http/env';

/** The actor's own membership as stored: their record, offices and their lines on every roll. */
export interface MyMembership {
  readonly member: LoadedMember | null;
  readonly offices: readonly { readonly office: OfficeRecord; readonly holder: OfficeHolderRecord }[];
  readonly rolls: readonly { readonly roll: RollRecord; readonly entry: RollEntryRecord }[];
}

/** Reads the actor's own membership record, offices and roll lines. */
export async function getMyMembership(deps: AppDeps, actor: Actor): Promise<MyMembership> {
  const record = actor.memberId === null ? undefined : await findMemberById(deps.database.db, actor.memberId);
  if (record === undefined) return { member: null, offices: [], rolls: [] };
  const [offices, rolls] = await Promise.all([
    listOfficeTermsOfMember(deps.database.db, record.id),
    listRollsOfMember(deps.database.db, record.id),
  ]);
  return { member: loadedMemberFromRecord(record), offices, rolls };
}
