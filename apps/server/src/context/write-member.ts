import { appendAudit, type Database, findMemberForUpdate, updateMemberIfVersion } from '@caucus/db';
import { auditDelta, type Decision, type Member } from '@caucus/party';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../http/env';
import { ProblemError } from '../http/problem';
import { authorize } from '../http/route';
import type { Actor } from './actor';
import { type LoadedMember, memberFromRecord } from './member-record';

/** An officer's (or the member's own) change to one member record. */
export interface MemberWrite {
  readonly actor: Actor & { readonly kind: 'user' };
  /** The audited action, e.g. `member.change_status`. */
  readonly action: string;
  readonly memberId: string;
  /** The policy decision for the record as it stands now (it may have moved since the request was authorized). */
  readonly authorize: (current: Member) => Decision;
  /** The version the change was made from, when the client sent one. */
  readonly expectedVersion: number | undefined;
  /** Makes the change (pure domain code), reading anything else it needs inside the same transaction. */
  readonly change: (member: Member, trx: Kysely<Database>) => Member | Promise<Member>;
}

function staleVersion(memberName: string, expected: number, stored: number): ProblemError {
  return new ProblemError(
    'conflict',
    `${memberName}'s record was changed by someone else since you opened it (you had version ${expected}, it is ` +
      `now version ${stored}). Reload it and make your change again.`,
  );
}

/**
 * Changes a member inside one transaction: reads and locks the stored record, refuses a stale version with 409,
 * applies the change, writes it only if nobody wrote since (version check) and appends the audit entry. A change
 * that changes nothing writes nothing.
 */
export async function writeMember(deps: AppDeps, write: MemberWrite): Promise<LoadedMember> {
  return deps.database.db.transaction().execute(async (trx) => {
    const stored = await findMemberForUpdate(trx, write.memberId);
    if (stored === undefined) throw new ProblemError('not-found', `There is no member "${write.memberId}".`);
    const before = memberFromRecord(stored);
    const name = `${before.firstName} ${before.lastName}`;
    if (write.expectedVersion !== undefined && write.expectedVersion !== stored.version) {
      throw staleVersion(name, write.expectedVersion, stored.version);
    }
    authorize(write.actor, write.authorize(before));
    const after = await write.change(before, trx);
    if (after === before) return { member: before, version: stored.version };
    const version = await updateMemberIfVersion(trx, after, stored.version);
    if (version === null) throw staleVersion(name, stored.version, stored.version + 1);
    const delta = auditDelta({ ...before }, { ...after });
    await appendAudit(trx, [
      {
        actorUserId: write.actor.userId,
        action: write.action,
        unitId: before.branchId,
        subjectType: 'member',
        subjectId: after.id,
        subjectBranchId: before.branchId,
        before: delta.before,
        after: delta.after,
      },
    ]);
    return { member: after, version };
  });
}
