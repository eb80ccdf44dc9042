import type { AccessContext, Policies } from '@caucus/party';

/** Each action of the discipline domain and the kind of resource it acts on (none yet). */
export type DisciplineResources = Record<never, never>;

/** The discipline domain's policies: one function per action, returning a `Decision`. */
export const disciplinePolicies: Policies<DisciplineResources, AccessContext> = {};
