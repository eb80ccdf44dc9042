import { UnknownAreaError } from '../analysis-error';
import type { Shares } from '../vote-share';
import type { SwingModel } from './model';
import { type PreparedLevel, prepareLevel } from './prepared-level';
import { runModel } from './run-model';

/** Converts shares to a vector over the baseline's parties, scaled to add up to 1 (missing parties are 0). */
export function shareVector(parties: readonly string[], shares: Shares): Float64Array {
  const vector = Float64Array.from(parties, (party) => Math.max(0, shares[party] ?? 0));
  const sum = vector.reduce((total, share) => total + share, 0);
  return sum > 0 ? vector.map((share) => share / sum) : vector;
}

/** Each area's predicted shares: the seat predictions in it, weighted by base valid votes. */
export function aggregateAreas(prepared: PreparedLevel, predicted: Float64Array): Float64Array[] {
  const parties = prepared.baseline.parties.length;
  return prepared.areas.map((area) => {
    const totals = new Float64Array(parties);
    for (const i of area.seats) {
      const weight = prepared.baseline.weights[i] ?? 0;
      for (let j = 0; j < parties; j++)
        totals[j] = (totals[j] ?? 0) + weight * (predicted[i * parties + j] ?? 0);
    }
    return totals.map((total) => (area.weight > 0 ? total / area.weight : 0));
  });
}

/**
 * Target shares for every area of a level. At GB level, the GB shares. At nation or region level, each
 * area's result of the GB-level projection with the same model (so GB-wide input is spread over the
 * areas the model's own way), replaced by explicit per-area shares where given.
 */
export function areaTargets(
  prepared: PreparedLevel,
  model: SwingModel,
  shares: Shares,
  areaShares: Readonly<Record<string, Shares>> = {},
): Float64Array[] {
  const { baseline, level } = prepared;
  const gbTarget = shareVector(baseline.parties, shares);
  const byName = new Map(prepared.areas.map((area, a) => [area.name.toLowerCase(), a]));
  for (const name of Object.keys(areaShares)) {
    if (!byName.has(name.toLowerCase())) {
      const valid = prepared.areas.map((area) => area.name);
      throw new UnknownAreaError(level === 'region' ? 'region' : 'nation', name, valid);
    }
  }
  let targets: Float64Array[];
  if (level === 'gb') {
    targets = prepared.areas.map(() => gbTarget);
  } else {
    const gb = prepareLevel(baseline, 'gb');
    const predicted = new Float64Array(baseline.shares.length);
    runModel(gb, model, [gbTarget], predicted);
    targets = aggregateAreas(prepared, predicted);
  }
  for (const [name, explicit] of Object.entries(areaShares)) {
    const a = byName.get(name.toLowerCase());
    if (a !== undefined) targets[a] = shareVector(baseline.parties, explicit);
  }
  return targets;
}
