import { addDays, type IsoDate } from '../dates/calendar-date';
import type { Roll } from '../eligibility/frozen-roll';
import { BranchMoveBlockedError, InvalidMemberError } from '../errors';
import type { UnitTree } from '../units/unit-tree';
import { checkBranchMove } from './branch-move-check';
import type { Member, MemberStatus, StatusChange } from './member';

/** A new member's details; the status and branch histories are derived from them. */
export type NewMember = Omit<Member, 'statusHistory' | 'branchHistory'> & {
  /**
   * When the current status took effect, if later than the join date. For an active member this marks a rejoin:
   * the earlier spell is recorded as lapsing the day before, since the true lapse date is unknown.
   */
  readonly statusSince: IsoDate | null;
};

/** Builds a member record with histories from the join date, the current status and when it took effect. */
export function createMember(details: NewMember): Member {
  const { statusSince, ...member } = details;
  if (statusSince !== null && statusSince < member.joinedOn) {
    throw new InvalidMemberError(
      member.id,
      `status date ${statusSince} is before the join date ${member.joinedOn}`,
    );
  }
  const joined: StatusChange = { on: member.joinedOn, status: 'active', note: null };
  const current: StatusChange = { on: statusSince ?? member.joinedOn, status: member.status, note: null };
  let statusHistory: StatusChange[];
  if (statusSince === null || statusSince === member.joinedOn)
    statusHistory = [{ ...current, on: member.joinedOn }];
  else if (member.status !== 'active') statusHistory = [joined, current];
  else {
    const lapse = addDays(statusSince, -1);
    statusHistory = [joined, { on: lapse, status: 'lapsed', note: 'rejoined; lapse date unknown' }, current];
  }
  return {
    ...member,
    statusHistory,
    branchHistory: [{ on: member.joinedOn, from: null, to: member.branchId }],
  };
}

/** Records a change of status on a date (no change if the status is the same); throws if the date is out of order. */
export function changeMemberStatus(
  member: Member,
  status: MemberStatus,
  on: IsoDate,
  note: string | null,
): Member {
  if (status === member.status) return member;
  const last = member.statusHistory.at(-1);
  if (last !== undefined && on < last.on) {
    throw new InvalidMemberError(member.id, `status change on ${on} is before the last change on ${last.on}`);
  }
  return { ...member, status, statusHistory: [...member.statusHistory, { on, status, note }] };
}

/** Moves a member to another branch on a date (no change if already there); throws `BranchMoveBlockedError` if refused. */
export function moveMemberToBranch(
  member: Member,
  toBranchId: string,
  on: IsoDate,
  rolls: readonly Roll[],
  tree: UnitTree,
): Member {
  if (toBranchId === member.branchId) return member;
  const check = checkBranchMove(member, toBranchId, rolls, tree);
  if (!check.allowed) throw new BranchMoveBlockedError(member.id, check.explanation);
  const last = member.branchHistory.at(-1);
  if (last !== undefined && on < last.on) {
    throw new InvalidMemberError(member.id, `branch move on ${on} is before the last move on ${last.on}`);
  }
  return {
    ...member,
    branchId: toBranchId,
    branchHistory: [...member.branchHistory, { on, from: member.branchId, to: toBranchId }],
  };
}
