import type { Baseline, BaselineSeat } from '@caucus/elections';

/** A projection baseline as JSON: the typed arrays become plain number arrays. */
export interface BaselineJson {
  election: string;
  parties: string[];
  seats: BaselineSeat[];
  shares: number[];
  weights: number[];
  othersLead: number[];
}

/** Presents a baseline for the API (the browser turns the arrays back into Float64Arrays). */
export function presentBaseline(baseline: Baseline): BaselineJson {
  return {
    election: baseline.election,
    parties: [...baseline.parties],
    seats: [...baseline.seats],
    shares: Array.from(baseline.shares),
    weights: Array.from(baseline.weights),
    othersLead: Array.from(baseline.othersLead),
  };
}
