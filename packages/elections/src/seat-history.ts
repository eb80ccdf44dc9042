import { indexDataset } from './dataset-index';
import { majority } from './majority';
import { findSeat } from './seat-lookup';
import { turnout } from './turnout';
import type { BoundarySet, Contest, ElectionDataset, ElectionKind } from './types';

/** One contest in a seat's history. */
export interface HistoryContest {
  date: string;
  kind: ElectionKind;
  election: string;
  winner: string;
  winnerName: string;
  majority: number;
  /** Majority ÷ valid votes (0–1). */
  majorityShare: number;
  validVotes: number;
  electorate: number;
  /** Turnout on valid votes (0–1). */
  turnout: number;
  /** Most votes first. */
  candidates: { name: string; party: string; votes: number; share: number }[];
}

/** A seat on the other boundary set that shares population with this one. */
export interface OverlapLink {
  code: string;
  name: string;
  /** Share of this seat's population in the linked seat (successors) or from it (predecessors). */
  share: number;
}

/** A seat's results over time (the `caucus results` JSON shape). */
export interface SeatHistory {
  code: string;
  name: string;
  boundarySet: BoundarySet;
  nation: string;
  region: string;
  county: string;
  /** General elections and by-elections, oldest first. */
  contests: HistoryContest[];
  /** Notional results on this seat's boundaries (e.g. 2019 on the 2024 set), oldest first. */
  notional: HistoryContest[];
  /** 2010-set seats this 2024-set seat was drawn from, largest share first (empty for 2010-set seats). */
  predecessors: OverlapLink[];
  /** 2024-set seats this 2010-set seat's population moved to, largest share first (empty for 2024-set seats). */
  successors: OverlapLink[];
}

function historyContest(contest: Contest): HistoryContest {
  const lead = majority(contest);
  return {
    date: contest.date,
    kind: contest.kind,
    election: contest.electionId,
    winner: contest.winner,
    winnerName: contest.winnerName,
    majority: lead.votes,
    majorityShare: lead.share,
    validVotes: contest.validVotes,
    electorate: contest.electorate,
    turnout: turnout(contest),
    candidates: contest.candidates.map((candidate) => ({
      name: candidate.name,
      party: candidate.party,
      votes: candidate.votes,
      share: contest.validVotes === 0 ? 0 : candidate.votes / contest.validVotes,
    })),
  };
}

/**
 * A seat's history, found by GSS code or name (see findSeat): every general election and by-election
 * on its boundaries, oldest first, with notional results and the seats across the 2024 boundary change.
 */
export function seatHistory(dataset: ElectionDataset, seat: string, boundarySet?: BoundarySet): SeatHistory {
  const found = findSeat(dataset.constituencies, seat, { boundarySet });
  const all = indexDataset(dataset)
    .contestsIn(found.code)
    .filter((contest) => contest.boundarySet === found.boundarySet);
  const link = (code: string, name: string, share: number): OverlapLink => ({ code, name, share });
  const bySize = (a: OverlapLink, b: OverlapLink): number =>
    b.share - a.share || a.code.localeCompare(b.code);
  const overlaps = dataset.overlaps.filter((overlap) =>
    found.boundarySet === '2024' ? overlap.toCode === found.code : overlap.fromCode === found.code,
  );
  return {
    code: found.code,
    name: found.name,
    boundarySet: found.boundarySet,
    nation: found.nation,
    region: found.regionName,
    county: found.county,
    contests: all.filter((contest) => contest.kind !== 'notional').map(historyContest),
    notional: all.filter((contest) => contest.kind === 'notional').map(historyContest),
    predecessors:
      found.boundarySet === '2024'
        ? overlaps
            .filter((o) => o.toPopulation > 0)
            .map((o) => link(o.fromCode, o.fromName, o.toPopulation))
            .sort(bySize)
        : [],
    successors:
      found.boundarySet === '2010'
        ? overlaps
            .filter((o) => o.fromPopulation > 0)
            .map((o) => link(o.toCode, o.toName, o.fromPopulation))
            .sort(bySize)
        : [],
  };
}
