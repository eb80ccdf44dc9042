import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';

/** Health report from GET /api/health. */
export interface Health {
  status: 'ok' | 'unavailable';
  version: string;
  uptimeSeconds: number;
  database: {
    engine: 'pglite' | 'postgres';
    ok: boolean;
    latencyMs: number | null;
    migrations: { applied: number; pending: number } | null;
    error?: string;
  };
}

/** Loads the service status; a 503 still carries a report, so it is data, not an error. */
export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: () => apiGet<Health>('/api/health', { allowStatus: [503] }),
    refetchInterval: 60_000,
  });
}
