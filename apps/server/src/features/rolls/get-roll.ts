import { listMembersByIds, listRollEntries, type RollEntryRecord, type RollRecord } from '@caucus/db';
import type { Member } from '@caucus/party';
import { memberFromRecord } from '../../context/member-record';
import type { AppDeps } from '../../http/env';

/** A roll with every line and the member each line is about (the presenter decides what each viewer sees). */
export interface RollDetail {
  readonly roll: RollRecord;
  readonly lines: readonly { readonly entry: RollEntryRecord; readonly member: Member }[];
  readonly eligible: number;
}

/** Reads a roll's lines and their members. */
export async function getRoll(deps: AppDeps, roll: RollRecord): Promise<RollDetail> {
  const entries = await listRollEntries(deps.database.db, roll.id);
  const members = await listMembersByIds(
    deps.database.db,
    entries.map((entry) => entry.memberId),
  );
  const lines = entries.flatMap((entry) => {
    const record = members.get(entry.memberId);
    return record === undefined ? [] : [{ entry, member: memberFromRecord(record) }];
  });
  return { roll, lines, eligible: entries.filter((entry) => entry.eligible).length };
}
