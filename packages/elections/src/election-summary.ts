import { indexDataset } from './dataset-index';
import { resolveElection } from './resolve-election';
import { combinedTurnout } from './turnout';
import type { ElectionDataset } from './types';
import { addPartyVotes, partyVotes, voteShares } from './vote-share';

/** UK-wide totals of one general election or notional set (the `caucus election` JSON shape). */
export interface ElectionSummary {
  year: number;
  election: string;
  label: string;
  /** Seats won by party, most first. */
  seats: Record<string, number>;
  /** Votes by party, most first. */
  votes: Record<string, number>;
  /** Shares of valid votes (0–1), in the order of `votes`. */
  shares: Record<string, number>;
  validVotes: number;
  electorate: number;
  /** Turnout on valid votes (0–1). */
  turnout: number;
}

/** Seats and votes by party, valid votes and turnout across the UK at one election (by-elections excluded). */
export function electionSummary(dataset: ElectionDataset, ref: number | string): ElectionSummary {
  const election = resolveElection(dataset, ref);
  const contests = indexDataset(dataset).contestsOf(election.id);
  const seatCounts: Record<string, number> = {};
  for (const contest of contests) seatCounts[contest.winner] = (seatCounts[contest.winner] ?? 0) + 1;
  const votes = addPartyVotes(contests.map(partyVotes));
  const validVotes = contests.reduce((sum, contest) => sum + contest.validVotes, 0);
  const byVotes = Object.entries(votes).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const seats = Object.entries(seatCounts).sort(
    (a, b) => b[1] - a[1] || (votes[b[0]] ?? 0) - (votes[a[0]] ?? 0) || a[0].localeCompare(b[0]),
  );
  const shares = voteShares(votes, validVotes);
  return {
    year: election.year,
    election: election.id,
    label: election.label,
    seats: Object.fromEntries(seats),
    votes: Object.fromEntries(byVotes),
    shares: Object.fromEntries(byVotes.map(([party]) => [party, shares[party] ?? 0])),
    validVotes,
    electorate: contests.reduce((sum, contest) => sum + contest.electorate, 0),
    turnout: combinedTurnout(contests),
  };
}
