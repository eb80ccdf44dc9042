import { listRollsOfMember } from '@caucus/db';
import {
  BranchMoveBlockedError,
  checkBranchMove,
  type Member,
  moveMemberToBranch,
  PartyDomainError,
  type Roll,
} from '@caucus/party';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import type { PartyContext } from '../party/party-context';
import { recordMemberChange } from '../party/record-member-change';

/** The open rolls a member is on, as party rolls holding just the member's entry. */
export async function openRollsOf(deps: AppDeps, memberId: string): Promise<Roll[]> {
  const found = await listRollsOfMember(deps.database.db, memberId, { openOnly: true });
  return found.map(({ roll, entry }) => ({
    ...roll,
    entries: [{ memberId: entry.memberId, eligible: entry.eligible, reasons: [] }],
  }));
}

/** Moves a member to another branch with an audit entry; a move off an open roll is refused with a 409 problem. */
export async function moveBranchOfMember(
  deps: AppDeps,
  context: PartyContext,
  input: { actorUserId: string; member: Member; toBranchId: string; on?: string | undefined },
): Promise<Member> {
  const rolls = await openRollsOf(deps, input.member.id);
  const check = checkBranchMove(input.member, input.toBranchId, rolls, context.tree);
  if (!check.allowed) {
    throw new ProblemError(
      check.blockingRollIds.length > 0 ? 'conflict' : 'validation-failed',
      check.explanation,
    );
  }
  let after: Member;
  try {
    after = moveMemberToBranch(
      input.member,
      input.toBranchId,
      input.on ?? context.today,
      rolls,
      context.tree,
    );
  } catch (error) {
    if (error instanceof BranchMoveBlockedError) throw new ProblemError('conflict', error.message);
    if (error instanceof PartyDomainError) throw new ProblemError('validation-failed', error.message);
    throw error;
  }
  await recordMemberChange(deps, {
    actorUserId: input.actorUserId,
    action: 'member.move_branch',
    unitId: input.member.branchId,
    before: input.member,
    after,
  });
  return after;
}
