import type { Actor } from '@caucus/party';
import type { z } from '@hono/zod-openapi';
import { presentMember } from '../../context/present-member';
import type { PartyContext } from '../../context/request-context';
import type { UnitMembersPage } from './list-unit-members';
import type { MemberListSchema } from './members.schema';

/** A page of members, each redacted to what the actor may see (members they may not see at all are left out). */
export function presentMemberList(
  actor: Actor,
  page: UnitMembersPage,
  context: PartyContext,
): z.input<typeof MemberListSchema> {
  return {
    unitId: page.unitId,
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    members: page.members.flatMap((member) => {
      const view = presentMember(actor, member, context);
      return view === null ? [] : [view];
    }),
  };
}
