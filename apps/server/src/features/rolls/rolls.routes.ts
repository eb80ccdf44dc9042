import { visibleMemberFieldGroups } from '@caucus/party';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../http/env';
import { ProblemError } from '../../http/problem';
import { authorize } from '../../policies/decision';
import { canSeeOwnMembership, partyPolicy } from '../../policies/party-policy';
import { loadMember } from '../party/load-member';
import { loadPartyContext, requireUnit } from '../party/party-context';
import { requirePartyActor } from '../party/require-party-actor';
import { checkEligibility, type EligibilityQuestion, withoutReasons } from './check-eligibility';
import { freezeUnitRoll } from './freeze-unit-roll';
import { closeRoll, getRollDetail, listUnitRolls } from './get-roll';
import {
  checkEligibilityRoute,
  closeRollRoute,
  freezeRollRoute,
  getRollRoute,
  listRollsRoute,
  listRulesRoute,
} from './rolls.schema';
import { loadRoll } from './stored-roll';

/** Registers frozen rolls and the eligibility checker. */
export function registerRollsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(freezeRollRoute, async (c) => {
    const { user } = requirePartyActor(c.get('actor'));
    const { unitId } = c.req.valid('param');
    const context = await loadPartyContext(deps.database);
    requireUnit(context, unitId);
    authorize(user, partyPolicy(user, 'roll.freeze', { type: 'unit', unitId }, context));
    const body = c.req.valid('json');
    return c.json(await freezeUnitRoll(deps, context, { actorUserId: user.userId, unitId, ...body }), 201);
  });

  app.openapi(listRollsRoute, async (c) => {
    const { user } = requirePartyActor(c.get('actor'));
    const { unitId } = c.req.valid('param');
    const context = await loadPartyContext(deps.database);
    requireUnit(context, unitId);
    authorize(user, partyPolicy(user, 'roll.view', { type: 'unit', unitId }, context));
    return c.json(await listUnitRolls(deps, context, unitId), 200);
  });

  app.openapi(getRollRoute, async (c) => {
    const { user, party } = requirePartyActor(c.get('actor'));
    const context = await loadPartyContext(deps.database);
    const roll = await loadRoll(deps, c.req.valid('param').rollId);
    authorize(user, partyPolicy(user, 'roll.view', { type: 'unit', unitId: roll.unitId }, context));
    return c.json(await getRollDetail(deps, party, context, roll), 200);
  });

  app.openapi(closeRollRoute, async (c) => {
    const { user } = requirePartyActor(c.get('actor'));
    const context = await loadPartyContext(deps.database);
    const roll = await loadRoll(deps, c.req.valid('param').rollId);
    authorize(user, partyPolicy(user, 'roll.freeze', { type: 'unit', unitId: roll.unitId }, context));
    return c.json(await closeRoll(deps, context, roll, user.userId), 200);
  });

  app.openapi(listRulesRoute, async (c) => {
    const actor = c.get('actor');
    authorize(actor, canSeeOwnMembership(actor));
    const context = await loadPartyContext(deps.database);
    return c.json(
      {
        presetId: context.preset.id,
        presetTitle: context.preset.title,
        rules: Object.values(context.preset.eligibility).map((rule) => ({
          id: rule.id,
          title: rule.title,
          source: rule.source,
        })),
      },
      200,
    );
  });

  app.openapi(checkEligibilityRoute, async (c) => {
    const { user, party } = requirePartyActor(c.get('actor'));
    const query = c.req.valid('query');
    const context = await loadPartyContext(deps.database);
    const memberId = query.memberId ?? user.memberId;
    if (memberId === null) {
      throw new ProblemError(
        'forbidden',
        'Your account is not linked to a membership; give a memberId to ask about a member.',
      );
    }
    const member = await loadMember(deps, memberId);
    authorize(
      user,
      partyPolicy(
        user,
        'eligibility.check',
        { type: 'member', memberId: member.id, branchId: member.branchId },
        context,
      ),
    );
    const question: EligibilityQuestion =
      query.rollId !== undefined
        ? { kind: 'roll', roll: await loadRoll(deps, query.rollId) }
        : { kind: 'rule', ruleId: query.ruleId ?? '', at: query.at ?? context.today, unitId: query.unitId };
    const answer = await checkEligibility(deps, context, member, question);
    const groups = visibleMemberFieldGroups(party, member, context).groups;
    return c.json(groups.includes('membership') ? answer : withoutReasons(answer), 200);
  });
}
