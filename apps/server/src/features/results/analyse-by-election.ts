import {
  analyseByElection as analyse,
  type ByElectionAnalysis,
  findByElection,
  type RepeatedSwing,
  repeatByElectionSwing,
} from '@caucus/elections';
import type { CachedResults } from './dataset-cache';
import { withResultsProblems } from './results-problem';

/** A by-election against the previous general election, and its swing repeated across the country. */
export interface ByElectionReport {
  analysis: ByElectionAnalysis;
  repeated: RepeatedSwing;
}

/** Analyses the by-election in a seat (on a date, if it had several); unknown ones are a 404. */
export function analyseByElection(results: CachedResults, seat: string, date?: string): ByElectionReport {
  return withResultsProblems(() => {
    const contest = findByElection(results.dataset, seat, date);
    const analysis = analyse(results.dataset, contest);
    return { analysis, repeated: repeatByElectionSwing(results.dataset, analysis) };
  });
}
