/**
 * First past the post (one seat) and block vote (N seats): each valid paper gives one vote to
 * each of up to N marked candidates (see ballot-rules for how ranked papers are read as marks),
 * and the N candidates with most votes win. A tie for the last seat, or for the order of
 * winners, is decided by lot (or by a tie order fixed before the count).
 */
import type { BallotReport, BallotRules } from './ballot-rules';
import { tallyMarks } from './ballot-rules';
import type { Election } from './election';
import type { Stage, TieRecord } from './result';
import { orderTied, type TieFinal } from './tie-break';

/** Result of a plurality count. */
export interface PluralityOutcome {
  /** Winners, most votes first. */
  readonly elected: readonly number[];
  /** The single stage (the count of marks). */
  readonly stage: Stage;
  /** Ties that decided a seat or the order of winners. */
  readonly ties: readonly TieRecord[];
  /** What the ballot rules found. */
  readonly report: BallotReport;
}

/** Counts X votes for up to `seats` candidates per paper and elects the `seats` candidates with most votes. */
export function countPlurality(
  election: Election,
  seats: number,
  rules: BallotRules,
  tieFinal: TieFinal,
): PluralityOutcome {
  const { votes, report } = tallyMarks(election, rules, seats);
  const withdrawn = new Set(election.withdrawn);
  const running = election.candidates.map((_, index) => index).filter((index) => !withdrawn.has(index));
  running.sort((a, b) => (votes[b] ?? 0) - (votes[a] ?? 0) || a - b);
  const ties: TieRecord[] = [];
  const ranked: number[] = [];
  for (let i = 0; i < running.length && ranked.length < seats; ) {
    const value = votes[running[i] ?? 0];
    let j = i;
    while (j < running.length && votes[running[j] ?? 0] === value) j++;
    const tied = running.slice(i, j);
    if (tied.length > 1) {
      const { ordered, by } = orderTied(tied, 'highest', [], 'none', tieFinal);
      const decidesSeat = ranked.length + tied.length > seats;
      const chosen = ordered.slice(0, decidesSeat ? seats - ranked.length : ordered.length);
      ties.push({
        stage: 1,
        what: decidesSeat ? 'election' : 'order-elected',
        by,
        candidates: tied,
        chosen,
      });
      ranked.push(...ordered);
    } else {
      ranked.push(...tied);
    }
    i = j;
  }
  const elected = ranked.slice(0, seats);
  const stage: Stage = {
    stage: 1,
    action: { type: 'first' },
    totals: votes.map((v) => BigInt(v)),
    exhausted: 0n,
    truncationLoss: 0n,
    quota: null,
    elected,
    excluded: [],
  };
  return { elected, stage, ties, report };
}
