import { type MemberQuery, searchMembers } from '@caucus/db';
import { addDays, descendantsOf, isWithin } from '@caucus/party';
import type { z } from '@hono/zod-openapi';
import { type LoadedMember, loadedMemberFromRecord } from '../../context/member-record';
import type { PartyContext } from '../../context/request-context';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import type { MemberListQuerySchema } from './members.schema';

/** One page of a unit's members, searched and filtered (the presenter redacts each to what the actor may see). */
export interface UnitMembersPage {
  readonly unitId: string;
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly members: readonly LoadedMember[];
}

/** Lists one page of a unit's members matching the search and filters. */
export async function listUnitMembers(
  deps: AppDeps,
  context: PartyContext,
  unitId: string,
  query: z.output<typeof MemberListQuerySchema>,
): Promise<UnitMembersPage> {
  let branchIds = [unitId, ...descendantsOf(context.tree, unitId).map((unit) => unit.id)].filter(
    (id) => context.tree.byId.get(id)?.kind === 'branch',
  );
  if (query.branch !== undefined) {
    if (!context.tree.byId.has(query.branch) || !isWithin(context.tree, query.branch, unitId)) {
      throw new ProblemError('validation-failed', `branch "${query.branch}" is not a branch of this unit`);
    }
    branchIds = branchIds.filter((id) => id === query.branch);
  }
  const graceDays = context.ruleBook.party.membership.arrearsGraceDays;
  const search: MemberQuery = {
    branchIds,
    search: query.search,
    statuses: query.status === undefined ? undefined : [query.status],
    arrears:
      query.arrears === undefined
        ? undefined
        : { inArrears: query.arrears === 'yes', paidUpBefore: addDays(context.today, -graceDays) },
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  const { total, members } = await searchMembers(deps.database.db, search);
  return {
    unitId,
    total,
    page: query.page,
    pageSize: query.pageSize,
    members: members.map(loadedMemberFromRecord),
  };
}
