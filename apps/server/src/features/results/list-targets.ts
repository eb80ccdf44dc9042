import { type TargetRequest, type TargetSeat, targetList } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';
import { withResultsProblems } from './results-problem';

/** A party's target seats at an election, smallest swing needed first. */
export function listTargets(results: CachedResults, request: TargetRequest): TargetSeat[] {
  return withResultsProblems(() => targetList(results.dataset, request));
}
