import { amend } from '../amend';
import type { PartyRules } from '../party-rules';
import type { RuleBookCaveat } from '../section';
import { labour2018, labour2018Caveats } from './labour-2018';

// Labour rule book after the 2021 conference (the Starmer package): the 2018 party section with its amendments.
// Sources are those gathered in docs/rulebook-facts.md (sections C1–C8).

/** The party section of the Labour rule book as amended at the 2021 conference and in force since. */
export const labour2021: PartyRules = amend(labour2018, {
  eligibility: {
    'leadership.vote': {
      // C1, C8: from 2021 by rule members must have joined at least 6 months earlier (BBC, Guardian).
      source: 'Rule Book leadership rules as amended at the 2021 conference: 6 months of membership',
      conditions: [
        { kind: 'status', allowed: ['active'] },
        { kind: 'continuous_membership', minimum: { amount: 6, unit: 'months' } },
        { kind: 'no_arrears' },
      ],
    },
  },
});

/** Values of the 2021 party section to check against the primary documents. */
export const labour2021Caveats: readonly RuleBookCaveat[] = [
  ...labour2018Caveats.filter((caveat) => caveat.path !== 'eligibility.selection.stand'),
  {
    path: 'eligibility.selection.stand',
    note: 'disqualification as a local-government candidate also bars candidacy; not modelled',
  },
  { path: 'eligibility.leadership.vote', note: 'good standing (no arrears) assumed as for other ballots' },
];
