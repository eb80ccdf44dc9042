import type { Member, Actor as PartyActor } from '@caucus/party';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../http/env';
import { ProblemError } from '../../http/problem';
import { authorize } from '../../policies/decision';
import { partyPolicy } from '../../policies/party-policy';
import { loadMember } from '../party/load-member';
import { loadPartyContext, type PartyContext, requireUnit } from '../party/party-context';
import { presentMember } from '../party/present-member';
import { requirePartyActor } from '../party/require-party-actor';
import { changeStatusOfMember } from './change-member-status';
import { listUnitMembers } from './list-unit-members';
import { changeStatusRoute, getMemberRoute, listMembersRoute, moveBranchRoute } from './members.schema';
import { moveBranchOfMember } from './move-member-branch';

function viewOf(actor: PartyActor, member: Member, context: PartyContext) {
  const view = presentMember(actor, member, context);
  // Only reached after a policy allowed seeing the member, so their directory fields are visible.
  if (view === null) throw new ProblemError('forbidden', 'You may not see this member.');
  return view;
}

/** Registers the member list, member record, status change and branch move endpoints. */
export function registerMembersRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(listMembersRoute, async (c) => {
    const { user: actor, party } = requirePartyActor(c.get('actor'));
    const { unitId } = c.req.valid('param');
    const context = await loadPartyContext(deps.database);
    requireUnit(context, unitId);
    authorize(actor, partyPolicy(actor, 'member.list', { type: 'unit', unitId }, context));
    return c.json(await listUnitMembers(deps, party, context, unitId, c.req.valid('query')), 200);
  });

  app.openapi(getMemberRoute, async (c) => {
    const { user: actor, party } = requirePartyActor(c.get('actor'));
    const context = await loadPartyContext(deps.database);
    const member = await loadMember(deps, c.req.valid('param').memberId);
    authorize(
      actor,
      partyPolicy(
        actor,
        'member.view',
        { type: 'member', memberId: member.id, branchId: member.branchId },
        context,
      ),
    );
    return c.json(viewOf(party, member, context), 200);
  });

  app.openapi(changeStatusRoute, async (c) => {
    const { user: actor, party } = requirePartyActor(c.get('actor'));
    const context = await loadPartyContext(deps.database);
    const member = await loadMember(deps, c.req.valid('param').memberId);
    authorize(
      actor,
      partyPolicy(
        actor,
        'member.change_status',
        { type: 'member', memberId: member.id, branchId: member.branchId },
        context,
      ),
    );
    const body = c.req.valid('json');
    const after = await changeStatusOfMember(deps, context, { actorUserId: actor.userId, member, ...body });
    return c.json(viewOf(party, after, context), 200);
  });

  app.openapi(moveBranchRoute, async (c) => {
    const { user: actor, party } = requirePartyActor(c.get('actor'));
    const context = await loadPartyContext(deps.database);
    const member = await loadMember(deps, c.req.valid('param').memberId);
    const body = c.req.valid('json');
    if (!context.tree.byId.has(body.toBranchId)) {
      throw new ProblemError('validation-failed', `toBranchId: there is no unit "${body.toBranchId}"`);
    }
    authorize(
      actor,
      partyPolicy(
        actor,
        'member.move_branch',
        {
          type: 'branch_move',
          memberId: member.id,
          fromBranchId: member.branchId,
          toBranchId: body.toBranchId,
        },
        context,
      ),
    );
    const after = await moveBranchOfMember(deps, context, { actorUserId: actor.userId, member, ...body });
    return c.json(viewOf(party, after, context), 200);
  });
}
