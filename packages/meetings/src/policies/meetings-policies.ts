import type { AccessContext, Policies } from '@caucus/party';

/** Each action of the meetings domain and the kind of resource it acts on (none yet). */
export type MeetingsResources = Record<never, never>;

/** The meetings domain's policies: one function per action, returning a `Decision`. */
export const meetingsPolicies: Policies<MeetingsResources, AccessContext> = {};
