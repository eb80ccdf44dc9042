import type { RuleBookPreset } from '../rule-book-preset';
import {
  labourMeetingVote,
  labourMemberDataAccess,
  labourOffices,
  labourYoungMembersVote,
  youngLabour,
} from './labour-common';

// Labour rule book after the 2021 conference (the Starmer package), with the NEC's 2022 reinstatement of the
// one-year delay on CLP rule changes. Sources are those gathered in docs/rulebook-facts.md (sections C1–C8).

/** The Labour Party rule book as amended at the 2021 conference and in force since. */
export const labour2021: RuleBookPreset = {
  id: 'labour-2021',
  party: 'Labour Party',
  title: 'Labour Party rule book, 2021 onwards',
  effectiveFrom: '2021-09-29',
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
      // C1: Chapter 5 requires a freeze date; 6 months' continuous membership is the usual NEC default, which the
      // NEC may waive or shorten (davelevy.info/freeze-dates).
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
      // C1: 12 months' continuous membership and membership of a TUC-affiliated union (Rule Book 2023 as summarised
      // by the IfG; LabourList, Oct 2021, on the Old Bexley selection).
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
      // C1, C8: from 2021 by rule members must have joined at least 6 months earlier (BBC, Guardian).
      source: 'Rule Book leadership rules as amended at the 2021 conference: 6 months of membership',
      conditions: [
        { kind: 'status', allowed: ['active'] },
        { kind: 'continuous_membership', minimum: { amount: 6, unit: 'months' } },
        { kind: 'no_arrears' },
      ],
    },
    'meeting.vote': labourMeetingVote,
    'young_members.vote': labourYoungMembersVote,
  },
  offices: labourOffices,
  memberDataAccess: labourMemberDataAccess,
  meetings: {
    // C7: model standing orders' quarter; since 2021 the regional director approves a unit's own quorum.
    quorumFraction: 0.25,
    quorumLocalOverrideAllowed: true,
    quorumOverrideApprovedBy: 'regional_director',
    specialMeetingRequisitionFraction: 1 / 3,
  },
  // C2: raised to one half in 2021 (Rule Book 2022+ ch. 5 cl. IV.5.B).
  triggerBallot: {
    branchThreshold: 0.5,
    affiliateThreshold: 0.5,
    combine: 'either',
    denominator: 'branches_voting',
    sittingMpAutomaticallyShortlisted: true,
  },
  // C3, C4: 2022–24 NEC procedures.
  selection: {
    ballot: 'av_eliminate_lowest',
    longlistedBy: 'nec_panel',
    affiliateNomineesAutomaticallyLonglisted: true,
    longlist: { minWomenFraction: 0.5, minBameCandidates: 1 },
    shortlist: { minWomenFraction: 0.5, minBameCandidates: 1 },
    allWomenShortlistsDecidedBy: 'nec',
    urgentShortlistingPanel: {
      clpRepresentatives: 3,
      regionalRepresentatives: 1,
      necRepresentatives: 1,
      minDaysShortlistToHustings: 7,
    },
  },
  // C8: 20% of MPs from 2021; the CLP / affiliate route as in 2018.
  leadership: {
    ballot: 'av',
    registeredSupporters: false,
    affiliatedSupporters: true,
    jointTicketsAllowed: false,
    termYears: null,
    vacancy: {
      parliamentaryFraction: 0.2,
      anyOf: [
        { kind: 'clps', fraction: 0.05 },
        { kind: 'affiliates', minAffiliates: 3, minTradeUnions: 2, affiliatedMembershipFraction: 0.05 },
      ],
      memberNominations: null,
    },
    challenge: {
      parliamentaryFraction: 0.2,
      anyOf: [],
      memberNominations: null,
      incumbentAutomaticallyOnBallot: true,
    },
  },
  // C5: 9 CLP seats by STV (Droop) since 2020, at least 4 women, two-year terms.
  nec: { clpSeats: 9, method: 'stv_droop', minWomen: 4, termYears: 2 },
  // C6.
  conference: {
    submissionsPerUnit: 1,
    contemporaryMotionMaxHeadingWords: 10,
    contemporaryMotionMaxWords: 250,
    cardVoteClpShare: 0.5,
    cardVoteAffiliateShare: 0.5,
    clpRuleChangeDelayYears: 1,
    prioritiesPerSection: 6,
    programmeMajority: 2 / 3,
    delegates: {
      firstDelegateMembers: 749,
      membersPerExtraDelegate: 250,
      maxDelegates: 6,
      extraWomanAtWomenMembers: 100,
      extraYoungDelegateAtYoungMembers: 30,
      everySecondDelegateWoman: true,
    },
  },
  includeReopenNominations: false,
  caveats: [
    {
      path: 'eligibility.selection.vote',
      note: '6 months is common NEC practice; confirm ch. 5 cl. I wording',
    },
    {
      path: 'eligibility.selection.stand',
      note: 'disqualification as a local-government candidate also bars candidacy; not modelled',
    },
    { path: 'eligibility.meeting.vote', note: 'NEC guidance, not rule text (medium confidence)' },
    { path: 'eligibility.leadership.vote', note: 'good standing (no arrears) assumed as for other ballots' },
    {
      path: 'membership',
      note: 'no rule found for lapsed members who rejoin or arrears grace; any gap breaks continuity',
    },
    { path: 'meetings.quorumFraction', note: 'check the current model standing orders' },
    {
      path: 'triggerBallot.combine',
      note: 'either/or versus both: confirm Rule Book 2022+ ch. 5 cl. IV.5.B',
    },
    { path: 'leadership.vacancy.anyOf', note: 'whether the CLP / affiliate route survived 2021 unchanged' },
    { path: 'nec.clpSeats', note: 'NEC seat counts change often' },
    { path: 'conference.contemporaryMotionMaxWords', note: 'limits from 2012; may have changed' },
    {
      path: 'conference.clpRuleChangeDelayYears',
      note: 'abolished 2018, reinstated by the NEC in Sept 2022',
    },
  ],
};
