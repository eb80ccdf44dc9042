/**
 * Yes/no/abstain votes (motions, rule changes, ballots of members): the options are candidates
 * named "Yes", "No" and optionally "Abstain" (any letter case). Each paper's first preference
 * is its vote. The proposal passes if yes ÷ (yes + no) exceeds the threshold (or reaches it, when
 * `inclusive`); abstentions are reported but do not count towards either side.
 */
import { type BallotReport, type BallotRules, tallyMarks } from './ballot-rules';
import type { Election } from './election';
import { CountOptionsError } from './errors';
import type { ReferendumOutcome, Stage } from './result';

/** Share of yes votes among yes + no needed to pass. */
export interface ReferendumThreshold {
  /** Numerator of the share, e.g. 2 for two thirds. */
  readonly numerator: number;
  /** Denominator of the share, e.g. 3 for two thirds. */
  readonly denominator: number;
  /** Whether reaching the share exactly passes (true for "at least two thirds"). */
  readonly inclusive?: boolean;
}

/** A simple majority: more yes than no. */
export const SIMPLE_MAJORITY: ReferendumThreshold = { numerator: 1, denominator: 2, inclusive: false };

/** Tallies a yes/no/abstain vote; throws CountOptionsError if the options are not named Yes, No (and Abstain). */
export function countReferendum(
  election: Election,
  rules: BallotRules,
  threshold: ReferendumThreshold,
): { outcome: ReferendumOutcome; stage: Stage; report: BallotReport } {
  const find = (label: string): number =>
    election.candidates.findIndex((name) => name.trim().toLowerCase() === label);
  const yesIndex = find('yes');
  const noIndex = find('no');
  const abstainIndex = find('abstain');
  const named = [yesIndex, noIndex, abstainIndex].filter((index) => index >= 0).length;
  if (yesIndex < 0 || noIndex < 0 || named !== election.candidates.length) {
    throw new CountOptionsError(
      'method',
      'a referendum needs options named exactly "Yes", "No" and optionally "Abstain".',
    );
  }
  const { numerator, denominator } = threshold;
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 1) {
    throw new CountOptionsError('threshold', 'the threshold must be a fraction of whole numbers.');
  }
  if (numerator > denominator) throw new CountOptionsError('threshold', 'the threshold cannot exceed 1.');
  const { votes, report } = tallyMarks(election, rules, 1);
  const yes = votes[yesIndex] ?? 0;
  const no = votes[noIndex] ?? 0;
  const needed = BigInt(numerator) * BigInt(yes + no);
  const share = BigInt(yes) * BigInt(denominator);
  const inclusive = threshold.inclusive ?? false;
  const passed = yes > 0 && (inclusive ? share >= needed : share > needed);
  const outcome: ReferendumOutcome = {
    passed,
    yes,
    no,
    abstain: abstainIndex < 0 ? 0 : (votes[abstainIndex] ?? 0),
    threshold: { numerator, denominator, inclusive },
  };
  const stage: Stage = {
    stage: 1,
    action: { type: 'first' },
    totals: votes.map((v) => BigInt(v)),
    exhausted: 0n,
    truncationLoss: 0n,
    quota: null,
    elected: [passed ? yesIndex : noIndex],
    excluded: [],
  };
  return { outcome, stage, report };
}
