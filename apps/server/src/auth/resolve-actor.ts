import { findLiveSession, touchSession } from '@caucus/db';
import type { MiddlewareHandler } from 'hono';
import { ANONYMOUS } from '../context/actor';
import type { AppDeps, AppEnv } from '../http/env';
import { readSessionCookie } from './session-cookie';
import { hashToken } from './tokens';

const TOUCH_EVERY_MS = 5 * 60_000;

/** Sets `actor` from the session cookie: a signed-in user with their grants, or anonymous. */
export function resolveActor(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', ANONYMOUS);
    const token = readSessionCookie(c, deps.config);
    if (token) {
      const now = new Date();
      const idHash = hashToken(token);
      const session = await findLiveSession(deps.database.db, idHash, now);
      if (session) {
        if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
          await touchSession(deps.database.db, idHash, now);
        }
        c.set('actor', {
          kind: 'user',
          userId: session.user.id,
          memberId: session.user.member_id,
          email: session.user.email,
          displayName: session.user.display_name,
          grants: await deps.grantsOf(session.user.id),
          session: { idHash, csrfToken: session.csrfToken },
        });
      }
    }
    await next();
  };
}
