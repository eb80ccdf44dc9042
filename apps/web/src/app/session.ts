import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, type Schemas, setCsrfToken, unwrap } from '../lib/api';

/** The signed-in account as GET /api/auth/session returns it. */
export type Session = Schemas['Session'];

/** Query key of the session. */
export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await unwrap(api.GET('/api/auth/session'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Who is signed in (null when nobody is). */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** Replaces the cached session after signing in or out. */
export function useSetSession() {
  const client = useQueryClient();
  return (session: Session | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    client.setQueryData(SESSION_KEY, session);
    if (session === null) client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  };
}
