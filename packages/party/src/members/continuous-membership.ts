import { daysBetween, type IsoDate, wholeMonthsBetween } from '../dates/calendar-date';
import type { Member, MemberStatus } from './member';

/** How a rule book decides whether membership is continuous. */
export interface ContinuityRules {
  /** Statuses during which membership continues; moving to any other status starts a gap. */
  readonly continuityStatuses: readonly MemberStatus[];
  /** The longest gap, in days, that does not break continuity (0: only a same-day rejoin bridges). */
  readonly gapToleranceDays: number;
}

/** The unbroken spell of membership that includes a date. */
export interface ContinuousMembership {
  /** First day of the spell, or null when not a member on the date. */
  readonly since: IsoDate | null;
  /** When a gap broke continuity before `since`: the date the previous spell ended (lapse, resignation…), else null. */
  readonly previousSpellEnded: IsoDate | null;
  /** Whole months from `since` to the date (0 when not a member). */
  readonly months: number;
  /** Days from `since` to the date (0 when not a member). */
  readonly days: number;
}

/** The member's continuous membership on a date, where gaps longer than the rule book tolerates break continuity. */
export function continuousMembershipAt(
  member: Member,
  date: IsoDate,
  rules: ContinuityRules,
): ContinuousMembership {
  let since: IsoDate | null = null;
  let previousSpellEnded: IsoDate | null = null;
  let inMembership = false;
  let gapStartedOn: IsoDate | null = null;
  for (const change of member.statusHistory) {
    if (change.on > date) break;
    const continues = rules.continuityStatuses.includes(change.status);
    if (continues && !inMembership) {
      const bridged = gapStartedOn !== null && daysBetween(gapStartedOn, change.on) <= rules.gapToleranceDays;
      if (!bridged) {
        if (gapStartedOn !== null && since !== null) previousSpellEnded = gapStartedOn;
        since = change.on;
      }
      inMembership = true;
    } else if (!continues && inMembership) {
      inMembership = false;
      gapStartedOn = change.on;
    }
  }
  if (!inMembership || since === null) return { since: null, previousSpellEnded, months: 0, days: 0 };
  return {
    since,
    previousSpellEnded,
    months: wholeMonthsBetween(since, date),
    days: daysBetween(since, date),
  };
}
