import { findUserByEmail, insertSignInLink } from '@caucus/db';
import { hashToken, newToken } from '../../auth/tokens';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import { SignInThrottledError } from './sign-in-with-password';

/** How long an emailed sign-in link works. */
export const LINK_MINUTES = 15;

/** The answer, the same whether or not the account exists. */
export const LINK_SENT_MESSAGE = `If an account uses that address, we have emailed it a sign-in link. The link works once, within ${LINK_MINUTES} minutes.`;

/** Emails a one-time sign-in link to the account with this address, if there is one. */
export async function requestSignInLink(deps: AppDeps, email: string, now = new Date()): Promise<void> {
  if (!deps.mailer.available) {
    throw new ProblemError(
      'service-unavailable',
      'Sign-in links cannot be sent because email is not set up on this server (SMTP_URL). Sign in with your password, or ask an administrator.',
    );
  }
  const normalised = email.trim().toLowerCase();
  const limit = await deps.limiters.linkByEmail.attempt(normalised);
  if (!limit.allowed) {
    throw new SignInThrottledError(
      `A link was sent to this address recently. Check your inbox, or try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      limit.retryAfterSeconds,
    );
  }
  const user = await findUserByEmail(deps.database.db, normalised);
  if (!user || user.disabled) return;
  const token = newToken();
  await insertSignInLink(deps.database.db, {
    tokenHash: hashToken(token),
    userId: user.id,
    expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000),
  });
  const link = `${deps.config.publicUrl}/sign-in/link#token=${token}`;
  await deps.mailer.send({
    to: user.email,
    subject: 'Your Caucus sign-in link',
    text: `Hello ${user.display_name},\n\nUse this link to sign in to Caucus. It works once, within ${LINK_MINUTES} minutes:\n\n${link}\n\nIf you did not ask for it, ignore this email: nobody can sign in without the link.\n`,
  });
}
