/** An RFC 9457 problem document, as sent with `application/problem+json`. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Field-level problems for validation failures. */
  errors?: { path: string; message: string }[];
}

/** The kinds of problem the API reports; each has a section in the API docs. */
export const PROBLEM_TYPES = {
  'validation-failed': { status: 400, title: 'Your request has invalid data' },
  unauthenticated: { status: 401, title: 'You need to sign in' },
  forbidden: { status: 403, title: 'You are not allowed to do this' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'This conflicts with the current state' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'service-unavailable': { status: 503, title: 'A service Caucus depends on is unavailable' },
  'internal-error': { status: 500, title: 'Something went wrong on our side' },
} as const;

/** Name of a problem type. */
export type ProblemType = keyof typeof PROBLEM_TYPES;

/** An error that the API turns into a problem+json response. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(
    readonly problemType: ProblemType,
    readonly detail: string,
    readonly errors?: { path: string; message: string }[],
    /** Extra response headers, such as Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  /** HTTP status of this problem. */
  get status(): number {
    return PROBLEM_TYPES[this.problemType].status;
  }
}

/** Builds the problem document for a problem type. */
export function problemDocument(
  type: ProblemType,
  detail: string,
  extra: { instance?: string; errors?: { path: string; message: string }[] } = {},
): ProblemDocument {
  const known = PROBLEM_TYPES[type];
  return {
    type: `/api/docs#problem-${type}`,
    title: known.title,
    status: known.status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
}

/** A problem+json HTTP response. */
export function problemResponse(doc: ProblemDocument, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(doc), {
    status: doc.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  });
}
