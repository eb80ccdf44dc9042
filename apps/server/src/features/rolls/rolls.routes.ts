import { can } from '@caucus/party';
import { ProblemError } from '../../http/problem';
import { defineRoute } from '../../http/route';
import { checkEligibility, type EligibilityQuestion } from './check-eligibility';
import { closeRoll } from './close-roll';
import { freezeUnitRoll } from './freeze-unit-roll';
import { getRoll } from './get-roll';
import { listUnitRolls } from './list-unit-rolls';
import { presentEligibility } from './present-eligibility';
import { presentRollDetail, presentRollSummary } from './present-roll';
import {
  checkEligibilityRoute,
  closeRollRoute,
  freezeRollRoute,
  getRollRoute,
  listRollsRoute,
  listRulesRoute,
} from './rolls.schema';

/** Frozen rolls and the eligibility checker. */
export const rollsRoutes = [
  defineRoute(freezeRollRoute, {
    access: 'signed-in',
    status: 201,
    load: ({ context, input }) => context.unit(input.params.unitId),
    authorize: async ({ party, context }, unit) =>
      can(party, 'roll.freeze', { type: 'unit', unitId: unit.id }, await context.party()),
    run: ({ deps, actor, context, input }, unit) =>
      freezeUnitRoll(deps, context, { actorUserId: actor.userId, unitId: unit.id, ...input.body }),
    present: async ({ party, context }, roll) => presentRollSummary(party, roll, await context.party()),
  }),

  defineRoute(listRollsRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.unit(input.params.unitId),
    authorize: async ({ party, context }, unit) =>
      can(party, 'roll.view', { type: 'unit', unitId: unit.id }, await context.party()),
    run: async ({ deps, context }, unit) => listUnitRolls(deps, await context.party(), unit.id),
    present: async ({ party, context }, rolls) => {
      const access = await context.party();
      return { rolls: rolls.map((roll) => presentRollSummary(party, roll, access)) };
    },
  }),

  defineRoute(getRollRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.roll(input.params.rollId),
    authorize: async ({ party, context }, roll) =>
      can(party, 'roll.view', { type: 'unit', unitId: roll.unitId }, await context.party()),
    run: ({ deps }, roll) => getRoll(deps, roll),
    present: async ({ party, context }, detail) => presentRollDetail(party, detail, await context.party()),
  }),

  defineRoute(closeRollRoute, {
    access: 'signed-in',
    load: ({ context, input }) => context.roll(input.params.rollId),
    authorize: async ({ party, context }, roll) =>
      can(party, 'roll.freeze', { type: 'unit', unitId: roll.unitId }, await context.party()),
    run: ({ deps, actor }, roll) => closeRoll(deps, roll, actor.userId),
    present: async ({ party, context }, roll) => presentRollSummary(party, roll, await context.party()),
  }),

  defineRoute(listRulesRoute, {
    access: 'signed-in',
    run: ({ context }) => context.ruleBookOn(context.today),
    present: (_request, ruleBook) => ({
      editionId: ruleBook.edition.id,
      ruleBookTitle: ruleBook.edition.title,
      rules: Object.values(ruleBook.party.eligibility).map((rule) => ({
        id: rule.id,
        title: rule.title,
        source: rule.source,
      })),
    }),
  }),

  defineRoute(checkEligibilityRoute, {
    access: 'signed-in',
    load: async ({ actor, context, input }) => {
      const memberId = input.query.memberId ?? actor.memberId;
      if (memberId === null) {
        throw new ProblemError(
          'forbidden',
          'Your account is not linked to a membership; give a memberId to ask about a member.',
        );
      }
      return context.member(memberId);
    },
    authorize: async ({ party, context }, { member }) =>
      can(
        party,
        'eligibility.check',
        { type: 'member', memberId: member.id, branchId: member.branchId },
        await context.party(),
      ),
    run: async ({ deps, context, input }, { member }) => {
      const { query } = input;
      const question: EligibilityQuestion =
        query.rollId !== undefined
          ? { kind: 'roll', roll: await context.roll(query.rollId) }
          : { kind: 'rule', ruleId: query.ruleId ?? '', at: query.at ?? context.today, unitId: query.unitId };
      return { member, answer: await checkEligibility(deps, context, member, question) };
    },
    present: async ({ party, context }, { member, answer }) =>
      presentEligibility(party, member, answer, await context.party()),
  }),
];
