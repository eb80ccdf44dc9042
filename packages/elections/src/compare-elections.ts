import { resolveElection } from './resolve-election';
import {
  type ResultsBasis,
  type ResultsOnBoundaries,
  resultsOnBoundaries,
  type SeatResult,
} from './results-on-boundaries';
import { type SeatSelection, selectSeats } from './seat-selection';
import type { BoundarySet, ElectionDataset } from './types';
import { addPartyVotes, type Change, changes, type PartyVotes, voteShares } from './vote-share';

/** Two elections to compare, and which seats. */
export interface ComparisonRequest extends SeatSelection {
  /** Year or election id, e.g. 2015 or "notional2019". */
  from: number | string;
  to: number | string;
}

/** The sum of vote changes over a set of seats between two elections (the `caucus change` JSON shape). */
export interface ElectionComparison {
  from: number;
  to: number;
  /** Election ids actually compared (notional2019 stands in for 2019 across the boundary change). */
  fromElection: string;
  toElection: string;
  boundarySet: BoundarySet;
  basis: { from: ResultsBasis; to: ResultsBasis };
  /** GSS codes of the seats summed, on `boundarySet`. */
  seats: string[];
  /** Votes by party: totals at each election and the change; ordered by votes at `to`. */
  votes: Record<string, Change>;
  validVotes: Change;
  electorate: Change;
  /** Turnout on valid votes. */
  turnout: Change;
  /** Shares of valid votes (0–1). */
  shares: Record<string, Change>;
}

const change = (from: number, to: number): Change => ({ from, to, change: to - from });

interface Totals {
  votes: PartyVotes;
  validVotes: number;
  electorate: number;
}

function total(results: readonly SeatResult[]): Totals {
  let validVotes = 0;
  let electorate = 0;
  for (const result of results) {
    validVotes += result.validVotes;
    electorate += result.electorate;
  }
  return { votes: addPartyVotes(results.map((result) => result.votes)), validVotes, electorate };
}

function ordered(record: Record<string, Change>): Record<string, Change> {
  return Object.fromEntries(
    Object.entries(record).sort(([a, x], [b, y]) => y.to - x.to || y.from - x.from || a.localeCompare(b)),
  );
}

/**
 * Sums votes by party over any set of seats at two elections and gives the changes. Seats are chosen
 * by nation, region, county or list, minus exclusions. If either election is on the 2024 boundaries
 * the comparison is made on them, using the notional 2019 results for 2019 (never the actual ones)
 * and population-overlap estimates for earlier elections; `basis` says which was used.
 */
export function compareElections(dataset: ElectionDataset, request: ComparisonRequest): ElectionComparison {
  const fromElection = resolveElection(dataset, request.from);
  const toElection = resolveElection(dataset, request.to);
  const boundarySet: BoundarySet =
    fromElection.boundarySet === '2024' || toElection.boundarySet === '2024' ? '2024' : '2010';
  const before = resultsOnBoundaries(dataset, fromElection, boundarySet);
  const after = resultsOnBoundaries(dataset, toElection, boundarySet);
  const seats = selectSeats(dataset.constituencies, boundarySet, request)
    .map((seat) => seat.code)
    .filter((code) => before.seats.has(code) && after.seats.has(code));
  const pick = (results: ResultsOnBoundaries): SeatResult[] =>
    seats.flatMap((code) => {
      const result = results.seats.get(code);
      return result ? [result] : [];
    });
  const a = total(pick(before));
  const b = total(pick(after));
  const turnoutOf = (side: Totals): number => (side.electorate === 0 ? 0 : side.validVotes / side.electorate);
  return {
    from: fromElection.year,
    to: toElection.year,
    fromElection: before.election.id,
    toElection: after.election.id,
    boundarySet,
    basis: { from: before.basis, to: after.basis },
    seats,
    votes: ordered(changes(a.votes, b.votes)),
    validVotes: change(a.validVotes, b.validVotes),
    electorate: change(a.electorate, b.electorate),
    turnout: change(turnoutOf(a), turnoutOf(b)),
    shares: ordered(changes(voteShares(a.votes, a.validVotes), voteShares(b.votes, b.validVotes))),
  };
}
