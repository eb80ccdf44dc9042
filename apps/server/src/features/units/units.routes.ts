import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../http/env';
import { authorize } from '../../policies/decision';
import { partyPolicy } from '../../policies/party-policy';
import { loadPartyContext, requireUnit } from '../party/party-context';
import { requirePartyActor } from '../party/require-party-actor';
import { assignOfficer } from './assign-officer';
import { getUnit } from './get-unit';
import { listUnitAudit } from './list-unit-audit';
import { assignOfficerRoute, getUnitRoute, listAuditRoute, listUnitsRoute } from './units.schema';

/** Registers the unit list, unit page, officer assignment and audit log endpoints. */
export function registerUnitsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(listUnitsRoute, async (c) => {
    const { user } = requirePartyActor(c.get('actor'));
    const context = await loadPartyContext(deps.database);
    authorize(user, partyPolicy(user, 'unit.view', { type: 'unit', unitId: context.tree.root.id }, context));
    return c.json({ units: [...context.tree.byId.values()] }, 200);
  });

  app.openapi(getUnitRoute, async (c) => {
    const { user, party } = requirePartyActor(c.get('actor'));
    const { unitId } = c.req.valid('param');
    const context = await loadPartyContext(deps.database);
    const unit = requireUnit(context, unitId);
    authorize(user, partyPolicy(user, 'unit.view', { type: 'unit', unitId }, context));
    return c.json(await getUnit(deps, party, context, unit), 200);
  });

  app.openapi(assignOfficerRoute, async (c) => {
    const { user } = requirePartyActor(c.get('actor'));
    const { unitId } = c.req.valid('param');
    const context = await loadPartyContext(deps.database);
    requireUnit(context, unitId);
    authorize(user, partyPolicy(user, 'office.assign', { type: 'unit', unitId }, context));
    return c.json(
      await assignOfficer(deps, context, { actorUserId: user.userId, unitId, ...c.req.valid('json') }),
      200,
    );
  });

  app.openapi(listAuditRoute, async (c) => {
    const { user, party } = requirePartyActor(c.get('actor'));
    const { unitId } = c.req.valid('param');
    const context = await loadPartyContext(deps.database);
    requireUnit(context, unitId);
    authorize(user, partyPolicy(user, 'audit.view', { type: 'unit', unitId }, context));
    return c.json(await listUnitAudit(deps, party, context, unitId, c.req.valid('query')), 200);
  });
}
