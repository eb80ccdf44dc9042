import type { StoredMemberRecord } from '@caucus/db';
import { ageBandNames, type Member } from '@caucus/party';

/** A member as read from the database: the party model's record and its version (for optimistic concurrency). */
export interface LoadedMember {
  readonly member: Member;
  readonly version: number;
}

/** A stored member record as the party model's `Member` (an unknown age band is dropped; the version is not kept). */
export function memberFromRecord(record: StoredMemberRecord): Member {
  const { version: _version, ...fields } = record;
  const ageBand = ageBandNames.find((band) => band === record.ageBand) ?? null;
  return { ...fields, ageBand };
}

/** A stored member record with its version. */
export function loadedMemberFromRecord(record: StoredMemberRecord): LoadedMember {
  return { member: memberFromRecord(record), version: record.version };
}
