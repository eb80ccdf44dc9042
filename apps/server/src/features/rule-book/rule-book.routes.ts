import { type AccessContext, can, defaultTimeline, editionInForce, type IsoDate } from '@caucus/party';
import { ruleBookOf } from '@caucus/rule-book';
import type { RequestContext } from '../../context/request-context';
import { defineRoute } from '../../http/route';
import { adoptRuleBook } from './adopt-rule-book';
import { presentRuleBook } from './present-rule-book';
import { adoptRuleBookRoute, getRuleBookRoute } from './rule-book.schema';

/**
 * What access to the rule-book page rests on: the tree and, for the party section, the edition in force today (or
 * the earliest adopted one when today precedes the timeline, so the page can still say so).
 */
async function accessOf(context: RequestContext): Promise<AccessContext & { today: IsoDate }> {
  const [tree, timeline] = await Promise.all([context.tree(), context.timeline()]);
  const entries = timeline.length > 0 ? timeline : defaultTimeline;
  const first = entries[0]?.editionId ?? 'labour-2021';
  let edition = first;
  try {
    edition = editionInForce(entries, context.today);
  } catch {
    edition = first;
  }
  return { tree, ruleBook: ruleBookOf(edition), today: context.today };
}

/** The party's rule-book timeline: read by national officers, replaced by administrators. */
export const ruleBookRoutes = [
  defineRoute(getRuleBookRoute, {
    access: 'signed-in',
    load: ({ context }) => accessOf(context),
    authorize: ({ party }, access) =>
      can(party, 'rule_book.view', { type: 'unit', unitId: access.tree.root.id }, access),
    run: ({ context }) => context.timeline(),
    present: async ({ party, context }, timeline) =>
      presentRuleBook(party, timeline, await accessOf(context)),
  }),

  defineRoute(adoptRuleBookRoute, {
    access: 'signed-in',
    load: ({ context }) => accessOf(context),
    authorize: ({ party }, access) =>
      can(party, 'rule_book.adopt', { type: 'unit', unitId: access.tree.root.id }, access),
    run: ({ deps, actor, input }, access) =>
      adoptRuleBook(deps.database, deps.caches.partyStructure, {
        actorUserId: actor.userId,
        nationalUnitId: access.tree.root.id,
        entries: input.body.entries,
      }),
    present: async ({ party, context }, timeline) =>
      presentRuleBook(party, timeline, await accessOf(context)),
  }),
];
