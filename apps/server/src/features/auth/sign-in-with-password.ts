import { findUserByEmail, recordFailedSignIn, recordSuccessfulSignIn } from '@caucus/db';
import { verifyPassword } from '../../auth/password';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import { type StartedSession, startSession } from './start-session';

/** Sign-in attempt details. */
export interface PasswordSignIn {
  email: string;
  password: string;
  address: string;
  userAgent: string | null;
}

/** Thrown when sign-in must wait; carries the seconds to wait for Retry-After. */
export class SignInThrottledError extends ProblemError {
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate-limited', detail, undefined, { 'retry-after': String(retryAfterSeconds) });
  }
}

const WRONG =
  'That email address and password do not match an account. Check both, or ask for a sign-in link.';

/** Checks email and password (with rate limit and lock-out) and starts a session. */
export async function signInWithPassword(
  deps: AppDeps,
  input: PasswordSignIn,
  now = new Date(),
): Promise<StartedSession> {
  const limit = await deps.limiters.signInByAddress.attempt(input.address);
  if (!limit.allowed) {
    throw new SignInThrottledError(
      `Too many sign-in attempts from your network. Try again in ${limit.retryAfterSeconds} seconds.`,
      limit.retryAfterSeconds,
    );
  }
  const user = await findUserByEmail(deps.database.db, input.email);
  if (user?.locked_until && user.locked_until > now) {
    const seconds = Math.ceil((user.locked_until.getTime() - now.getTime()) / 1000);
    throw new SignInThrottledError(
      `This account is locked after ${deps.config.signInMaxFailures} wrong passwords. Try again in ${Math.ceil(seconds / 60)} minutes, or sign in with an emailed link.`,
      seconds,
    );
  }
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || user.disabled || !ok) {
    if (user && !user.disabled) {
      const lockedUntil = await recordFailedSignIn(
        deps.database.db,
        user.id,
        deps.config.signInMaxFailures,
        deps.config.signInLockMinutes,
        now,
      );
      if (lockedUntil) {
        deps.logger.warn({ userId: user.id }, 'account locked after repeated wrong passwords');
      }
    }
    throw new ProblemError('unauthenticated', WRONG);
  }
  await recordSuccessfulSignIn(deps.database.db, user.id);
  return startSession(deps, user, input.userAgent, now);
}
