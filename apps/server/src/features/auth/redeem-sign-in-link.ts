import { findUserById, recordSuccessfulSignIn, redeemSignInLink } from '@caucus/db';
import { hashToken } from '../../auth/tokens';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import { type StartedSession, startSession } from './start-session';

/** Uses a one-time link's token to start a session (it also lifts a password lock-out). */
export async function redeemSignInLinkToken(
  deps: AppDeps,
  token: string,
  userAgent: string | null,
  now = new Date(),
): Promise<StartedSession> {
  const userId = await redeemSignInLink(deps.database.db, hashToken(token), now);
  const user = userId ? await findUserById(deps.database.db, userId) : undefined;
  if (!user || user.disabled) {
    throw new ProblemError(
      'validation-failed',
      'This sign-in link is wrong, has been used, or has expired. Ask for a new one.',
    );
  }
  await recordSuccessfulSignIn(deps.database.db, user.id);
  return startSession(deps, user, userAgent, now);
}
