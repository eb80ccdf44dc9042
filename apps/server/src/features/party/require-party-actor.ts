import type { Actor as PartyActor } from '@caucus/party';
import { ProblemError } from '../../http/problem';
import type { Actor, SignedInActor } from '../../policies/actor';
import { partyActorOf } from './party-context';

/** The signed-in actor and its party-model view; throws a 401 problem for anonymous requests. */
export function requirePartyActor(actor: Actor): { user: SignedInActor; party: PartyActor } {
  const party = partyActorOf(actor);
  if (actor.kind !== 'user' || party === null) {
    throw new ProblemError('unauthenticated', 'Sign in to see party information.');
  }
  return { user: actor, party };
}
