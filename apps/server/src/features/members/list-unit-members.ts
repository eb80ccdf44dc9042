import { searchMembers } from '@caucus/db';
import { type Actor, addDays, descendantsOf, isWithin } from '@caucus/party';
import type { z } from '@hono/zod-openapi';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import { memberFromRecord, type PartyContext } from '../party/party-context';
import { presentMember } from '../party/present-member';
import type { MemberListQuerySchema } from './members.schema';

/** One page of a unit's members, searched and filtered, each redacted to what the actor may see. */
export async function listUnitMembers(
  deps: AppDeps,
  actor: Actor,
  context: PartyContext,
  unitId: string,
  query: z.infer<typeof MemberListQuerySchema>,
) {
  let branchIds = [unitId, ...descendantsOf(context.tree, unitId).map((unit) => unit.id)].filter(
    (id) => context.tree.byId.get(id)?.kind === 'branch',
  );
  if (query.branch !== undefined) {
    if (!context.tree.byId.has(query.branch) || !isWithin(context.tree, query.branch, unitId)) {
      throw new ProblemError('validation-failed', `branch "${query.branch}" is not a branch of this unit`);
    }
    branchIds = branchIds.filter((id) => id === query.branch);
  }
  const graceDays = context.preset.membership.arrearsGraceDays;
  const { total, members } = await searchMembers(deps.database.db, {
    branchIds,
    search: query.search,
    statuses: query.status === undefined ? undefined : [query.status],
    arrears:
      query.arrears === undefined
        ? undefined
        : { inArrears: query.arrears === 'yes', paidUpBefore: addDays(context.today, -graceDays) },
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    unitId,
    total,
    page: query.page,
    pageSize: query.pageSize,
    members: members.flatMap((record) => {
      const view = presentMember(actor, memberFromRecord(record), context);
      return view === null ? [] : [view];
    }),
  };
}
