import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** A stored frozen roll, without its entries. */
export interface RollRecord {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly editionId: string;
  readonly ruleId: string;
  readonly frozenAt: string;
  readonly state: 'open' | 'closed';
  readonly createdAt: Date;
  readonly createdBy: string | null;
}

/** One member's stored line on a roll; `reasons` is the party model's list of reasons. */
export interface RollEntryRecord {
  readonly memberId: string;
  readonly eligible: boolean;
  readonly reasons: unknown;
}

const ENTRY_BATCH = 2000;

function toRoll(row: {
  id: string;
  title: string;
  unit_id: string;
  edition_id: string;
  rule_id: string;
  frozen_at: string;
  state: string;
  created_at: Date;
  created_by: string | null;
}): RollRecord {
  return {
    id: row.id,
    title: row.title,
    unitId: row.unit_id,
    editionId: row.edition_id,
    ruleId: row.rule_id,
    frozenAt: row.frozen_at,
    // Sound: the column's check constraint allows exactly these states.
    state: row.state as RollRecord['state'],
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** Stores a roll and all its entries (call inside a transaction for all-or-nothing). */
export async function insertRoll(
  db: Kysely<Database>,
  roll: Omit<RollRecord, 'createdAt'>,
  entries: readonly RollEntryRecord[],
): Promise<void> {
  await db
    .insertInto('roll')
    .values({
      id: roll.id,
      title: roll.title,
      unit_id: roll.unitId,
      edition_id: roll.editionId,
      rule_id: roll.ruleId,
      frozen_at: roll.frozenAt,
      state: roll.state,
      created_by: roll.createdBy,
    })
    .execute();
  for (let start = 0; start < entries.length; start += ENTRY_BATCH) {
    await db
      .insertInto('roll_entry')
      .values(
        entries.slice(start, start + ENTRY_BATCH).map((entry) => ({
          roll_id: roll.id,
          member_id: entry.memberId,
          eligible: entry.eligible,
          reasons: JSON.stringify(entry.reasons),
        })),
      )
      .execute();
  }
}

/** Rolls of the given units, newest first, with how many entries and how many eligible. */
export async function listRolls(
  db: Kysely<Database>,
  unitIds: readonly string[],
): Promise<(RollRecord & { entries: number; eligible: number })[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('roll as r')
    .leftJoin('roll_entry as e', 'e.roll_id', 'r.id')
    .selectAll('r')
    .select((eb) => [
      eb.fn.count<number>('e.member_id').as('entries'),
      eb.fn.count<number>(eb.case().when('e.eligible', '=', true).then(1).end()).as('eligible'),
    ])
    .where('r.unit_id', 'in', unitIds)
    .groupBy('r.id')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({
    ...toRoll(row),
    entries: Number(row.entries),
    eligible: Number(row.eligible),
  }));
}

/** Finds a roll by id. */
export async function findRoll(db: Kysely<Database>, id: string): Promise<RollRecord | undefined> {
  const row = await db.selectFrom('roll').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toRoll(row);
}

/** The entries of a roll (all, or only the given member's). */
export async function listRollEntries(
  db: Kysely<Database>,
  rollId: string,
  memberId?: string,
): Promise<RollEntryRecord[]> {
  let query = db.selectFrom('roll_entry').selectAll().where('roll_id', '=', rollId);
  if (memberId !== undefined) query = query.where('member_id', '=', memberId);
  const rows = await query.orderBy('member_id').execute();
  return rows.map((row) => ({ memberId: row.member_id, eligible: row.eligible, reasons: row.reasons }));
}

/** Rolls a member is on (only open ones with `openOnly`), newest first, each with the member's own entry. */
export async function listRollsOfMember(
  db: Kysely<Database>,
  memberId: string,
  options: { openOnly?: boolean } = {},
): Promise<{ roll: RollRecord; entry: RollEntryRecord }[]> {
  let query = db
    .selectFrom('roll as r')
    .innerJoin('roll_entry as e', 'e.roll_id', 'r.id')
    .selectAll('r')
    .select(['e.member_id', 'e.eligible', 'e.reasons'])
    .where('e.member_id', '=', memberId);
  if (options.openOnly) query = query.where('r.state', '=', 'open');
  const rows = await query.orderBy('r.created_at', 'desc').execute();
  return rows.map((row) => ({
    roll: toRoll(row),
    entry: { memberId: row.member_id, eligible: row.eligible, reasons: row.reasons },
  }));
}

/** Open rolls of the given units, each with its eligible entries (reasons left out). */
export async function listOpenRollsOfUnits(
  db: Kysely<Database>,
  unitIds: readonly string[],
): Promise<{ roll: RollRecord; entries: RollEntryRecord[] }[]> {
  if (unitIds.length === 0) return [];
  const rolls = await db
    .selectFrom('roll')
    .selectAll()
    .where('state', '=', 'open')
    .where('unit_id', 'in', unitIds)
    .execute();
  const result: { roll: RollRecord; entries: RollEntryRecord[] }[] = [];
  for (const row of rolls) {
    const entries = await db
      .selectFrom('roll_entry')
      .select(['member_id', 'eligible'])
      .where('roll_id', '=', row.id)
      .where('eligible', '=', true)
      .execute();
    result.push({
      roll: toRoll(row),
      entries: entries.map((entry) => ({ memberId: entry.member_id, eligible: entry.eligible, reasons: [] })),
    });
  }
  return result;
}

/** Sets a roll's state if it is in `from` (any state when left out); returns whether a roll changed. */
export async function setRollState(
  db: Kysely<Database>,
  id: string,
  state: 'open' | 'closed',
  from?: 'open' | 'closed',
): Promise<boolean> {
  let query = db.updateTable('roll').set({ state }).where('id', '=', id);
  if (from !== undefined) query = query.where('state', '=', from);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
