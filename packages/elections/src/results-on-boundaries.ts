import { BoundaryMismatchError } from './analysis-error';
import { indexDataset } from './dataset-index';
import type { BoundarySet, Election, ElectionDataset } from './types';
import { type PartyVotes, partyVotes } from './vote-share';

/** How a set of results on a boundary set was obtained. */
export type ResultsBasis = 'actual' | 'notional' | 'overlap-estimate';

/** Votes by party, valid votes and electorate in one seat. */
export interface SeatResult {
  code: string;
  votes: PartyVotes;
  validVotes: number;
  electorate: number;
}

/** An election's results expressed on a boundary set. */
export interface ResultsOnBoundaries {
  /** The election whose contests were used (notional 2019 stands in for the 2019 general election). */
  election: Election;
  basis: ResultsBasis;
  seats: Map<string, SeatResult>;
}

function fromContests(
  dataset: ElectionDataset,
  election: Election,
  basis: ResultsBasis,
): ResultsOnBoundaries {
  const seats = new Map<string, SeatResult>();
  for (const contest of indexDataset(dataset).contestsOf(election.id)) {
    seats.set(contest.code, {
      code: contest.code,
      votes: partyVotes(contest),
      validVotes: contest.validVotes,
      electorate: contest.electorate,
    });
  }
  return { election, basis, seats };
}

/** Shares each old seat's votes among new seats in proportion to the old seat's population in each. */
function overlapEstimate(dataset: ElectionDataset, election: Election): ResultsOnBoundaries {
  const old = fromContests(dataset, election, 'actual').seats;
  const totals = new Map<string, { votes: PartyVotes; validVotes: number; electorate: number }>();
  for (const overlap of dataset.overlaps) {
    const source = old.get(overlap.fromCode);
    if (source === undefined || overlap.fromPopulation === 0) continue;
    const weight = overlap.fromPopulation;
    const target = totals.get(overlap.toCode) ?? { votes: {}, validVotes: 0, electorate: 0 };
    for (const [party, votes] of Object.entries(source.votes)) {
      target.votes[party] = (target.votes[party] ?? 0) + votes * weight;
    }
    target.validVotes += source.validVotes * weight;
    target.electorate += source.electorate * weight;
    totals.set(overlap.toCode, target);
  }
  const seats = new Map<string, SeatResult>();
  for (const [code, total] of totals) {
    const votes: PartyVotes = {};
    for (const [party, count] of Object.entries(total.votes)) votes[party] = Math.round(count);
    seats.set(code, {
      code,
      votes,
      validVotes: Math.round(total.validVotes),
      electorate: Math.round(total.electorate),
    });
  }
  return { election, basis: 'overlap-estimate', seats };
}

/**
 * An election's results on the given boundary set. Across the 2024 boundary change the published
 * notional results are used where they exist (notional 2019 for the 2019 election, never the actual
 * 2019 results); earlier 2010-set elections are estimated by sharing each old seat's votes among the
 * new seats by population overlap.
 */
export function resultsOnBoundaries(
  dataset: ElectionDataset,
  election: Election,
  boundarySet: BoundarySet,
): ResultsOnBoundaries {
  if (election.boundarySet === boundarySet) {
    return fromContests(dataset, election, election.kind === 'notional' ? 'notional' : 'actual');
  }
  if (boundarySet === '2010') throw new BoundaryMismatchError(election.id);
  const notional = dataset.elections.find(
    (candidate) =>
      candidate.kind === 'notional' &&
      candidate.boundarySet === boundarySet &&
      candidate.date === election.date,
  );
  return notional ? fromContests(dataset, notional, 'notional') : overlapEstimate(dataset, election);
}
