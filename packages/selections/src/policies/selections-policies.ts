import type { AccessContext, Policies } from '@caucus/party';

/** Each action of the selections domain and the kind of resource it acts on (none yet). */
export type SelectionsResources = Record<never, never>;

/** The selections domain's policies: one function per action, returning a `Decision`. */
export const selectionsPolicies: Policies<SelectionsResources, AccessContext> = {};
