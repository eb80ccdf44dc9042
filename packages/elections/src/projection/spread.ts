import type { Baseline } from './baseline';
import { MODEL_NAMES, type ModelName } from './model';
import { type Projection, type ProjectionRequest, project } from './project';

/** The lowest and highest seat count a party gets across the models, and each model's figure. */
export interface SeatSpread {
  min: number;
  max: number;
  byModel: Record<ModelName, number>;
}

/** The same scenario projected with all four models. */
export interface ModelComparison {
  projections: Record<ModelName, Projection>;
  /** Per party, the spread of seat counts across the models; parties ordered by their highest count. */
  spread: Record<string, SeatSpread>;
}

/** Projects one scenario with every model and reports the spread of seats per party across them. */
export function compareModels(
  baseline: Baseline,
  request: Omit<ProjectionRequest, 'model'>,
): ModelComparison {
  const entries = MODEL_NAMES.map((model) => [model, project(baseline, { ...request, model })] as const);
  const projections = Object.fromEntries(entries) as Record<ModelName, Projection>;
  const parties = new Set(entries.flatMap(([, projection]) => Object.keys(projection.seats)));
  const spread = [...parties].map((party): [string, SeatSpread] => {
    const byModel = Object.fromEntries(
      entries.map(([model, projection]) => [model, projection.seats[party] ?? 0]),
    ) as Record<ModelName, number>;
    const counts = Object.values(byModel);
    return [party, { min: Math.min(...counts), max: Math.max(...counts), byModel }];
  });
  spread.sort((a, b) => b[1].max - a[1].max || a[0].localeCompare(b[0]));
  return { projections, spread: Object.fromEntries(spread) };
}
