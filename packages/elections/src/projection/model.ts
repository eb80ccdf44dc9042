/** The four seat-projection models. */
export type ModelName = 'uns' | 'proportional' | 'transition' | 'stm';

/** All models, in the order results list them. */
export const MODEL_NAMES: readonly ModelName[] = ['uns', 'proportional', 'transition', 'stm'];

/** The geography a model is applied over: one swing for Great Britain, per nation, or per region. */
export type Level = 'gb' | 'nation' | 'region';

/** All levels, widest first. */
export const LEVELS: readonly Level[] = ['gb', 'nation', 'region'];

/** An area's baseline: its national shares and, for the strong transition model, weak and strong totals. */
export interface AreaStats {
  /** Party shares of the area's valid votes at the base election, E(i). */
  shares: Float64Array;
  /** Votes up to the strong-supporter threshold in each seat, as a share of the area's valid votes, W(i). */
  weak: Float64Array;
  /** Votes above that threshold, as a share of the area's valid votes, S(i). */
  strong: Float64Array;
}

/** Predicts one seat: reads parties.length shares at `offset` of `base` and writes them at `outOffset` of `out`. */
export type SeatProjector = (
  base: Float64Array,
  offset: number,
  out: Float64Array,
  outOffset: number,
) => void;

/** A projection model: given an area's baseline and target shares P(i), returns the seat-level rule. */
export interface SwingModel {
  readonly name: ModelName;
  prepare(area: AreaStats, target: Float64Array): SeatProjector;
}

/** Scales a seat's shares to add up to 1 (left alone if they are all zero). */
export function normaliseSeat(out: Float64Array, offset: number, parties: number): void {
  let sum = 0;
  for (let j = 0; j < parties; j++) sum += out[offset + j] ?? 0;
  if (sum <= 0) return;
  for (let j = 0; j < parties; j++) out[offset + j] = (out[offset + j] ?? 0) / sum;
}
