import { type Actor, can, changeMemberStatus, type MemberStatus } from '@caucus/party';
import type { SignedInActor } from '../../context/actor';
import type { LoadedMember } from '../../context/member-record';
import type { PartyContext } from '../../context/request-context';
import { writeMember } from '../../context/write-member';
import type { AppDeps } from '../../http/env';

/** Records a change of a member's status on a date, with an audit entry; returns the updated member. */
export function changeStatusOfMember(
  deps: AppDeps,
  context: PartyContext,
  input: {
    readonly actor: SignedInActor;
    readonly party: Actor;
    readonly member: LoadedMember;
    readonly status: MemberStatus;
    readonly on?: string | undefined;
    readonly note?: string | undefined;
    readonly version?: number | undefined;
  },
): Promise<LoadedMember> {
  return writeMember(deps, {
    actor: input.actor,
    action: 'member.change_status',
    memberId: input.member.member.id,
    authorize: (current) =>
      can(
        input.party,
        'member.change_status',
        { type: 'member', memberId: current.id, branchId: current.branchId },
        context,
      ),
    expectedVersion: input.version,
    change: (member) =>
      changeMemberStatus(member, input.status, input.on ?? context.today, input.note ?? null),
  });
}
