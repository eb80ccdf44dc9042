import type { MemberFieldGroup } from '../../access/member-field-access';
import type { Role } from '../../access/roles';
import type { OfficeDefinition } from '../../offices/office';
import type { UnitKind } from '../../units/unit';
import type { EligibilityRule, PartyRules } from '../party-rules';
import type { RuleBookCaveat } from '../section';

// Labour rule book after the 2018 conference (the Democracy Review): the base edition the later ones amend.
// Sources are those gathered in docs/rulebook-facts.md (sections C1–C8). Chapter and clause numbers move between
// editions: confirm them against the current rule book at labour.org.uk before quoting them in the UI.

/** Young Labour: members under 27 (the conference delegate rules give an extra under-27 delegate; davelevy.info/tag/delegate). */
const youngLabour = { name: 'Young Labour', maximumAgeExclusive: 27 } as const;

const administration: readonly MemberFieldGroup[] = ['directory', 'membership', 'contact', 'profile'];

// Ethnicity is used only for longlist and shortlist balance, which an NEC-led panel applies (rulebook facts C3), so
// only national officers see it. Platform administrators manage accounts and structure and see only the directory
// and membership numbers.
const memberDataAccess: Readonly<Record<Role, readonly MemberFieldGroup[]>> = {
  branch_officer: ['directory'],
  branch_secretary: administration,
  clp_officer: ['directory'],
  clp_secretary: administration,
  regional_officer: administration,
  national_officer: [...administration, 'date_of_birth', 'ethnicity'],
  admin: ['directory', 'membership'],
};

// Officers of Labour units (rule-book rules for CLPs and branches; regional and national posts are staff roles).
const offices: Readonly<Record<UnitKind, readonly OfficeDefinition[]>> = {
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

const meetingVote: EligibilityRule = {
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

const youngMembersVote: EligibilityRule = {
  id: 'young_members.vote',
  title: 'Vote in Young Labour elections',
  source: 'Young Labour: members under 27',
  conditions: [
    { kind: 'status', allowed: ['active'] },
    { kind: 'no_arrears' },
    { kind: 'age', minimum: null, maximumExclusive: youngLabour.maximumAgeExclusive },
  ],
};

/** The party section of the Labour rule book as amended at the 2018 conference, in force until the 2021 conference. */
export const labour2018: PartyRules = {
  membership: {
    // Administratively suspended members remain members; lapsing, resigning or expulsion ends membership.
    continuity: { continuityStatuses: ['active', 'suspended'], gapToleranceDays: 0 },
    arrearsGraceDays: 0,
  },
  youngMembers: youngLabour,
  eligibility: {
    'selection.vote': {
      id: 'selection.vote',
      title: 'Vote in a parliamentary selection',
      // C1: Chapter 5 requires a freeze date; 6 months' continuous membership is the usual NEC default.
      source: 'Rule Book ch. 5 cl. I (freeze date); NEC procedures: 6 months at the freeze date',
      conditions: [
        { kind: 'status', allowed: ['active'] },
        { kind: 'continuous_membership', minimum: { amount: 6, unit: 'months' } },
        { kind: 'no_arrears' },
      ],
    },
    'selection.stand': {
      id: 'selection.stand',
      title: 'Stand for selection as a Westminster candidate',
      // C1: 12 months' continuous membership and a TUC-affiliated union (sources describe the 2021–23 rule book).
      source: 'Rule Book ch. 5 (parliamentary candidates): 12 months and a TUC-affiliated union',
      conditions: [
        { kind: 'status', allowed: ['active'] },
        { kind: 'continuous_membership', minimum: { amount: 12, unit: 'months' } },
        { kind: 'no_arrears' },
        { kind: 'trade_union', requirement: 'tuc_affiliated' },
      ],
    },
    'leadership.vote': {
      id: 'leadership.vote',
      title: 'Vote in a leadership election',
      // C1: before 2021 no minimum length was set by rule; the NEC fixed a freeze date for each contest
      // (12 Jan 2016 retrospectively; 20 Jan 2020), so the roll's freeze date carries the restriction.
      source: 'NEC freeze date set for each contest (2016, 2020)',
      conditions: [{ kind: 'status', allowed: ['active'] }, { kind: 'no_arrears' }],
    },
    'meeting.vote': meetingVote,
    'young_members.vote': youngMembersVote,
  },
  offices,
  memberDataAccess,
};

/** Values of the 2018 party section to check against the primary documents. */
export const labour2018Caveats: readonly RuleBookCaveat[] = [
  {
    path: 'eligibility.selection.vote',
    note: '6 months is common NEC practice; confirm ch. 5 cl. I wording',
  },
  { path: 'eligibility.selection.stand', note: 'carried back from 2021–23 sources; confirm for 2018' },
  { path: 'eligibility.meeting.vote', note: 'NEC guidance, not rule text (medium confidence)' },
  {
    path: 'membership',
    note: 'no rule found for lapsed members who rejoin or arrears grace; any gap breaks continuity',
  },
];
