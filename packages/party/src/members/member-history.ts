import type { IsoDate } from '../dates/calendar-date';
import type { Member, MemberStatus } from './member';

/** The member's status in force on a date, or null before their record begins. */
export function statusAt(member: Member, date: IsoDate): MemberStatus | null {
  let status: MemberStatus | null = null;
  for (const change of member.statusHistory) {
    if (change.on > date) break;
    status = change.status;
  }
  return status;
}

/** The member's branch on a date, or null before they joined. */
export function branchAt(member: Member, date: IsoDate): string | null {
  let branchId: string | null = null;
  for (const move of member.branchHistory) {
    if (move.on > date) break;
    branchId = move.to;
  }
  return branchId;
}
