/** Who is making a request. Sign-in adds signed-in members as another kind. */
export type Actor = { kind: 'anonymous' };

/** The actor for a request that carries no credentials. */
export const ANONYMOUS: Actor = { kind: 'anonymous' };
