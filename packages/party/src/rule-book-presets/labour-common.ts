import type { MemberFieldGroup } from '../member-field-access';
import type { OfficeDefinition } from '../office';
import type { Role } from '../roles';
import type { EligibilityRule } from '../rule-book-preset';
import type { UnitKind } from '../unit';

// Data shared by the Labour presets. Chapter and clause numbers move between editions: confirm them against the
// current rule book at labour.org.uk before quoting them in the UI.

/** Young Labour: members under 27 (the conference delegate rules give an extra under-27 delegate; davelevy.info/tag/delegate). */
export const youngLabour = { name: 'Young Labour', maximumAgeExclusive: 27 } as const;

/** Voting at branch and CLP meetings, unchanged between the 2018 and 2021 rule books. */
export const labourMeetingVote: EligibilityRule = {
  id: 'meeting.vote',
  title: 'Vote at a branch or CLP meeting',
  // C1: NEC guidance limits a new member's rights for their first 8 weeks (davelevy.info/freeze-dates).
  source: 'NEC guidance on new members: 8 weeks',
  conditions: [
    { kind: 'status', allowed: ['active'] },
    { kind: 'continuous_membership', minimum: { amount: 8, unit: 'weeks' } },
    { kind: 'no_arrears' },
  ],
};

/** Voting in Young Labour elections, unchanged between the 2018 and 2021 rule books. */
export const labourYoungMembersVote: EligibilityRule = {
  id: 'young_members.vote',
  title: 'Vote in Young Labour elections',
  source: 'Young Labour: members under 27',
  conditions: [
    { kind: 'status', allowed: ['active'] },
    { kind: 'no_arrears' },
    { kind: 'age', minimum: null, maximumExclusive: youngLabour.maximumAgeExclusive },
  ],
};

/** Officers of Labour units (rule-book rules for CLPs and branches; regional and national posts are staff roles). */
export const labourOffices: Readonly<Record<UnitKind, readonly OfficeDefinition[]>> = {
  national: [
    { key: 'chair', title: 'Chair of the NEC', authority: 'officer' },
    { key: 'treasurer', title: 'Treasurer', authority: 'officer' },
    { key: 'general_secretary', title: 'General Secretary', authority: 'secretary' },
  ],
  nation: [
    { key: 'chair', title: 'Chair', authority: 'officer' },
    { key: 'secretary', title: 'General Secretary', authority: 'secretary' },
  ],
  region: [
    { key: 'chair', title: 'Chair of the regional board', authority: 'officer' },
    { key: 'womens_officer', title: "Women's officer", authority: 'officer' },
  ],
  clp: [
    { key: 'chair', title: 'Chair', authority: 'officer' },
    { key: 'vice_chair', title: 'Vice-chair', authority: 'officer' },
    { key: 'secretary', title: 'Secretary', authority: 'secretary' },
    { key: 'membership_secretary', title: 'Membership secretary', authority: 'secretary' },
    { key: 'treasurer', title: 'Treasurer', authority: 'officer' },
    { key: 'womens_officer', title: "Women's officer", authority: 'officer' },
    { key: 'bame_officer', title: 'BAME officer', authority: 'officer' },
    { key: 'youth_officer', title: 'Youth officer', authority: 'officer' },
    { key: 'disability_officer', title: 'Disability officer', authority: 'officer' },
    { key: 'lgbt_officer', title: 'LGBT+ officer', authority: 'officer' },
    { key: 'trade_union_liaison_officer', title: 'Trade union liaison officer', authority: 'officer' },
    { key: 'political_education_officer', title: 'Political education officer', authority: 'officer' },
    { key: 'campaign_coordinator', title: 'Campaign co-ordinator', authority: 'officer' },
  ],
  branch: [
    { key: 'chair', title: 'Chair', authority: 'officer' },
    { key: 'vice_chair', title: 'Vice-chair', authority: 'officer' },
    { key: 'secretary', title: 'Secretary', authority: 'secretary' },
    { key: 'treasurer', title: 'Treasurer', authority: 'officer' },
    { key: 'womens_officer', title: "Women's officer", authority: 'officer' },
    { key: 'bame_officer', title: 'BAME officer', authority: 'officer' },
    { key: 'youth_officer', title: 'Youth officer', authority: 'officer' },
  ],
};

const administration: readonly MemberFieldGroup[] = ['directory', 'membership', 'contact', 'profile'];

// Ethnicity is used only for longlist and shortlist balance, which an NEC-led panel applies (rulebook facts C3), so
// only national officers see it. Platform administrators manage accounts and structure and see only the directory
// and membership numbers.

/** Which member field groups each role sees in Labour units. */
export const labourMemberDataAccess: Readonly<Record<Role, readonly MemberFieldGroup[]>> = {
  branch_officer: ['directory'],
  branch_secretary: administration,
  clp_officer: ['directory'],
  clp_secretary: administration,
  regional_officer: administration,
  national_officer: [...administration, 'date_of_birth', 'ethnicity'],
  admin: ['directory', 'membership'],
};
