import { can, visibleMemberFieldGroups } from '@caucus/party';
import { ProblemError } from '../../http/problem';
import { defineRoute, reply } from '../../http/route';
import { ImportJsonBodySchema, importMembersRoute } from './import.schema';
import { applyMembershipImport, planMembershipImport } from './import-members';
import { presentImportPlan } from './present-import-plan';

/** The membership import endpoint: a dry run, or an all-or-nothing apply. */
export const importRoutes = [
  defineRoute(importMembersRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.unit(input.params.unitId),
    authorize: async ({ party, context }, unit) =>
      can(party, 'member.import', { type: 'unit', unitId: unit.id }, await context.party()),
    run: async ({ deps, c, actor, party, context, input }, unit) => {
      const contentType = c.req.header('content-type') ?? '';
      let csv: string;
      if (contentType.includes('json')) {
        const parsed = ImportJsonBodySchema.safeParse(await c.req.json().catch(() => undefined));
        if (!parsed.success)
          throw new ProblemError('validation-failed', 'send JSON {"csv": "<the CSV text>"}');
        csv = parsed.data.csv;
      } else {
        csv = await c.req.text();
      }
      if (csv.trim() === '') throw new ProblemError('validation-failed', 'the CSV is empty');
      const access = await context.party();
      const revealGroups = visibleMemberFieldGroups(party, { id: '', branchId: unit.id }, access).groups;
      const plan = await planMembershipImport(deps.database, access, { csv, unitId: unit.id, revealGroups });
      const apply = input.query.dryRun === 'false' && !plan.hasErrors;
      const applied = apply
        ? await applyMembershipImport(deps.database, plan, { actorUserId: actor.userId, unitId: unit.id })
        : null;
      return { plan, applied, refused: input.query.dryRun === 'false' && plan.hasErrors };
    },
    present: async ({ context }, { plan, applied, refused }) => {
      const body = presentImportPlan(plan, await context.party(), applied);
      return refused ? reply<typeof importMembersRoute, 422>(422, body) : body;
    },
  }),
];
