import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env';
import { problemDocument, problemResponse } from '../http/problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Header carrying the session's CSRF token on state-changing requests. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Protects state-changing requests: refuses cross-site ones (Sec-Fetch-Site / Origin), and for
 * signed-in sessions requires the session's CSRF token in the X-CSRF-Token header.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const refuse = (detail: string) =>
      problemResponse(problemDocument('forbidden', detail, { instance: c.req.path }));
    if (c.req.header('sec-fetch-site') === 'cross-site') {
      return refuse('Cross-site requests cannot change anything in Caucus.');
    }
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      const host = c.req.header('host');
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = undefined;
      }
      if (host && originHost !== host) {
        return refuse(`Requests from ${origin} cannot change anything in Caucus.`);
      }
    }
    const actor = c.get('actor');
    if (actor.kind === 'user') {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      const expected = actor.session.csrfToken;
      const ok = sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
      if (!ok) {
        return refuse(
          'Missing or wrong CSRF token. Send the csrfToken from GET /api/auth/session in the X-CSRF-Token header.',
        );
      }
    }
    return next();
  };
}
