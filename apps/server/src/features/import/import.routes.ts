import { visibleMemberFieldGroups } from '@caucus/party';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../http/env';
import { ProblemError } from '../../http/problem';
import { authorize } from '../../policies/decision';
import { partyPolicy } from '../../policies/party-policy';
import { loadPartyContext, requireUnit } from '../party/party-context';
import { requirePartyActor } from '../party/require-party-actor';
import { ImportJsonBodySchema, importMembersRoute } from './import.schema';
import { applyMembershipImport, planMembershipImport } from './import-members';
import { presentImportPlan } from './present-import-plan';

/** Registers the membership import endpoint. */
export function registerImportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(importMembersRoute, async (c) => {
    const { user, party } = requirePartyActor(c.get('actor'));
    const { unitId } = c.req.valid('param');
    const dryRun = c.req.valid('query').dryRun === 'true';
    const context = await loadPartyContext(deps.database);
    requireUnit(context, unitId);
    authorize(user, partyPolicy(user, 'member.import', { type: 'unit', unitId }, context));
    const contentType = c.req.header('content-type') ?? '';
    let csv: string;
    if (contentType.includes('json')) {
      const parsed = ImportJsonBodySchema.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) throw new ProblemError('validation-failed', 'send JSON {"csv": "<the CSV text>"}');
      csv = parsed.data.csv;
    } else {
      csv = await c.req.text();
    }
    if (csv.trim() === '') throw new ProblemError('validation-failed', 'the CSV is empty');
    const revealGroups = visibleMemberFieldGroups(party, { id: '', branchId: unitId }, context).groups;
    const plan = await planMembershipImport(deps.database, context, { csv, unitId, revealGroups });
    if (dryRun) return c.json(presentImportPlan(plan, context, null), 200);
    if (plan.hasErrors) return c.json(presentImportPlan(plan, context, null), 422);
    const applied = await applyMembershipImport(deps.database, plan, { actorUserId: user.userId, unitId });
    return c.json(presentImportPlan(plan, context, applied), 200);
  });
}
