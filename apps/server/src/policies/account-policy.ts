import type { Actor } from './actor';
import { allow, type Decision, deny } from './decision';

/** Only a signed-in person can see or change their own account and sessions. */
export function canManageOwnAccount(actor: Actor): Decision {
  return actor.kind === 'user' ? allow : deny('Sign in to manage your account.');
}
