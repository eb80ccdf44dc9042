import type { AccessContext, Policies } from '@caucus/party';

/** Each action of the organising domain and the kind of resource it acts on (none yet). */
export type OrganisingResources = Record<never, never>;

/** The organising domain's policies: one function per action, returning a `Decision`. */
export const organisingPolicies: Policies<OrganisingResources, AccessContext> = {};
