import { UnknownByElectionError } from './analysis-error';
import { butlerSwing } from './butler-swing';
import { indexDataset } from './dataset-index';
import { majority } from './majority';
import { findSeat } from './seat-lookup';
import { turnout } from './turnout';
import type { Contest, ElectionDataset } from './types';
import { type Change, changes, partyVotes, voteShares } from './vote-share';

/** A two-party swing between named parties (positive = towards `to`). */
export interface NamedSwing {
  from: string;
  to: string;
  /** Share points (0.05 = 5 points). */
  swing: number;
}

/** A by-election compared with the general election before it in the same seat. */
export interface ByElectionAnalysis {
  code: string;
  name: string;
  date: string;
  election: string;
  winner: string;
  winnerName: string;
  majority: number;
  /** True when the winner differs from the previous general election's. */
  gain: boolean;
  previous: { election: string; date: string; winner: string; majority: number };
  turnout: Change;
  /** Shares of valid votes (0–1) at the general election and the by-election, biggest by-election share first. */
  shares: Record<string, Change>;
  /** From the previous winner to the by-election winner (or, if it held, to the by-election runner-up). */
  swing: NamedSwing;
}

/**
 * Finds a by-election by seat (code or name, either boundary set) and polling day (yyyy-mm-dd or
 * dd/mm/yyyy). The date may be left out when the seat had only one by-election.
 */
export function findByElection(dataset: ElectionDataset, seat: string, date?: string): Contest {
  const byElections = dataset.contests.filter((contest) => contest.kind === 'by-election');
  const seatsWithByElections = dataset.constituencies.filter((constituency) =>
    byElections.some((contest) => contest.code === constituency.code),
  );
  const found = findSeat(
    seatsWithByElections.length > 0 ? seatsWithByElections : dataset.constituencies,
    seat,
  );
  const inSeat = byElections.filter((contest) => contest.code === found.code);
  const dates = inSeat.map((contest) => contest.date);
  const wanted = date?.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$3-$2-$1');
  const match =
    wanted === undefined
      ? inSeat.length === 1
        ? inSeat[0]
        : undefined
      : inSeat.find((c) => c.date === wanted);
  if (match === undefined) throw new UnknownByElectionError(found.name, date ?? null, dates);
  return match;
}

/** The general election in the same seat most recently before a by-election. */
export function previousGeneralElection(dataset: ElectionDataset, byElection: Contest): Contest | undefined {
  return indexDataset(dataset)
    .contestsIn(byElection.code)
    .filter((contest) => contest.kind === 'general' && contest.date < byElection.date)
    .at(-1);
}

/**
 * Change in turnout and shares at a by-election against the previous general election in that seat,
 * and the Butler swing from the previous winner to the by-election winner (or runner-up on a hold).
 */
export function analyseByElection(dataset: ElectionDataset, byElection: Contest): ByElectionAnalysis {
  const previous = previousGeneralElection(dataset, byElection);
  const seat = indexDataset(dataset).constituency(byElection.code);
  if (previous === undefined || seat === undefined) {
    throw new UnknownByElectionError(byElection.code, byElection.date, []);
  }
  const before = voteShares(partyVotes(previous), previous.validVotes);
  const after = voteShares(partyVotes(byElection), byElection.validVotes);
  const shareChanges = Object.fromEntries(
    Object.entries(changes(before, after)).sort(([, a], [, b]) => b.to - a.to || b.from - a.from),
  );
  const defender = previous.winner;
  const challenger = byElection.winner !== defender ? byElection.winner : (byElection.runnerUp ?? defender);
  return {
    code: byElection.code,
    name: seat.name,
    date: byElection.date,
    election: byElection.electionId,
    winner: byElection.winner,
    winnerName: byElection.winnerName,
    majority: majority(byElection).votes,
    gain: byElection.winner !== previous.winner,
    previous: {
      election: previous.electionId,
      date: previous.date,
      winner: previous.winner,
      majority: majority(previous).votes,
    },
    turnout: {
      from: turnout(previous),
      to: turnout(byElection),
      change: turnout(byElection) - turnout(previous),
    },
    shares: shareChanges,
    swing: { from: defender, to: challenger, swing: butlerSwing(before, after, defender, challenger) },
  };
}
