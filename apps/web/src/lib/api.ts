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

async function request<T>(path: string, init: RequestInit, allowStatus: number[] = []): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    throw new ApiError(0, NETWORK_PROBLEM);
  }
  if (!res.ok && !allowStatus.includes(res.status)) {
    const isProblem = res.headers.get('content-type')?.includes('application/problem+json');
    throw new ApiError(res.status, isProblem ? ((await res.json()) as Problem) : undefined);
  }
  return (await res.json()) as T;
}

/** Fetches JSON from the API, throwing ApiError with the problem document on failure. */
export function apiGet<T>(path: string, init: { allowStatus?: number[] } = {}): Promise<T> {
  return request<T>(path, { method: 'GET' }, init.allowStatus);
}

/** Posts JSON to the API and returns the JSON answer, throwing ApiError on failure. */
export function apiPost<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
}
