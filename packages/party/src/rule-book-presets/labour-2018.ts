import type { RuleBookPreset } from '../rule-book-preset';
import {
  labourMeetingVote,
  labourMemberDataAccess,
  labourOffices,
  labourYoungMembersVote,
  youngLabour,
} from './labour-common';

// Labour rule book after the 2018 conference (the Democracy Review). Sources are those gathered in
// docs/rulebook-facts.md (sections C1–C8).

/** The Labour Party rule book as amended at the 2018 conference, in force until the 2021 conference. */
export const labour2018: RuleBookPreset = {
  id: 'labour-2018',
  party: 'Labour Party',
  title: 'Labour Party rule book, 2018',
  effectiveFrom: '2018-09-26',
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
    'meeting.vote': labourMeetingVote,
    'young_members.vote': labourYoungMembersVote,
  },
  offices: labourOffices,
  memberDataAccess: labourMemberDataAccess,
  meetings: {
    // C7: model standing orders' quarter, varied locally with the regional executive's approval.
    quorumFraction: 0.25,
    quorumLocalOverrideAllowed: true,
    quorumOverrideApprovedBy: 'regional_executive',
    specialMeetingRequisitionFraction: 1 / 3,
  },
  // C2: one third of party branches OR one third of affiliated branches; 2019 guidance counted branches voting.
  triggerBallot: {
    branchThreshold: 1 / 3,
    affiliateThreshold: 1 / 3,
    combine: 'either',
    denominator: 'branches_voting',
    sittingMpAutomaticallyShortlisted: true,
  },
  // C3: longlisting in the CLP before the NEC-led panels of the 2022–24 procedures.
  selection: {
    ballot: 'av_eliminate_lowest',
    longlistedBy: 'clp',
    affiliateNomineesAutomaticallyLonglisted: false,
    longlist: null,
    shortlist: { minWomenFraction: 0.5, minBameCandidates: null },
    allWomenShortlistsDecidedBy: 'nec',
    urgentShortlistingPanel: null,
  },
  // C8: 10% of MPs (and MEPs) plus 5% of CLPs or 3 affiliates (2 unions) with 5% of affiliated membership.
  leadership: {
    ballot: 'av',
    registeredSupporters: true,
    affiliatedSupporters: true,
    jointTicketsAllowed: false,
    termYears: null,
    vacancy: {
      parliamentaryFraction: 0.1,
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
  // C5: 9 CLP seats, at least 4 women, elected by bloc vote until STV arrived in 2020.
  nec: { clpSeats: 9, method: 'bloc', minWomen: 4, termYears: 2 },
  // C6: the one-year delay on CLP rule changes was abolished in 2018; 10 priorities each in 2019.
  conference: {
    submissionsPerUnit: 1,
    contemporaryMotionMaxHeadingWords: 10,
    contemporaryMotionMaxWords: 250,
    cardVoteClpShare: 0.5,
    cardVoteAffiliateShare: 0.5,
    clpRuleChangeDelayYears: 0,
    prioritiesPerSection: 10,
    programmeMajority: 2 / 3,
    delegates: null,
  },
  includeReopenNominations: false,
  caveats: [
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
    {
      path: 'meetings.quorumFraction',
      note: 'a partisan source says the Democracy Review cut quorum to 5% (low confidence); verify',
    },
    { path: 'selection', note: '2018 shortlisting rules not found in the sources; gender balance assumed' },
    { path: 'conference.delegates', note: 'delegate entitlement known only from 2022' },
  ],
};
