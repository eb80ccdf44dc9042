import type { ContestCandidate } from './types';

/** A winner's lead over the runner-up. */
export interface Majority {
  winner: string;
  runnerUp: string | null;
  /** Winner's votes minus runner-up's (the winner's votes if unopposed). */
  votes: number;
  /** Majority ÷ valid votes (0–1). */
  share: number;
}

/** Majority in votes and as a share of valid votes, from a contest's candidates in any order. */
export function majority(result: { candidates: readonly ContestCandidate[]; validVotes: number }): Majority {
  let first: ContestCandidate | undefined;
  let second: ContestCandidate | undefined;
  for (const candidate of result.candidates) {
    if (first === undefined || candidate.votes > first.votes) {
      second = first;
      first = candidate;
    } else if (second === undefined || candidate.votes > second.votes) {
      second = candidate;
    }
  }
  const votes = (first?.votes ?? 0) - (second?.votes ?? 0);
  return {
    winner: first?.party ?? '',
    runnerUp: second?.party ?? null,
    votes,
    share: result.validVotes === 0 ? 0 : votes / result.validVotes,
  };
}
