import { type AreaSwing, areaSwing, type SwingRequest } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';
import { withResultsProblems } from './results-problem';

/** Two-party Butler swing over a seat or a set of seats between two elections. */
export function getAreaSwing(results: CachedResults, request: SwingRequest): AreaSwing {
  return withResultsProblems(() => areaSwing(results.dataset, request));
}
