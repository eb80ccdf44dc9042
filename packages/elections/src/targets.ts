import { UnknownPartyError } from './analysis-error';
import { indexDataset } from './dataset-index';
import { majority } from './majority';
import { resolveElection } from './resolve-election';
import { selectSeats } from './seat-selection';
import { swingNeeded } from './swing-needed';
import type { ElectionDataset } from './types';
import { addPartyVotes, partyVotes, voteShares } from './vote-share';

/** Whose targets, at which election, and where. */
export interface TargetRequest {
  /** Party abbreviation as in the data (Con, Lab, LD, RUK, Green, SNP, PC…). */
  party: string;
  /** Year or election id. */
  election: number | string;
  nation?: string;
  region?: string;
  county?: string;
  /** Return at most this many seats. */
  limit?: number;
}

/** A seat the party does not hold, with the swing it needs. */
export interface TargetSeat {
  /** 1 = the seat needing the smallest swing. */
  rank: number;
  code: string;
  name: string;
  nation: string;
  region: string;
  county: string;
  /** Party that won it. */
  holder: string;
  holderShare: number;
  partyShare: number;
  /** Holder's majority over the runner-up, in votes. */
  majority: number;
  /** Uniform two-party swing from the holder the party needs, in share points (0.01 = 1 point). */
  swingNeeded: number;
}

/**
 * A party's target list: seats it contested but did not win at an election, ordered by the swing it
 * needs to take them (smallest first), optionally limited to a nation, region or county.
 */
export function targetList(dataset: ElectionDataset, request: TargetRequest): TargetSeat[] {
  const election = resolveElection(dataset, request.election);
  const index = indexDataset(dataset);
  const contests = index.contestsOf(election.id);
  const totals = addPartyVotes(contests.map(partyVotes));
  if (!(request.party in totals)) {
    const available = Object.entries(totals)
      .sort((a, b) => b[1] - a[1])
      .map(([party]) => party);
    throw new UnknownPartyError(request.party, election.id, available);
  }
  const seats = new Map(
    selectSeats(dataset.constituencies, election.boundarySet, {
      nation: request.nation,
      region: request.region,
      county: request.county,
    }).map((seat) => [seat.code, seat]),
  );
  const targets = contests.flatMap((contest) => {
    const seat = seats.get(contest.code);
    const votes = partyVotes(contest);
    if (seat === undefined || contest.winner === request.party || !(votes[request.party] ?? 0)) return [];
    const shares = voteShares(votes, contest.validVotes);
    return [
      {
        rank: 0,
        code: seat.code,
        name: seat.name,
        nation: seat.nation,
        region: seat.regionName,
        county: seat.county,
        holder: contest.winner,
        holderShare: shares[contest.winner] ?? 0,
        partyShare: shares[request.party] ?? 0,
        majority: majority(contest).votes,
        swingNeeded: swingNeeded(shares, request.party),
      },
    ];
  });
  targets.sort((a, b) => a.swingNeeded - b.swingNeeded || a.code.localeCompare(b.code));
  return targets
    .slice(0, request.limit ?? targets.length)
    .map((target, position) => ({ ...target, rank: position + 1 }));
}
