import { type Actor as PartyActor, type Role, roles } from '@caucus/party';
import type { Actor } from './actor';

function isRole(role: string): role is Role {
  return (roles as readonly string[]).includes(role);
}

/** The party model's view of a request's actor: none for anonymous requests. */
export function partyActorOf(actor: Actor): PartyActor | null {
  if (actor.kind !== 'user') return null;
  return {
    userId: actor.userId,
    memberId: actor.memberId,
    grants: actor.grants.flatMap((grant) =>
      isRole(grant.role) ? [{ role: grant.role, unitId: grant.unitId }] : [],
    ),
  };
}
