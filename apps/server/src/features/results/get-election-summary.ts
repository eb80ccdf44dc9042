import { type BoundarySet, type ElectionSummary, electionSummary, resolveElection } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';
import { withResultsProblems } from './results-problem';

/** One hex of the election map: a seat, where it sits, and who won it. */
export interface MapHex {
  code: string;
  name: string;
  q: number;
  r: number;
  /** Winning party; null if the seat has no result at this election. */
  winner: string | null;
}

/** UK-wide totals of one election, with the hex map of its boundary set coloured by winner. */
export interface ElectionOverview extends ElectionSummary {
  boundarySet: BoundarySet;
  map: { layout: string; hexes: MapHex[] };
}

/** Seats and votes by party at a general election (by year or id), and its map. */
export function getElectionSummary(results: CachedResults, ref: string): ElectionOverview {
  return withResultsProblems(() => {
    const { dataset } = results;
    const election = resolveElection(dataset, ref);
    const summary = electionSummary(dataset, election.id);
    const winners = new Map(
      dataset.contests
        .filter((contest) => contest.electionId === election.id)
        .map((contest) => [contest.code, contest.winner]),
    );
    const layout = results.hexLayouts[election.boundarySet];
    return {
      ...summary,
      boundarySet: election.boundarySet,
      map: {
        layout: layout.layout,
        hexes: layout.hexes.map((hex) => ({
          code: hex.code,
          name: hex.name,
          q: hex.q,
          r: hex.r,
          winner: winners.get(hex.code) ?? null,
        })),
      },
    };
  });
}
