// Test support only: baselines built directly from share tables, without a dataset.
import type { Baseline } from '../projection/baseline';

/** A baseline of English seats in one region from rows of shares (one row per seat) and optional weights. */
export function syntheticBaseline(
  parties: readonly string[],
  rows: readonly number[][],
  weights?: readonly number[],
): Baseline {
  return {
    election: 'test',
    parties,
    seats: rows.map((_, i) => ({
      code: `E${i + 1}`,
      name: `Seat ${i + 1}`,
      nation: 'England',
      regionCode: 'E12000001',
      regionName: 'North East',
      winner: '',
      fixed: false,
      fixedShares: null,
      otherLeader: null,
    })),
    shares: Float64Array.from(rows.flat()),
    weights: Float64Array.from(rows.map((_, i) => weights?.[i] ?? 1000)),
    othersLead: new Float64Array(rows.length).fill(1),
  };
}
