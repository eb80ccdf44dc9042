import type { Actor } from '../context/actor';
import { ProblemError } from '../http/problem';

/** The answer of a policy: allowed, or refused with a reason the user can read. */
export type Decision = { allowed: true } | { allowed: false; reason: string };

/** Allows the action. */
export const allow: Decision = { allowed: true };

/** Refuses the action with a reason. */
export function deny(reason: string): Decision {
  return { allowed: false, reason };
}

/** Throws the matching problem when a policy refuses: 401 for anonymous actors, 403 otherwise. */
export function authorize(actor: Actor, decision: Decision): void {
  if (decision.allowed) return;
  throw new ProblemError(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', decision.reason);
}
