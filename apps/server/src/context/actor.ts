/** A role held in a unit (the party model's grant). */
export interface ActorGrant {
  role: string;
  unitId: string;
}

/** A signed-in person: their account, member record (if any), roles, and session. */
export interface SignedInActor {
  kind: 'user';
  userId: string;
  memberId: string | null;
  email: string;
  displayName: string;
  grants: ActorGrant[];
  session: { idHash: string; csrfToken: string };
}

/** Who is making a request. */
export type Actor = { kind: 'anonymous' } | SignedInActor;

/** The actor for a request that carries no valid session. */
export const ANONYMOUS: Actor = { kind: 'anonymous' };
