import type { AccessContext, Policies } from '@caucus/party';

/** Each action of the ballots domain and the kind of resource it acts on (none yet). */
export type BallotsResources = Record<never, never>;

/** The ballots domain's policies: one function per action, returning a `Decision`. */
export const ballotsPolicies: Policies<BallotsResources, AccessContext> = {};
