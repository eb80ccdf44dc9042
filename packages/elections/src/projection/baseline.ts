import { indexDataset } from '../dataset-index';
import { INDEPENDENT, OTHERS, SPEAKER } from '../parties';
import { resolveElection } from '../resolve-election';
import type { ContestCandidate, ElectionDataset, Nation } from '../types';
import { partyVotes, voteShares } from '../vote-share';

/** A seat in a projection baseline. */
export interface BaselineSeat {
  code: string;
  name: string;
  nation: Nation;
  regionCode: string;
  regionName: string;
  /** Winner at the base election, as a modelled party (or, for fixed seats, as the data names it). */
  winner: string;
  /** Northern Ireland seats and the Speaker's seat are not modelled: their base result is carried over. */
  fixed: boolean;
  /** For fixed seats, the base shares by party as the data names them; null for modelled seats. */
  fixedShares: Record<string, number> | null;
  /** Party of the strongest single candidate counted in Oth (e.g. "Ind", "WPB"); null if Oth had no votes. */
  otherLeader: string | null;
}

/** A base election reduced to the modelled parties, in dense arrays for fast projection. */
export interface Baseline {
  election: string;
  /** Modelled parties; always ends with Oth (everyone else). */
  parties: readonly string[];
  seats: readonly BaselineSeat[];
  /** Shares of valid votes: seat i, party j at index i × parties.length + j. */
  shares: Float64Array;
  /** Valid votes in each seat, weighting seats into national shares. */
  weights: Float64Array;
  /**
   * The strongest single Oth candidate's fraction of the Oth vote in each seat. Oth is many candidates,
   * so it wins a seat only if this fraction of its predicted share beats every modelled party.
   */
  othersLead: Float64Array;
}

/** Parties that continue an earlier one: the predecessor's base votes count as the successor's. */
export const PARTY_SUCCESSORS: Readonly<Record<string, string>> = { BRX: 'RUK' };

/**
 * Builds a projection baseline from an election's results. Every party not in `parties` (and every
 * independent) counts as Oth; a seat Oth wins is credited to its strongest single candidate's party. A predecessor in PARTY_SUCCESSORS (the Brexit Party) counts as its successor
 * (Reform UK) when only the successor is modelled. Northern Ireland seats and the Speaker's seat are fixed.
 */
export function projectionBaseline(
  dataset: ElectionDataset,
  election: number | string,
  parties: readonly string[],
): Baseline {
  const base = resolveElection(dataset, election);
  const index = indexDataset(dataset);
  const modelled = [...new Set(parties.filter((party) => party !== OTHERS && party !== INDEPENDENT)), OTHERS];
  const column = new Map(modelled.map((party, j) => [party, j]));
  for (const [before, after] of Object.entries(PARTY_SUCCESSORS)) {
    const successor = column.get(after);
    if (successor !== undefined && !column.has(before)) column.set(before, successor);
  }
  const others = modelled.length - 1;
  const contests = index.contestsOf(base.id);
  const shares = new Float64Array(contests.length * modelled.length);
  const weights = new Float64Array(contests.length);
  const othersLead = new Float64Array(contests.length);
  const seats = contests.map((contest, i): BaselineSeat => {
    const seat = index.constituency(contest.code);
    const total = contest.validVotes;
    weights[i] = total;
    const votesByParty = partyVotes(contest);
    for (const [party, votes] of Object.entries(votesByParty)) {
      const j = column.get(party) ?? others;
      shares[i * modelled.length + j] =
        (shares[i * modelled.length + j] ?? 0) + (total > 0 ? votes / total : 0);
    }
    let othersTotal = 0;
    let strongestOther: ContestCandidate | undefined;
    for (const candidate of contest.candidates) {
      if ((column.get(candidate.party) ?? others) !== others) continue;
      othersTotal += candidate.votes;
      if (strongestOther === undefined || candidate.votes > strongestOther.votes) strongestOther = candidate;
    }
    othersLead[i] = othersTotal > 0 ? (strongestOther?.votes ?? 0) / othersTotal : 0;
    const fixed = seat?.nation === 'Northern Ireland' || contest.winner === SPEAKER;
    return {
      code: contest.code,
      name: seat?.name ?? contest.code,
      nation: seat?.nation ?? 'England',
      regionCode: seat?.regionCode ?? '',
      regionName: seat?.regionName ?? '',
      winner: fixed ? contest.winner : (modelled[column.get(contest.winner) ?? others] ?? OTHERS),
      fixed,
      fixedShares: fixed ? voteShares(votesByParty, total) : null,
      otherLeader: strongestOther?.party ?? null,
    };
  });
  return { election: base.id, parties: modelled, seats, shares, weights, othersLead };
}
