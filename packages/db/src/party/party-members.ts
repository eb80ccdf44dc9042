import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, MemberTable } from '../schema';

/** A stored member record: the party model's `Member` shape. */
export interface MemberRecord {
  readonly id: string;
  readonly membershipNumber: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly addressLines: readonly string[];
  readonly postcode: string | null;
  readonly branchId: string;
  readonly joinedOn: string;
  readonly status: 'pending' | 'active' | 'suspended' | 'lapsed' | 'resigned' | 'expelled' | 'deceased';
  readonly paidUpTo: string | null;
  readonly gender: string | null;
  readonly ethnicity: string | null;
  readonly dateOfBirth: string | null;
  readonly ageBand: string | null;
  readonly tradeUnions: readonly {
    readonly union: string;
    readonly affiliateId: string | null;
    readonly tucAffiliated: boolean;
    readonly from: string | null;
    readonly to: string | null;
  }[];
  readonly consent: {
    readonly email: boolean;
    readonly phone: boolean;
    readonly sms: boolean;
    readonly post: boolean;
  };
  readonly statusHistory: readonly {
    readonly on: string;
    readonly status: MemberRecord['status'];
    readonly note: string | null;
  }[];
  readonly branchHistory: readonly {
    readonly on: string;
    readonly from: string | null;
    readonly to: string;
  }[];
}

/** A member as read back: the record and its version (incremented by every write). */
export type StoredMemberRecord = MemberRecord & { readonly version: number };

/** Filters and paging for a unit's member list. */
export interface MemberQuery {
  /** Branches whose members are listed. */
  readonly branchIds: readonly string[];
  /** Matches first name, last name, membership number or postcode (case-insensitive, anywhere). */
  readonly search?: string | undefined;
  readonly statuses?: readonly string[] | undefined;
  /** Only members paid up before this date (in arrears), or on or after it (paid up). */
  readonly arrears?: { readonly inArrears: boolean; readonly paidUpBefore: string } | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** Rows per multi-row insert: 21 parameters each keeps a batch well inside PostgreSQL's 65,535 limit. */
export const MEMBER_INSERT_BATCH = 1000;

/** Turns a stored row into a member record. */
export function memberFromRow(row: Selectable<MemberTable>): StoredMemberRecord {
  // Sound: jsonb columns and the status are written only by `upsertMembers` from `MemberRecord` values.
  return {
    version: row.version,
    id: row.id,
    membershipNumber: row.membership_number,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    addressLines: row.address_lines as MemberRecord['addressLines'],
    postcode: row.postcode,
    branchId: row.branch_id,
    joinedOn: row.joined_on,
    status: row.status as MemberRecord['status'],
    paidUpTo: row.paid_up_to,
    gender: row.gender,
    ethnicity: row.ethnicity,
    dateOfBirth: row.date_of_birth,
    ageBand: row.age_band,
    tradeUnions: row.trade_unions as MemberRecord['tradeUnions'],
    consent: row.consent as MemberRecord['consent'],
    statusHistory: row.status_history as MemberRecord['statusHistory'],
    branchHistory: row.branch_history as MemberRecord['branchHistory'],
  };
}

function toRow(member: MemberRecord) {
  return {
    id: member.id,
    membership_number: member.membershipNumber,
    first_name: member.firstName,
    last_name: member.lastName,
    email: member.email,
    phone: member.phone,
    address_lines: JSON.stringify(member.addressLines),
    postcode: member.postcode,
    branch_id: member.branchId,
    joined_on: member.joinedOn,
    status: member.status,
    paid_up_to: member.paidUpTo,
    gender: member.gender,
    ethnicity: member.ethnicity,
    date_of_birth: member.dateOfBirth,
    age_band: member.ageBand,
    trade_unions: JSON.stringify(member.tradeUnions),
    consent: JSON.stringify(member.consent),
    status_history: JSON.stringify(member.statusHistory),
    branch_history: JSON.stringify(member.branchHistory),
  };
}

/** Finds a member by id. */
export async function findMemberById(
  db: Kysely<Database>,
  id: string,
): Promise<StoredMemberRecord | undefined> {
  const row = await db.selectFrom('member').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : memberFromRow(row);
}

/** Finds a member by membership number. */
export async function findMemberByNumber(
  db: Kysely<Database>,
  membershipNumber: string,
): Promise<StoredMemberRecord | undefined> {
  const row = await db
    .selectFrom('member')
    .selectAll()
    .where('membership_number', '=', membershipNumber)
    .executeTakeFirst();
  return row === undefined ? undefined : memberFromRow(row);
}

/** Every member of the given branches, by membership number. */
export async function listMembersOfBranches(
  db: Kysely<Database>,
  branchIds: readonly string[],
): Promise<StoredMemberRecord[]> {
  if (branchIds.length === 0) return [];
  const rows = await db
    .selectFrom('member')
    .selectAll()
    .where('branch_id', 'in', branchIds)
    .orderBy('membership_number')
    .execute();
  return rows.map(memberFromRow);
}

/** Members whose membership number is one of those given. */
export async function listMembersByNumbers(
  db: Kysely<Database>,
  membershipNumbers: readonly string[],
): Promise<StoredMemberRecord[]> {
  const found: StoredMemberRecord[] = [];
  for (let start = 0; start < membershipNumbers.length; start += MEMBER_INSERT_BATCH * 5) {
    const batch = membershipNumbers.slice(start, start + MEMBER_INSERT_BATCH * 5);
    const rows = await db.selectFrom('member').selectAll().where('membership_number', 'in', batch).execute();
    found.push(...rows.map(memberFromRow));
  }
  return found;
}

/** One page of a unit's members (by last name, first name) and how many match in all. */
export async function searchMembers(
  db: Kysely<Database>,
  query: MemberQuery,
): Promise<{ total: number; members: StoredMemberRecord[] }> {
  if (query.branchIds.length === 0) return { total: 0, members: [] };
  let base = db.selectFrom('member').where('branch_id', 'in', query.branchIds);
  const search = query.search?.trim().toLowerCase();
  if (search !== undefined && search !== '') {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) =>
      eb.or([
        eb(sql<string>`lower(first_name || ' ' || last_name)`, 'like', pattern),
        eb(sql<string>`lower(membership_number)`, 'like', pattern),
        eb(sql<string>`lower(coalesce(postcode, ''))`, 'like', pattern),
      ]),
    );
  }
  if (query.statuses !== undefined && query.statuses.length > 0)
    base = base.where('status', 'in', query.statuses);
  if (query.arrears !== undefined) {
    const { inArrears, paidUpBefore } = query.arrears;
    base = inArrears
      ? base.where((eb) => eb.or([eb('paid_up_to', 'is', null), eb('paid_up_to', '<', paidUpBefore)]))
      : base.where('paid_up_to', '>=', paidUpBefore);
  }
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy(sql`lower(last_name)`)
    .orderBy(sql`lower(first_name)`)
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { total: Number(counted.total), members: rows.map(memberFromRow) };
}

/** How many members are stored. */
export async function countMembers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/**
 * Inserts or replaces members by id in multi-row batches. Run it inside a transaction for
 * all-or-nothing writes (`db.transaction().execute(trx => upsertMembers(trx, …))`).
 */
export async function upsertMembers(
  db: Kysely<Database>,
  members: readonly MemberRecord[],
  onBatch?: (done: number, total: number) => void,
): Promise<void> {
  for (let start = 0; start < members.length; start += MEMBER_INSERT_BATCH) {
    const batch = members.slice(start, start + MEMBER_INSERT_BATCH);
    await db
      .insertInto('member')
      .values(batch.map(toRow))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          membership_number: eb.ref('excluded.membership_number'),
          first_name: eb.ref('excluded.first_name'),
          last_name: eb.ref('excluded.last_name'),
          email: eb.ref('excluded.email'),
          phone: eb.ref('excluded.phone'),
          address_lines: eb.ref('excluded.address_lines'),
          postcode: eb.ref('excluded.postcode'),
          branch_id: eb.ref('excluded.branch_id'),
          joined_on: eb.ref('excluded.joined_on'),
          status: eb.ref('excluded.status'),
          paid_up_to: eb.ref('excluded.paid_up_to'),
          gender: eb.ref('excluded.gender'),
          ethnicity: eb.ref('excluded.ethnicity'),
          date_of_birth: eb.ref('excluded.date_of_birth'),
          age_band: eb.ref('excluded.age_band'),
          trade_unions: eb.ref('excluded.trade_unions'),
          consent: eb.ref('excluded.consent'),
          status_history: eb.ref('excluded.status_history'),
          branch_history: eb.ref('excluded.branch_history'),
          updated_at: sql<Date>`now()`,
          version: sql<number>`member.version + 1`,
        })),
      )
      .execute();
    onBatch?.(Math.min(start + batch.length, members.length), members.length);
  }
}

/** How many members each branch has (branches without members are left out). */
export async function countMembersByBranch(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('member')
    .select(['branch_id', (eb) => eb.fn.countAll<number>().as('members')])
    .groupBy('branch_id')
    .execute();
  return new Map(rows.map((row) => [row.branch_id, Number(row.members)]));
}

/** First and last names of the given members (those that exist). */
export async function listMemberNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, { firstName: string; lastName: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('member')
    .select(['id', 'first_name', 'last_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, { firstName: row.first_name, lastName: row.last_name }]));
}

/**
 * Members who belonged to any of the given branches at some time (their branch history passes
 * through one), so a roll frozen at a past date still finds those who have moved away since.
 */
export async function listMembersEverInBranches(
  db: Kysely<Database>,
  branchIds: readonly string[],
): Promise<StoredMemberRecord[]> {
  if (branchIds.length === 0) return [];
  const rows = await db
    .selectFrom('member')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('branch_id', 'in', branchIds),
        eb.exists(
          eb
            .selectFrom(sql<{ move: unknown }>`jsonb_array_elements(member.branch_history)`.as('moves'))
            .select(sql`1`.as('one'))
            .where(sql<string>`moves.value->>'to'`, 'in', branchIds),
        ),
      ]),
    )
    .orderBy('membership_number')
    .execute();
  return rows.map(memberFromRow);
}

/** The given members (those that exist), by id. */
export async function listMembersByIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, StoredMemberRecord>> {
  const found = new Map<string, StoredMemberRecord>();
  for (let start = 0; start < ids.length; start += MEMBER_INSERT_BATCH * 5) {
    const batch = ids.slice(start, start + MEMBER_INSERT_BATCH * 5);
    const rows = await db.selectFrom('member').selectAll().where('id', 'in', batch).execute();
    for (const row of rows) found.set(row.id, memberFromRow(row));
  }
  return found;
}

/** Reads a member inside a transaction and locks the row until it ends, so the write that follows cannot be lost. */
export async function findMemberForUpdate(
  db: Kysely<Database>,
  id: string,
): Promise<StoredMemberRecord | undefined> {
  const row = await db.selectFrom('member').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row === undefined ? undefined : memberFromRow(row);
}

/**
 * Writes a changed member only if its stored version is still `expectedVersion`, and increments the version.
 * Returns the new version, or null when someone else wrote first (nothing is changed then).
 */
export async function updateMemberIfVersion(
  db: Kysely<Database>,
  member: MemberRecord,
  expectedVersion: number,
): Promise<number | null> {
  const { id: _id, ...values } = toRow(member);
  const row = await db
    .updateTable('member')
    .set({ ...values, updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('id', '=', member.id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row === undefined ? null : row.version;
}
