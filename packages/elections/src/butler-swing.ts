import type { Change, Shares } from './vote-share';

/**
 * Two-party Butler swing from party `from` to party `to` between two sets of shares: the average of
 * `to`'s gain and `from`'s loss, in share points (0.05 = 5 points). Positive means towards `to`.
 */
export function butlerSwing(before: Shares, after: Shares, from: string, to: string): number {
  const gain = (after[to] ?? 0) - (before[to] ?? 0);
  const loss = (after[from] ?? 0) - (before[from] ?? 0);
  return (gain - loss) / 2;
}

/** Butler swing from `from` to `to` given per-party share changes (as in a comparison's `shares`). */
export function butlerSwingOfChanges(
  shareChanges: Readonly<Record<string, Change>>,
  from: string,
  to: string,
): number {
  return ((shareChanges[to]?.change ?? 0) - (shareChanges[from]?.change ?? 0)) / 2;
}
