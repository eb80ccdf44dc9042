import type { Tie } from './count-types';

const WHAT: Record<string, string> = {
  'surplus-order': 'which surplus to transfer first',
  exclusion: 'whom to exclude',
  election: 'whom to elect',
  'order-elected': 'the order of election',
};

const BY: Record<string, string> = {
  history: 'by the totals at the most recent earlier stage where they differed',
  lot: 'by lot (seeded draw: a recount with the same seed draws the same)',
  'tie-order': 'by the tie order fixed before the count',
  unresolved: 'not broken',
};

/** Says in words what a tie was about and how it was broken. */
export function describeTie(tie: Tie): string {
  return `Stage ${tie.stage}: ${tie.candidates.join(', ')} tied on ${WHAT[tie.what] ?? tie.what}; broken ${
    BY[tie.by] ?? tie.by
  }: ${tie.chosen.join(', ')}.`;
}
