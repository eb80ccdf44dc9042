import { ageBandRanges, ageOn } from './age-band';
import type { IsoDate } from './calendar-date';
import type { Member } from './member';
import type { YoungMembersRules } from './rule-book-preset';

/** Whether a member belongs to the youth section (e.g. Young Labour) on a date; null when their age is unknown or straddles the limit. */
export function isYoungMemberAt(member: Member, date: IsoDate, rules: YoungMembersRules): boolean | null {
  if (member.dateOfBirth !== null) return ageOn(member.dateOfBirth, date) < rules.maximumAgeExclusive;
  if (member.ageBand === null) return null;
  const { min, max } = ageBandRanges[member.ageBand];
  if (max !== null && max < rules.maximumAgeExclusive) return true;
  return min >= rules.maximumAgeExclusive ? false : null;
}
