import { changeMemberStatus, type Member, type MemberStatus, PartyDomainError } from '@caucus/party';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import type { PartyContext } from '../party/party-context';
import { recordMemberChange } from '../party/record-member-change';

/** Records a change of a member's status on a date, with an audit entry; returns the updated member. */
export async function changeStatusOfMember(
  deps: AppDeps,
  context: PartyContext,
  input: {
    actorUserId: string;
    member: Member;
    status: MemberStatus;
    on?: string | undefined;
    note?: string | undefined;
  },
): Promise<Member> {
  let after: Member;
  try {
    after = changeMemberStatus(input.member, input.status, input.on ?? context.today, input.note ?? null);
  } catch (error) {
    if (error instanceof PartyDomainError) throw new ProblemError('validation-failed', error.message);
    throw error;
  }
  if (after === input.member) return after;
  await recordMemberChange(deps, {
    actorUserId: input.actorUserId,
    action: 'member.change_status',
    unitId: input.member.branchId,
    before: input.member,
    after,
  });
  return after;
}
