import { deleteSession, deleteSessionsOfUser } from '@caucus/db';
import type { Context } from 'hono';
import { clearSessionCookie, writeSessionCookie } from '../../auth/session-cookie';
import { clientAddress } from '../../http/client-address';
import type { AppDeps, AppEnv } from '../../http/env';
import { defineRoute } from '../../http/route';
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

/** Sets the session cookie of a session just started and presents it with the account's roles. */
async function presentStarted(deps: AppDeps, c: Context<AppEnv>, started: StartedSession) {
  writeSessionCookie(c, deps.config, started.token, started.expiresAt);
  return presentSession(started.user, await deps.grantsOf(started.user.id), started.csrfToken);
}

/** Sign-in, sign-out, session and password endpoints (the account is the resource: each acts on the caller's own). */
export const authRoutes = [
  defineRoute(getSessionRoute, {
    access: 'signed-in',
    run: ({ actor }) => actor,
    present: (_request, actor) =>
      presentSession(
        { id: actor.userId, email: actor.email, display_name: actor.displayName, member_id: actor.memberId },
        actor.grants,
        actor.session.csrfToken,
      ),
  }),

  defineRoute(signInRoute, {
    access: 'public',
    run: ({ deps, c, input }) =>
      signInWithPassword(deps, {
        ...input.body,
        address: clientAddress(c),
        userAgent: c.req.header('user-agent') ?? null,
      }),
    present: ({ deps, c }, started) => presentStarted(deps, c, started),
  }),

  defineRoute(requestLinkRoute, {
    access: 'public',
    status: 202,
    run: ({ deps, input }) => requestSignInLink(deps, input.body.email),
    present: () => ({ message: LINK_SENT_MESSAGE }),
  }),

  defineRoute(redeemLinkRoute, {
    access: 'public',
    run: ({ deps, c, input }) =>
      redeemSignInLinkToken(deps, input.body.token, c.req.header('user-agent') ?? null),
    present: ({ deps, c }, started) => presentStarted(deps, c, started),
  }),

  defineRoute(signOutRoute, {
    access: 'public',
    status: 204,
    run: async ({ deps, actor }) => {
      if (actor.kind === 'user') await deleteSession(deps.database.db, actor.session.idHash);
    },
    present: ({ deps, c }) => {
      clearSessionCookie(c, deps.config);
      return null;
    },
  }),

  defineRoute(signOutEverywhereRoute, {
    access: 'signed-in',
    run: ({ deps, actor }) => deleteSessionsOfUser(deps.database.db, actor.userId),
    present: ({ deps, c }, endedSessions) => {
      clearSessionCookie(c, deps.config);
      return { endedSessions };
    },
  }),

  defineRoute(setPasswordRoute, {
    access: 'signed-in',
    status: 204,
    run: ({ deps, actor, input }) => setPassword(deps, actor, input.body),
    present: () => null,
  }),
];
