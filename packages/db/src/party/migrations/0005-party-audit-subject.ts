import type { Kysely } from 'kysely';

/** Records the member's branch on audit entries about a member, so each viewer's copy can be redacted. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('subject_branch_id', 'text').execute();
}

/** Drops the subject branch column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('subject_branch_id').execute();
}
