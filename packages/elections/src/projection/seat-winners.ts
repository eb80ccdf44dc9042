import { OTHERS } from '../parties';
import type { Baseline } from './baseline';

/**
 * Index of the party leading seat i (ties go to the earlier party). Oth (the last column) counts only
 * with its strongest single candidate's part of the predicted Oth share.
 */
export function leadingParty(baseline: Baseline, predicted: Float64Array, i: number): number {
  const parties = baseline.parties.length;
  const others = parties - 1;
  let best = 0;
  let bestShare = predicted[i * parties] ?? 0;
  for (let j = 1; j < parties; j++) {
    const share = (predicted[i * parties + j] ?? 0) * (j === others ? (baseline.othersLead[i] ?? 0) : 1);
    if (share > bestShare) {
      best = j;
      bestShare = share;
    }
  }
  return best;
}

/** Winner label of seat i: the leading modelled party, or the strongest other candidate's party if Oth leads. */
export function winnerLabel(baseline: Baseline, i: number, leader: number): string {
  const seat = baseline.seats[i];
  if (seat === undefined) return OTHERS;
  if (seat.fixed) return seat.winner;
  return leader === baseline.parties.length - 1
    ? (seat.otherLeader ?? OTHERS)
    : (baseline.parties[leader] ?? OTHERS);
}

/** Seat winners of a run: modelled seats' leading party, fixed seats' base winner. */
export function winners(baseline: Baseline, predicted: Float64Array): string[] {
  return baseline.seats.map((_, i) => winnerLabel(baseline, i, leadingParty(baseline, predicted, i)));
}

/** Counts seats by party, most first. */
export function seatTotals(winnerList: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const winner of winnerList) counts.set(winner, (counts.get(winner) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
