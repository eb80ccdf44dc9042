import { type BoundarySet, type SeatHistory, seatHistory } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';
import { withResultsProblems } from './results-problem';

/** A seat's full history by GSS code or name; unknown or ambiguous seats are a 404 naming the closest. */
export function getSeatHistory(results: CachedResults, seat: string, boundarySet?: BoundarySet): SeatHistory {
  return withResultsProblems(() => seatHistory(results.dataset, seat, boundarySet));
}
