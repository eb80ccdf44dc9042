/**
 * Tie-breaking between candidates with equal votes. Earlier totals are searched either backward
 * (Scottish rules 49(2), 51(2): the most recent earlier stage where they differed) or forward
 * (ERS97 5.2.3, 5.2.5: the first stage, then the earliest later point where they differed).
 * With three or more tied candidates, each point where they differ keeps only those with the
 * best total there, and the search goes on among them. Candidates equal at every point are
 * separated by lot, drawn from the seeded generator.
 */
import type { Prng } from './prng';

/** How earlier totals are consulted: backward, forward, or not at all (straight to lot). */
export type TieHistoryOrder = 'backward' | 'forward' | 'none';

/** How a tie was broken: by earlier totals or by lot. */
export type TieMethod = 'history' | 'lot';

/** The tied candidates still tied after consulting earlier totals (one if the history separates them). */
export function narrowByHistory(
  tied: readonly number[],
  prefer: 'highest' | 'lowest',
  history: readonly (readonly bigint[])[],
  order: TieHistoryOrder,
): number[] {
  let remaining = [...tied].sort((a, b) => a - b);
  if (order === 'none') return remaining;
  for (let step = 0; step < history.length && remaining.length > 1; step++) {
    const snapshot = history[order === 'backward' ? history.length - 1 - step : step] ?? [];
    const value = (candidate: number): bigint => snapshot[candidate] ?? 0n;
    let best = value(remaining[0] ?? 0);
    for (const candidate of remaining) {
      const v = value(candidate);
      if (prefer === 'highest' ? v > best : v < best) best = v;
    }
    remaining = remaining.filter((candidate) => value(candidate) === best);
  }
  return remaining;
}

/** Picks the candidate preferred (`highest` or `lowest` earlier total) among tied candidates, by lot if history does not separate them. */
export function breakTie(
  tied: readonly number[],
  prefer: 'highest' | 'lowest',
  history: readonly (readonly bigint[])[],
  order: TieHistoryOrder,
  prng: Prng,
): { chosen: number; by: TieMethod } {
  const remaining = narrowByHistory(tied, prefer, history, order);
  const [only] = remaining;
  if (remaining.length === 1 && only !== undefined && order !== 'none')
    return { chosen: only, by: 'history' };
  const chosen = remaining[prng.below(remaining.length)] ?? 0;
  return { chosen, by: 'lot' };
}

/** Orders tied candidates from most to least preferred by repeated tie-breaks; `by` is `lot` if any draw was needed. */
export function orderTied(
  tied: readonly number[],
  prefer: 'highest' | 'lowest',
  history: readonly (readonly bigint[])[],
  order: TieHistoryOrder,
  prng: Prng,
): { ordered: number[]; by: TieMethod } {
  const left = [...tied];
  const ordered: number[] = [];
  let by: TieMethod = 'history';
  while (left.length > 1) {
    const pick = breakTie(left, prefer, history, order, prng);
    if (pick.by === 'lot') by = 'lot';
    ordered.push(pick.chosen);
    left.splice(left.indexOf(pick.chosen), 1);
  }
  ordered.push(...left);
  return { ordered, by };
}
