import { deleteSession, deleteSessionsOfUser } from '@caucus/db';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { clearSessionCookie, writeSessionCookie } from '../../auth/session-cookie';
import type { AppDeps, AppEnv } from '../../http/env';
import { canManageOwnAccount } from '../../policies/account-policy';
import type { SignedInActor } from '../../policies/actor';
import { authorize } from '../../policies/decision';
import {
  getSessionRoute,
  redeemLinkRoute,
  requestLinkRoute,
  setPasswordRoute,
  signInRoute,
  signOutEverywhereRoute,
  signOutRoute,
} from './auth.schema';
import { presentSession } from './present-session';
import { redeemSignInLinkToken } from './redeem-sign-in-link';
import { LINK_SENT_MESSAGE, requestSignInLink } from './request-sign-in-link';
import { setPassword } from './set-password';
import { signInWithPassword } from './sign-in-with-password';
import type { StartedSession } from './start-session';

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function signedIn(c: Context<AppEnv>): SignedInActor {
  const actor = c.get('actor');
  authorize(actor, canManageOwnAccount(actor));
  // canManageOwnAccount allows only signed-in actors.
  return actor as SignedInActor;
}

/** Registers sign-in, sign-out, session and password endpoints. */
export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const respondWithSession = async (c: Context<AppEnv>, started: StartedSession) => {
    writeSessionCookie(c, deps.config, started.token, started.expiresAt);
    const grants = await deps.grantsOf(started.user.id);
    return c.json(presentSession(started.user, grants, started.csrfToken), 200 as const);
  };

  app.openapi(getSessionRoute, async (c) => {
    const actor = signedIn(c);
    return c.json(
      presentSession(
        { id: actor.userId, email: actor.email, display_name: actor.displayName, member_id: actor.memberId },
        actor.grants,
        actor.session.csrfToken,
      ),
      200,
    );
  });

  app.openapi(signInRoute, async (c) => {
    const body = c.req.valid('json');
    const started = await signInWithPassword(deps, {
      ...body,
      address: clientAddress(c),
      userAgent: c.req.header('user-agent') ?? null,
    });
    return respondWithSession(c, started);
  });

  app.openapi(requestLinkRoute, async (c) => {
    await requestSignInLink(deps, c.req.valid('json').email);
    return c.json({ message: LINK_SENT_MESSAGE }, 202);
  });

  app.openapi(redeemLinkRoute, async (c) => {
    const started = await redeemSignInLinkToken(
      deps,
      c.req.valid('json').token,
      c.req.header('user-agent') ?? null,
    );
    return respondWithSession(c, started);
  });

  app.openapi(signOutRoute, async (c) => {
    const actor = c.get('actor');
    if (actor.kind === 'user') await deleteSession(deps.database.db, actor.session.idHash);
    clearSessionCookie(c, deps.config);
    return c.body(null, 204);
  });

  app.openapi(signOutEverywhereRoute, async (c) => {
    const actor = signedIn(c);
    const ended = await deleteSessionsOfUser(deps.database.db, actor.userId);
    clearSessionCookie(c, deps.config);
    return c.json({ endedSessions: ended }, 200);
  });

  app.openapi(setPasswordRoute, async (c) => {
    const actor = signedIn(c);
    await setPassword(deps, actor, c.req.valid('json'));
    return c.body(null, 204);
  });
}
