import type { ModelName, SwingModel } from './model';
import type { PreparedLevel } from './prepared-level';
import { proportionalSwing } from './proportional';
import { strongTransitionModel } from './stm';
import { transitionModel } from './transition';
import { uniformSwing } from './uns';

/** The model implementations by name. */
export const MODELS: Readonly<Record<ModelName, SwingModel>> = {
  uns: uniformSwing,
  proportional: proportionalSwing,
  transition: transitionModel,
  stm: strongTransitionModel,
};

/** Runs a model over every area of a prepared level; writes predicted shares of all seats into `out` (fixed seats copied). */
export function runModel(
  prepared: PreparedLevel,
  model: SwingModel,
  targets: readonly Float64Array[],
  out: Float64Array,
): void {
  const { baseline } = prepared;
  const parties = baseline.parties.length;
  out.set(baseline.shares);
  prepared.areas.forEach((area, a) => {
    const target = targets[a];
    if (target === undefined) return;
    const seat = model.prepare(area.stats, target);
    for (const i of area.seats) seat(baseline.shares, i * parties, out, i * parties);
  });
}
