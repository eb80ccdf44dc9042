import type { PartyRules } from '../party-rules';
import type { RuleBookCaveat } from '../section';

// An example of another party's rule book: the Green Party of England and Wales, from the sources in
// docs/rulebook-facts.md section C9 (greenworld.org.uk leadership guide; bright-green.org). Values the sources do not
// give are left null or empty rather than guessed; fill them in from the party's constitution.

/** The party section of the Green Party of England and Wales: an example for a party other than Labour. */
export const greenEnglandWales: PartyRules = {
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
};

/** Values of the Green example to check against the party's constitution. */
export const greenEnglandWalesCaveats: readonly RuleBookCaveat[] = [
  { path: 'membership', note: 'continuity and arrears rules not in the sources; strict defaults used' },
];
