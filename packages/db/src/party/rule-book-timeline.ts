import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** One stored entry of the party's rule-book timeline. */
export interface TimelineRow {
  readonly editionId: string;
  readonly effectiveFrom: string;
  readonly adoptedAt: Date;
}

/** The party's rule-book timeline as stored, oldest first. */
export async function readRuleBookTimeline(db: Kysely<Database>): Promise<TimelineRow[]> {
  const rows = await db.selectFrom('rule_book_timeline').selectAll().orderBy('effective_from').execute();
  return rows.map((row) => ({
    editionId: row.edition_id,
    effectiveFrom: row.effective_from,
    adoptedAt: row.adopted_at,
  }));
}

/** Replaces the party's rule-book timeline (inside the caller's transaction, if any). */
export async function writeRuleBookTimeline(
  db: Kysely<Database>,
  entries: readonly { readonly editionId: string; readonly effectiveFrom: string }[],
): Promise<void> {
  await db.deleteFrom('rule_book_timeline').execute();
  if (entries.length === 0) return;
  await db
    .insertInto('rule_book_timeline')
    .values(entries.map((entry) => ({ edition_id: entry.editionId, effective_from: entry.effectiveFrom })))
    .execute();
}
