/**
 * Limits of `POST /api/count`: anyone may count without signing in, so anonymous counts get a
 * smaller body, a shorter time and a rate limit (`limiters.countByAddress`, set in http/create-deps.ts); signed-in counts get the API's whole body limit.
 */

/** Largest request body for a count without signing in, in bytes (about 70,000 ballot lines). */
export const ANONYMOUS_COUNT_BYTES = 2 * 1024 * 1024;

/** Longest a count without signing in may run, in milliseconds. */
export const ANONYMOUS_COUNT_MS = 10_000;

/** Longest a signed-in count may run, in milliseconds. */
export const SIGNED_IN_COUNT_MS = 60_000;

/** Counts that may wait for a free worker before more are refused. */
export const COUNT_QUEUE = 32;
