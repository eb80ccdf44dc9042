import type { ByElectionAnalysis, NamedSwing } from './by-election-analysis';
import { indexDataset } from './dataset-index';
import type { ElectionDataset } from './types';
import { partyVotes, voteShares } from './vote-share';

/** A seat that would change hands. */
export interface SeatChangingHands {
  code: string;
  name: string;
  from: string;
  to: string;
}

/** What a by-election swing would do if repeated uniformly at the last general election. */
export interface RepeatedSwing {
  /** The general election the swing is applied to (the one before the by-election). */
  election: string;
  swing: NamedSwing;
  /** Seats that would change hands, smallest majority first. */
  changes: SeatChangingHands[];
  /** Net seats gained by the party the swing is towards. */
  netGain: number;
}

/**
 * Applies a by-election's two-party swing uniformly to every seat at the previous general election
 * (GB seats for a GB by-election, Northern Ireland seats for an NI one): the swing is taken from the
 * losing party's share (never below zero) and added to the gaining party's; seats whose leader
 * changes are listed.
 */
export function repeatByElectionSwing(dataset: ElectionDataset, analysis: ByElectionAnalysis): RepeatedSwing {
  const index = indexDataset(dataset);
  const { from, to, swing } = analysis.swing;
  const inNorthernIreland = index.constituency(analysis.code)?.nation === 'Northern Ireland';
  const moved: (SeatChangingHands & { margin: number })[] = [];
  for (const contest of index.contestsOf(analysis.previous.election)) {
    const seat = index.constituency(contest.code);
    if (seat === undefined || (seat.nation === 'Northern Ireland') !== inNorthernIreland) continue;
    const shares = voteShares(partyVotes(contest), contest.validVotes);
    const [loser, gainer, amount] = swing >= 0 ? [from, to, swing] : [to, from, -swing];
    const taken = Math.min(amount, shares[loser] ?? 0);
    shares[loser] = (shares[loser] ?? 0) - taken;
    shares[gainer] = (shares[gainer] ?? 0) + taken;
    let winner = contest.winner;
    for (const [party, share] of Object.entries(shares)) if (share > (shares[winner] ?? 0)) winner = party;
    if (winner !== contest.winner) {
      moved.push({
        code: seat.code,
        name: seat.name,
        from: contest.winner,
        to: winner,
        margin: contest.majority,
      });
    }
  }
  moved.sort((a, b) => a.margin - b.margin || a.code.localeCompare(b.code));
  const seatChanges = moved.map(({ margin: _margin, ...change }) => change);
  return {
    election: analysis.previous.election,
    swing: analysis.swing,
    changes: seatChanges,
    netGain: seatChanges.filter((c) => c.to === to).length - seatChanges.filter((c) => c.from === to).length,
  };
}
