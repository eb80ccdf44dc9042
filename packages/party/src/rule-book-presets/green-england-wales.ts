import type { RuleBookPreset } from '../rule-book-preset';

// An example of another party's preset: the Green Party of England and Wales, from the sources in
// docs/rulebook-facts.md section C9 (greenworld.org.uk leadership guide; bright-green.org). Values the sources do not
// give are left null or empty rather than guessed; fill them in from the party's constitution.

/** The Green Party of England and Wales: an example preset for a party other than Labour. */
export const greenEnglandWales: RuleBookPreset = {
  id: 'green-england-wales',
  party: 'Green Party of England and Wales',
  title: 'Green Party of England and Wales (example)',
  effectiveFrom: '2025-01-01',
  membership: {
    continuity: { continuityStatuses: ['active', 'suspended'], gapToleranceDays: 0 },
    arrearsGraceDays: 0,
  },
  youngMembers: null,
  eligibility: {
    'leadership.vote': {
      id: 'leadership.vote',
      title: 'Vote for leader or co-leaders',
      source: 'All members elect the leader or co-leaders every two years',
      conditions: [{ kind: 'status', allowed: ['active'] }],
    },
    'leadership.stand': {
      id: 'leadership.stand',
      title: 'Stand for leader or co-leader',
      source: 'Candidates need 2 years of membership and 20 member nominations',
      conditions: [
        { kind: 'status', allowed: ['active'] },
        { kind: 'continuous_membership', minimum: { amount: 24, unit: 'months' } },
      ],
    },
  },
  offices: {
    national: [
      { key: 'chair', title: 'Chair of GPEx', authority: 'officer' },
      { key: 'secretary', title: 'Secretary', authority: 'secretary' },
    ],
    nation: [],
    region: [{ key: 'coordinator', title: 'Regional co-ordinator', authority: 'officer' }],
    clp: [
      { key: 'coordinator', title: 'Co-ordinator', authority: 'officer' },
      { key: 'secretary', title: 'Secretary', authority: 'secretary' },
      { key: 'treasurer', title: 'Treasurer', authority: 'officer' },
    ],
    branch: [],
  },
  // No role sees ethnicity: the example preset uses it for nothing.
  memberDataAccess: {
    branch_officer: ['directory'],
    branch_secretary: ['directory', 'membership', 'contact'],
    clp_officer: ['directory'],
    clp_secretary: ['directory', 'membership', 'contact'],
    regional_officer: ['directory', 'membership', 'contact'],
    national_officer: ['directory', 'membership', 'contact', 'profile'],
    admin: ['directory'],
  },
  meetings: {
    quorumFraction: null,
    quorumLocalOverrideAllowed: true,
    quorumOverrideApprovedBy: null,
    specialMeetingRequisitionFraction: null,
  },
  triggerBallot: null,
  selection: null,
  leadership: {
    // STV, which is AV for a single post; co-leader tickets run together.
    ballot: 'stv',
    registeredSupporters: false,
    affiliatedSupporters: false,
    jointTicketsAllowed: true,
    termYears: 2,
    vacancy: { parliamentaryFraction: null, anyOf: [], memberNominations: 20 },
    challenge: null,
  },
  nec: null,
  conference: null,
  includeReopenNominations: true,
  caveats: [
    { path: 'membership', note: 'continuity and arrears rules not in the sources; strict defaults used' },
    { path: 'meetings', note: 'local parties set their own quorum' },
  ],
};
