import { insertSession, type UserRow } from '@caucus/db';
import { hashToken, newToken } from '../../auth/tokens';
import type { AppDeps } from '../../http/env';

/** A session just created: the cookie token (never stored) and what the client needs. */
export interface StartedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow;
}

/** Creates a session for an account. */
export async function startSession(
  deps: AppDeps,
  user: UserRow,
  userAgent: string | null,
  now: Date,
): Promise<StartedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + deps.config.sessionDays * 86_400_000);
  await insertSession(deps.database.db, {
    idHash: hashToken(token),
    userId: user.id,
    csrfToken,
    expiresAt,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt, user };
}
