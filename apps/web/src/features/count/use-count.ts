import { useMutation } from '@tanstack/react-query';
import { apiPost } from '../../lib/api';
import type { CountResult, ElectionInput, MethodId } from './count-types';
import type { ConstraintInput } from './drafts-to-constraints';

/** What to count: a BLT text or hand-entered ballots, with the method and options. */
export interface CountRequest {
  method: MethodId;
  seats?: number;
  seed?: string;
  /** A tie order fixed before the count: names or numbers, every candidate once. */
  tieOrder?: string[];
  /** `droop`: also return a Meek count as Droop's and stv-rs's report. */
  report?: 'droop';
  blt?: string;
  election?: ElectionInput;
  constraints?: ConstraintInput[];
}

/** Sends ballots to POST /api/count. */
export function useCount() {
  return useMutation({
    mutationFn: (request: CountRequest) => apiPost<CountResult>('/api/count', request),
  });
}
