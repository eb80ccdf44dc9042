/**
 * Tie-breaking between candidates with equal votes. Earlier totals are searched either backward
 * (Scottish rules 49(2), 51(2): the most recent earlier stage where they differed) or forward
 * (ERS97 5.2.3, 5.2.5: the first stage, then the earliest later point where they differed).
 * With three or more tied candidates, each point where they differ keeps only those with the
 * best total there, and the search goes on among them. Candidates equal at every point are
 * separated by the final step: a lot drawn from the seeded generator, or the earliest in a tie
 * order fixed before the count.
 */
import type { Prng } from './prng';

/** How earlier totals are consulted: backward, forward, or not at all (straight to lot). */
export type TieHistoryOrder = 'backward' | 'forward' | 'none';

/** How a tie was broken: by earlier totals, by lot, or by a tie order fixed before the count. */
export type TieMethod = 'history' | 'lot' | 'tie-order';

/** The last step of a tie procedure, for candidates earlier totals do not separate. */
export interface TieFinal {
  /** How this step is reported. */
  readonly by: 'lot' | 'tie-order';
  /** Picks one of the candidates (given in ballot-paper order). */
  choose(candidates: readonly number[]): number;
}

/** Drawing lots from the seeded generator when the tie arises. */
export function lotFinal(prng: Prng): TieFinal {
  return { by: 'lot', choose: (candidates) => candidates[prng.below(candidates.length)] ?? 0 };
}

/** Taking the earliest of the candidates in an order fixed before the count. */
export function orderFinal(order: readonly number[]): TieFinal {
  const rank = new Map(order.map((candidate, position) => [candidate, position]));
  const position = (candidate: number): number => rank.get(candidate) ?? order.length + candidate;
  return {
    by: 'tie-order',
    choose: (candidates) => candidates.reduce((best, c) => (position(c) < position(best) ? c : best)),
  };
}

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

/** Picks the candidate preferred (`highest` or `lowest` earlier total) among tied candidates, by the final step if history does not separate them. */
export function breakTie(
  tied: readonly number[],
  prefer: 'highest' | 'lowest',
  history: readonly (readonly bigint[])[],
  order: TieHistoryOrder,
  final: TieFinal,
): { chosen: number; by: TieMethod } {
  const remaining = narrowByHistory(tied, prefer, history, order);
  const [only] = remaining;
  if (remaining.length === 1 && only !== undefined && order !== 'none')
    return { chosen: only, by: 'history' };
  return { chosen: final.choose(remaining), by: final.by };
}

/** Orders tied candidates from most to least preferred by repeated tie-breaks; `by` is the final step's if it was needed. */
export function orderTied(
  tied: readonly number[],
  prefer: 'highest' | 'lowest',
  history: readonly (readonly bigint[])[],
  order: TieHistoryOrder,
  final: TieFinal,
): { ordered: number[]; by: TieMethod } {
  const left = [...tied];
  const ordered: number[] = [];
  let by: TieMethod = 'history';
  while (left.length > 1) {
    const pick = breakTie(left, prefer, history, order, final);
    if (pick.by !== 'history') by = pick.by;
    ordered.push(pick.chosen);
    left.splice(left.indexOf(pick.chosen), 1);
  }
  ordered.push(...left);
  return { ordered, by };
}
