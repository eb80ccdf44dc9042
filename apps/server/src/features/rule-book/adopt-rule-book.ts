import { appendAudit, type CaucusDatabase, readRuleBookTimeline, writeRuleBookTimeline } from '@caucus/db';
import { parseTimeline, type RuleBookTimeline } from '@caucus/party';
import { type PartyStructureCache, writePartyStructure } from '../../context/party-structure-cache';

/**
 * Replaces the party's rule-book timeline (checked first: known editions, one per date), audited, and announced so
 * that every server process resolves questions by the new timeline from its next request.
 */
export async function adoptRuleBook(
  database: CaucusDatabase,
  cache: PartyStructureCache | undefined,
  input: {
    actorUserId: string | null;
    nationalUnitId: string;
    entries: readonly { editionId: string; effectiveFrom: string }[];
  },
): Promise<RuleBookTimeline> {
  const timeline = parseTimeline(input.entries);
  await writePartyStructure(database, cache, async (trx) => {
    const before = await readRuleBookTimeline(trx);
    await writeRuleBookTimeline(trx, timeline);
    await appendAudit(trx, [
      {
        actorUserId: input.actorUserId,
        action: 'rule_book.adopt',
        unitId: input.nationalUnitId,
        subjectType: 'unit',
        subjectId: input.nationalUnitId,
        subjectBranchId: null,
        before: { timeline: before.map(({ editionId, effectiveFrom }) => ({ editionId, effectiveFrom })) },
        after: { timeline: timeline.map(({ editionId, effectiveFrom }) => ({ editionId, effectiveFrom })) },
      },
    ]);
  });
  return timeline;
}
