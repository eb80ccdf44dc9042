import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../api/schema';

/** The API's named schemas (generated from the server's OpenAPI document). */
export type Schemas = components['schemas'];

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

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && request.method !== 'GET') request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The typed API client: paths, parameters, bodies and answers all come from the generated OpenAPI types. */
export const api = createClient<paths>({ baseUrl: '' });
api.use(csrf);

/**
 * Waits for a typed API call and returns its data, throwing ApiError (with the server's problem document) when it
 * failed, or a network problem when the server did not answer.
 */
export async function unwrap<Data>(
  call: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<Data> {
  let result: { data?: Data; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, NETWORK_PROBLEM);
  }
  const { response } = result;
  if (!response.ok) {
    const isProblem = response.headers.get('content-type')?.includes('application/problem+json');
    throw new ApiError(response.status, isProblem ? (result.error as Problem) : undefined);
  }
  // Sound: a successful answer carries the data its OpenAPI type says (204 answers carry none).
  return result.data as Data;
}
