/** An RFC 9457 problem returned by the API. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

/** A failed API call, carrying the server's problem document when there was one. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem ? problem.detail : `The server answered ${status}.`);
  }
}

const NETWORK_PROBLEM: Problem = {
  type: 'network',
  title: 'Cannot reach Caucus',
  status: 0,
  detail: 'The server did not answer. Check your connection, or whether Caucus is still running.',
};

let csrfToken: string | null = null;

/** Remembers the session's CSRF token, sent with every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function request<T>(path: string, init: RequestInit, allowStatus: number[] = []): Promise<T> {
  let res: Response;
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(init.headers as Record<string, string>),
  };
  if (csrfToken && init.method !== 'GET') headers['x-csrf-token'] = csrfToken;
  try {
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, NETWORK_PROBLEM);
  }
  if (!res.ok && !allowStatus.includes(res.status)) {
    const isProblem = res.headers.get('content-type')?.includes('application/problem+json');
    throw new ApiError(res.status, isProblem ? ((await res.json()) as Problem) : undefined);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Fetches JSON from the API, throwing ApiError with the problem document on failure. */
export function apiGet<T>(path: string, init: { allowStatus?: number[] } = {}): Promise<T> {
  return request<T>(path, { method: 'GET' }, init.allowStatus);
}

/** Posts JSON to the API and returns the JSON answer, throwing ApiError on failure. */
export function apiPost<T>(path: string, body: unknown): Promise<T> {
  return apiSend<T>('POST', path, body);
}

/** Sends a JSON body with the given method and returns the JSON answer (undefined for 204). */
export function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  return request<T>(path, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
}
