import { type Database, listRollsOfMember } from '@caucus/db';
import { type Actor, can, checkBranchMove, moveMemberToBranch, type Roll } from '@caucus/party';
import type { Kysely } from 'kysely';
import type { SignedInActor } from '../../context/actor';
import type { LoadedMember } from '../../context/member-record';
import type { PartyContext } from '../../context/request-context';
import { writeMember } from '../../context/write-member';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';

/** The open rolls a member is on, as party rolls holding just the member's entry. */
async function openRollsOf(db: Kysely<Database>, memberId: string): Promise<Roll[]> {
  const found = await listRollsOfMember(db, memberId, { openOnly: true });
  return found.map(({ roll, entry }) => ({
    ...roll,
    entries: [{ memberId: entry.memberId, eligible: entry.eligible, reasons: [] }],
  }));
}

/** Moves a member to another branch with an audit entry; a move off an open roll is refused with a 409 problem. */
export function moveBranchOfMember(
  deps: AppDeps,
  context: PartyContext,
  input: {
    readonly actor: SignedInActor;
    readonly party: Actor;
    readonly member: LoadedMember;
    readonly toBranchId: string;
    readonly on?: string | undefined;
    readonly version?: number | undefined;
  },
): Promise<LoadedMember> {
  return writeMember(deps, {
    actor: input.actor,
    action: 'member.move_branch',
    memberId: input.member.member.id,
    authorize: (current) =>
      can(
        input.party,
        'member.move_branch',
        {
          type: 'branch_move',
          memberId: current.id,
          fromBranchId: current.branchId,
          toBranchId: input.toBranchId,
        },
        context,
      ),
    expectedVersion: input.version,
    change: async (member, trx) => {
      const rolls = await openRollsOf(trx, member.id);
      const check = checkBranchMove(member, input.toBranchId, rolls, context.tree);
      if (!check.allowed) {
        throw new ProblemError(
          check.blockingRollIds.length > 0 ? 'conflict' : 'validation-failed',
          check.explanation,
        );
      }
      return moveMemberToBranch(member, input.toBranchId, input.on ?? context.today, rolls, context.tree);
    },
  });
}
