import type { Actor } from '../access/roles';

/** A policy's answer: allowed, or refused with a stable code (for programs) and a reason (for the person refused). */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: string; readonly reason: string };

/** The answer that allows an action. */
export const allowed: Decision = Object.freeze({ allowed: true });

/** The answer that refuses an action, e.g. `refused('no_covering_role', 'importing members … needs …')`. */
export function refused(code: string, reason: string): Decision {
  return { allowed: false, code, reason };
}

/**
 * A domain's policies: one function per action, keyed by the action's name (`member.view`), each judging an actor
 * against the action's resource in the domain's context. Each domain exports its own map; nothing switches over
 * the actions of every domain.
 */
export type Policies<Resources, Context> = {
  readonly [A in keyof Resources]: (actor: Actor, resource: Resources[A], context: Context) => Decision;
};

/** Asks a domain's policy whether an actor may take an action on a resource. */
export function decide<Resources, Context, A extends keyof Resources>(
  policies: Policies<Resources, Context>,
  actor: Actor,
  action: A,
  resource: Resources[A],
  context: Context,
): Decision {
  return policies[action](actor, resource, context);
}
