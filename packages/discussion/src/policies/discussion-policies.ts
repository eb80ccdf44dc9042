import type { AccessContext, Policies } from '@caucus/party';

/** Each action of the discussion domain and the kind of resource it acts on (none yet). */
export type DiscussionResources = Record<never, never>;

/** The discussion domain's policies: one function per action, returning a `Decision`. */
export const discussionPolicies: Policies<DiscussionResources, AccessContext> = {};
