import { addDays, type IsoDate } from '../dates/calendar-date';
import type { Member } from './member';

/** Whether the member is in arrears on a date: nothing paid, or paid up to a day more than `graceDays` before it. */
export function isInArrearsAt(member: Member, date: IsoDate, graceDays: number): boolean {
  return member.paidUpTo === null || addDays(member.paidUpTo, graceDays) < date;
}
