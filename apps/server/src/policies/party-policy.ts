import { type AccessContext, type Action, can, type PolicyResources } from '@caucus/party';
import { partyActorOf } from '../features/party/party-context';
import type { Actor } from './actor';
import { allow, type Decision, deny } from './decision';

/** Asks the party's policies whether the actor may take an action on a resource; anonymous actors must sign in. */
export function partyPolicy<A extends Action>(
  actor: Actor,
  action: A,
  resource: PolicyResources[A],
  context: AccessContext,
): Decision {
  const partyActor = partyActorOf(actor);
  if (partyActor === null) return deny('Sign in to see party information.');
  const decision = can(partyActor, action, resource, context);
  return decision.allowed
    ? allow
    : deny(`You are not allowed to do this: ${decision.reason.replace(/^denied: /, '')}.`);
}

/** Any signed-in person may ask about their own membership and data. */
export function canSeeOwnMembership(actor: Actor): Decision {
  return actor.kind === 'user' ? allow : deny('Sign in to see your membership.');
}
