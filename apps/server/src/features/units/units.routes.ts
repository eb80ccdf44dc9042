import { can } from '@caucus/party';
import { defineRoute } from '../../http/route';
import { assignOfficer } from './assign-officer';
import { getUnit } from './get-unit';
import { listUnitAudit } from './list-unit-audit';
import { presentAudit } from './present-audit';
import { presentUnit } from './present-unit';
import { assignOfficerRoute, getUnitRoute, listAuditRoute, listUnitsRoute } from './units.schema';

/** The unit list, unit page, officer assignment and audit log endpoints. */
export const unitsRoutes = [
  defineRoute(listUnitsRoute, {
    access: 'signed-in',
    load: ({ context }) => context.party(),
    authorize: ({ party }, context) =>
      can(party, 'unit.view', { type: 'unit', unitId: context.tree.root.id }, context),
    run: (_request, context) => [...context.tree.byId.values()],
    present: (_request, units) => ({ units }),
  }),

  defineRoute(getUnitRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.unit(input.params.unitId),
    authorize: async ({ party, context }, unit) =>
      can(party, 'unit.view', { type: 'unit', unitId: unit.id }, await context.party()),
    run: async ({ deps, context }, unit) => getUnit(deps, await context.party(), unit),
    present: async ({ party, context }, detail) => presentUnit(party, detail, await context.party()),
  }),

  defineRoute(assignOfficerRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.unit(input.params.unitId),
    authorize: async ({ party, context }, unit) =>
      can(party, 'office.assign', { type: 'unit', unitId: unit.id }, await context.party()),
    run: async ({ deps, actor, context, input }, unit) =>
      assignOfficer(deps, context, await context.party(), {
        actorUserId: actor.userId,
        unitId: unit.id,
        ...input.body,
      }),
    present: (_request, officer) => officer,
  }),

  defineRoute(listAuditRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.unit(input.params.unitId),
    authorize: async ({ party, context }, unit) =>
      can(party, 'audit.view', { type: 'unit', unitId: unit.id }, await context.party()),
    run: async ({ deps, context, input }, unit) =>
      listUnitAudit(deps, await context.party(), unit.id, input.query),
    present: async ({ party, context }, records) => presentAudit(party, records, await context.party()),
  }),
];
