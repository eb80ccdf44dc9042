import { deleteOtherSessions, findUserById, setPasswordHash } from '@caucus/db';
import { hashPassword, verifyPassword } from '../../auth/password';
import type { SignedInActor } from '../../context/actor';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';

/** Sets a new password; needs the current one if there is one; signs out every other session. */
export async function setPassword(
  deps: AppDeps,
  actor: SignedInActor,
  input: { currentPassword?: string | undefined; newPassword: string },
): Promise<void> {
  const user = await findUserById(deps.database.db, actor.userId);
  if (!user) throw new ProblemError('unauthenticated', 'Your account no longer exists.');
  if (user.password_hash !== null) {
    if (!input.currentPassword || !(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw new ProblemError(
        'forbidden',
        'Your current password is not right, so the password was not changed.',
      );
    }
  }
  await setPasswordHash(deps.database.db, user.id, await hashPassword(input.newPassword));
  // Whoever knew the old password may hold another session: end all but this one.
  await deleteOtherSessions(deps.database.db, user.id, actor.session.idHash);
}
