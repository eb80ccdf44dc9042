import type { Shares } from './vote-share';

/**
 * The uniform two-party swing `party` needs to draw level in a seat, in share points: half its gap to
 * the leader. For a seat the party already leads, it is negative: minus the swing to the runner-up
 * that would draw level with it.
 */
export function swingNeeded(shares: Shares, party: string): number {
  const own = shares[party] ?? 0;
  let best = 0;
  for (const [other, share] of Object.entries(shares)) if (other !== party && share > best) best = share;
  return (best - own) / 2;
}
