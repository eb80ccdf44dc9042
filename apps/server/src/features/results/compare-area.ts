import { type ComparisonRequest, compareElections, type ElectionComparison } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';
import { withResultsProblems } from './results-problem';

/** The sum of vote changes over a set of seats between two elections. */
export function compareArea(results: CachedResults, request: ComparisonRequest): ElectionComparison {
  return withResultsProblems(() => compareElections(results.dataset, request));
}
