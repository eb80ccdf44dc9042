import { findMemberById } from '@caucus/db';
import type { Member } from '@caucus/party';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import { memberFromRecord } from './party-context';

/** Loads a member or throws a 404 problem. */
export async function loadMember(deps: AppDeps, memberId: string): Promise<Member> {
  const record = await findMemberById(deps.database.db, memberId);
  if (record === undefined) throw new ProblemError('not-found', `There is no member "${memberId}".`);
  return memberFromRecord(record);
}
