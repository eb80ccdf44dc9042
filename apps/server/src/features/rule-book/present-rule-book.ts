import {
  type AccessContext,
  type Actor,
  addDays,
  can,
  type EditionId,
  editionIds,
  editionInForce,
  type IsoDate,
  type RuleBookTimeline,
  ruleBookEditions,
} from '@caucus/party';
import { sectionSummaries } from '@caucus/rule-book';
import type { z } from '@hono/zod-openapi';
import type { RuleBookSchema } from './rule-book.schema';

/** The party's rule-book timeline for people: each edition with the dates it governs, and today's. */
export function presentRuleBook(
  actor: Actor,
  timeline: RuleBookTimeline,
  context: AccessContext & { readonly today: IsoDate },
): z.input<typeof RuleBookSchema> {
  let today: EditionId | null = null;
  try {
    today = editionInForce(timeline, context.today);
  } catch {
    today = null;
  }
  return {
    timeline: timeline.map((entry, index) => {
      const edition = ruleBookEditions[entry.editionId];
      const next = timeline[index + 1];
      return {
        editionId: entry.editionId,
        title: edition.title,
        party: edition.party,
        effectiveFrom: entry.effectiveFrom,
        until: next === undefined ? null : addDays(next.effectiveFrom, -1),
        inForce: entry.editionId === today,
      };
    }),
    inForce: today === null ? null : { editionId: today, title: ruleBookEditions[today].title },
    sections:
      today === null
        ? []
        : sectionSummaries(today).map((section) => ({ ...section, caveats: [...section.caveats] })),
    editions: editionIds.map((id) => {
      const { title, party, effectiveFrom } = ruleBookEditions[id];
      return { id, title, party, effectiveFrom };
    }),
    permissions: {
      adopt: can(actor, 'rule_book.adopt', { type: 'unit', unitId: context.tree.root.id }, context).allowed,
    },
  };
}
