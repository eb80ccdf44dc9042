import type { Shares } from '../vote-share';
import { areaTargets } from './area-targets';
import type { Baseline } from './baseline';
import type { Level, ModelName } from './model';
import { prepareLevel } from './prepared-level';
import { MODELS, runModel } from './run-model';
import { seatTotals, winners } from './seat-winners';

/** What to project: a model, a level, Great Britain's shares, and optionally shares for some areas. */
export interface ProjectionRequest {
  model: ModelName;
  level: Level;
  /** GB shares (fractions adding up to 1; Northern Ireland is not included). */
  shares: Shares;
  /** Shares for particular nations or regions (by name, any case), overriding those derived from `shares`. */
  areaShares?: Readonly<Record<string, Shares>>;
}

/** One seat's predicted result. */
export interface ProjectedSeat {
  code: string;
  name: string;
  winner: string;
  /** Predicted shares (0–1) by party; for fixed seats, the base result. */
  shares: Record<string, number>;
  /** True for seats carried over unmodelled (Northern Ireland, the Speaker). */
  fixed: boolean;
}

/** A projection's result (the `caucus project` JSON shape). */
export interface Projection {
  model: ModelName;
  level: Level;
  /** Election the swing is applied to. */
  baseElection: string;
  /** Seats by party, most first (fixed seats included under their own parties). */
  seats: Record<string, number>;
  /** Target shares used in each area of the level. */
  areas: Record<string, Shares>;
  constituencies: ProjectedSeat[];
}

/**
 * Projects seats: applies the model in each area of the level, moving the base election's seat shares
 * to the areas' target shares. Northern Ireland and the Speaker's seat are carried over unchanged.
 */
export function project(baseline: Baseline, request: ProjectionRequest): Projection {
  const model = MODELS[request.model];
  const prepared = prepareLevel(baseline, request.level);
  const targets = areaTargets(prepared, model, request.shares, request.areaShares);
  const predicted = new Float64Array(baseline.shares.length);
  runModel(prepared, model, targets, predicted);
  const parties = baseline.parties.length;
  const seatWinners = winners(baseline, predicted);
  const toShares = (vector: ArrayLike<number>, offset: number): Record<string, number> =>
    Object.fromEntries(baseline.parties.map((party, j) => [party, vector[offset + j] ?? 0]));
  return {
    model: request.model,
    level: request.level,
    baseElection: baseline.election,
    seats: seatTotals(seatWinners),
    areas: Object.fromEntries(prepared.areas.map((area, a) => [area.name, toShares(targets[a] ?? [], 0)])),
    constituencies: baseline.seats.map((seat, i) => ({
      code: seat.code,
      name: seat.name,
      winner: seatWinners[i] ?? seat.winner,
      shares: seat.fixedShares ?? toShares(predicted, i * parties),
      fixed: seat.fixed,
    })),
  };
}
