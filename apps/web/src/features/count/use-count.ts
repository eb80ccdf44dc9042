import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import type { CountRequest } from './count-types';

/** Sends ballots to POST /api/count. */
export function useCount() {
  return useMutation({
    mutationFn: (request: CountRequest) => unwrap(api.POST('/api/count', { body: request })),
  });
}
