import { type AgeBand, ageBandOf, ageOn } from '../dates/age-band';
import type { IsoDate } from '../dates/calendar-date';
import type { Member } from '../members/member';
import {
  type AccessContext,
  type MemberFieldGroup,
  memberFieldGroupOf,
  visibleMemberFieldGroups,
} from './member-field-access';
import type { Actor } from './roles';

type DirectoryField = 'id' | 'firstName' | 'lastName' | 'branchId' | 'status';

/** The part of a member record an actor may see: the directory fields always, other fields only if their group is visible. */
export type MemberView = Pick<Member, DirectoryField> &
  Partial<Omit<Member, DirectoryField>> & {
    /** The field groups included, so a page can say what is withheld. */
    readonly visibleGroups: readonly MemberFieldGroup[];
  };

/** Redaction also needs today's date, to turn a date of birth into an age band for those who may not see the date. */
export interface RedactionContext extends AccessContext {
  readonly today: IsoDate;
}

function ageBandFor(member: Member, today: IsoDate): AgeBand | null {
  if (member.dateOfBirth !== null) return ageBandOf(ageOn(member.dateOfBirth, today));
  return member.ageBand;
}

/** The view of a member an actor may see, or null when they may see nothing of them. */
export function redactMember(actor: Actor, member: Member, context: RedactionContext): MemberView | null {
  const { groups } = visibleMemberFieldGroups(actor, member, context);
  if (!groups.includes('directory')) return null;
  const view: Record<string, unknown> = { visibleGroups: groups };
  for (const [field, group] of Object.entries(memberFieldGroupOf)) {
    if (groups.includes(group)) view[field] = member[field as keyof Member];
  }
  if (groups.includes('profile') && !groups.includes('date_of_birth'))
    view.ageBand = ageBandFor(member, context.today);
  // Sound: `view` holds the directory fields (always visible here) and only Member fields with their own values.
  return view as MemberView;
}
