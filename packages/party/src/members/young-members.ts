import { ageBandRanges, ageOn } from '../dates/age-band';
import type { IsoDate } from '../dates/calendar-date';
import type { YoungMembersRules } from '../rule-book/party-rules';
import type { Member } from './member';

/** Whether a member belongs to the youth section (e.g. Young Labour) on a date; null when their age is unknown or straddles the limit. */
export function isYoungMemberAt(member: Member, date: IsoDate, rules: YoungMembersRules): boolean | null {
  if (member.dateOfBirth !== null) return ageOn(member.dateOfBirth, date) < rules.maximumAgeExclusive;
  if (member.ageBand === null) return null;
  const { min, max } = ageBandRanges[member.ageBand];
  if (max !== null && max < rules.maximumAgeExclusive) return true;
  return min >= rules.maximumAgeExclusive ? false : null;
}
