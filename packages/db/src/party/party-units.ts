import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** A stored party unit (national, nation, region, CLP or branch). */
export interface UnitRecord {
  readonly id: string;
  readonly kind: 'national' | 'nation' | 'region' | 'clp' | 'branch';
  readonly name: string;
  readonly parentId: string | null;
  readonly gss: string | null;
}

/** A stored national affiliate. */
export interface AffiliateRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: 'trade_union' | 'socialist_society' | 'cooperative_party';
  readonly affiliatedMembership: number;
  readonly tucAffiliated: boolean;
}

/** A stored affiliated branch attached to a CLP. */
export interface AffiliatedBranchRecord {
  readonly id: string;
  readonly affiliateId: string;
  readonly name: string;
  readonly clpId: string;
  readonly affiliatedMembership: number;
}

/** A stored office in a unit. */
export interface OfficeRecord {
  readonly id: string;
  readonly unitId: string;
  readonly key: string;
  readonly title: string;
  readonly authority: 'secretary' | 'officer';
}

/** A stored term in an office. */
export interface OfficeHolderRecord {
  readonly id: string;
  readonly officeId: string;
  readonly memberId: string;
  readonly from: string;
  readonly to: string | null;
}

const INSERT_BATCH = 500;

async function insertInBatches<T>(
  rows: readonly T[],
  insert: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    await insert(rows.slice(start, start + INSERT_BATCH));
  }
}

/** Every unit, parents before children (by kind, then name). */
export async function listUnits(db: Kysely<Database>): Promise<UnitRecord[]> {
  const rows = await db.selectFrom('unit').selectAll().orderBy('name').execute();
  const rank = { national: 0, nation: 1, region: 2, clp: 3, branch: 4 } as const;
  return rows
    .map((row) => ({
      id: row.id,
      // Sound: the column's check constraint allows exactly these kinds.
      kind: row.kind as UnitRecord['kind'],
      name: row.name,
      parentId: row.parent_id,
      gss: row.gss,
    }))
    .sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/** Stores units; parents must come before their children. */
export async function insertUnits(db: Kysely<Database>, units: readonly UnitRecord[]): Promise<void> {
  await insertInBatches(units, (batch) =>
    db
      .insertInto('unit')
      .values(
        batch.map((unit) => ({
          id: unit.id,
          kind: unit.kind,
          name: unit.name,
          parent_id: unit.parentId,
          gss: unit.gss,
        })),
      )
      .execute(),
  );
}

/** Every national affiliate, by name. */
export async function listAffiliates(db: Kysely<Database>): Promise<AffiliateRecord[]> {
  const rows = await db.selectFrom('affiliate').selectAll().orderBy('name').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    // Sound: the column's check constraint allows exactly these kinds.
    kind: row.kind as AffiliateRecord['kind'],
    affiliatedMembership: row.affiliated_membership,
    tucAffiliated: row.tuc_affiliated,
  }));
}

/** Stores national affiliates. */
export async function insertAffiliates(
  db: Kysely<Database>,
  affiliates: readonly AffiliateRecord[],
): Promise<void> {
  await insertInBatches(affiliates, (batch) =>
    db
      .insertInto('affiliate')
      .values(
        batch.map((affiliate) => ({
          id: affiliate.id,
          name: affiliate.name,
          kind: affiliate.kind,
          affiliated_membership: affiliate.affiliatedMembership,
          tuc_affiliated: affiliate.tucAffiliated,
        })),
      )
      .execute(),
  );
}

/** Affiliated branches attached to the given CLPs (all when `clpIds` is undefined), by name. */
export async function listAffiliatedBranches(
  db: Kysely<Database>,
  clpIds?: readonly string[],
): Promise<AffiliatedBranchRecord[]> {
  if (clpIds !== undefined && clpIds.length === 0) return [];
  let query = db.selectFrom('affiliated_branch').selectAll();
  if (clpIds !== undefined) query = query.where('clp_id', 'in', clpIds);
  const rows = await query.orderBy('name').execute();
  return rows.map((row) => ({
    id: row.id,
    affiliateId: row.affiliate_id,
    name: row.name,
    clpId: row.clp_id,
    affiliatedMembership: row.affiliated_membership,
  }));
}

/** Stores affiliated branches. */
export async function insertAffiliatedBranches(
  db: Kysely<Database>,
  branches: readonly AffiliatedBranchRecord[],
): Promise<void> {
  await insertInBatches(branches, (batch) =>
    db
      .insertInto('affiliated_branch')
      .values(
        batch.map((branch) => ({
          id: branch.id,
          affiliate_id: branch.affiliateId,
          name: branch.name,
          clp_id: branch.clpId,
          affiliated_membership: branch.affiliatedMembership,
        })),
      )
      .execute(),
  );
}

/** Offices of the given units (all when `unitIds` is undefined). */
export async function listOffices(
  db: Kysely<Database>,
  unitIds?: readonly string[],
): Promise<OfficeRecord[]> {
  if (unitIds !== undefined && unitIds.length === 0) return [];
  let query = db.selectFrom('office').selectAll();
  if (unitIds !== undefined) query = query.where('unit_id', 'in', unitIds);
  const rows = await query.orderBy('unit_id').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    key: row.key,
    title: row.title,
    // Sound: the column's check constraint allows exactly these authorities.
    authority: row.authority as OfficeRecord['authority'],
  }));
}

/** Stores offices. */
export async function insertOffices(db: Kysely<Database>, offices: readonly OfficeRecord[]): Promise<void> {
  await insertInBatches(offices, (batch) =>
    db
      .insertInto('office')
      .values(
        batch.map((office) => ({
          id: office.id,
          unit_id: office.unitId,
          key: office.key,
          title: office.title,
          authority: office.authority,
        })),
      )
      .execute(),
  );
}

function toHolder(row: {
  id: string;
  office_id: string;
  member_id: string;
  from_date: string;
  to_date: string | null;
}): OfficeHolderRecord {
  return {
    id: row.id,
    officeId: row.office_id,
    memberId: row.member_id,
    from: row.from_date,
    to: row.to_date,
  };
}

/** Terms in the given offices (all when `officeIds` is undefined), oldest first. */
export async function listOfficeHolders(
  db: Kysely<Database>,
  officeIds?: readonly string[],
): Promise<OfficeHolderRecord[]> {
  if (officeIds !== undefined && officeIds.length === 0) return [];
  let query = db.selectFrom('office_holder').selectAll();
  if (officeIds !== undefined) query = query.where('office_id', 'in', officeIds);
  const rows = await query.orderBy('from_date').orderBy('id').execute();
  return rows.map(toHolder);
}

/** Every term a member has held, oldest first, with its office. */
export async function listOfficeTermsOfMember(
  db: Kysely<Database>,
  memberId: string,
): Promise<{ office: OfficeRecord; holder: OfficeHolderRecord }[]> {
  const rows = await db
    .selectFrom('office_holder as h')
    .innerJoin('office as o', 'o.id', 'h.office_id')
    .select([
      'h.id',
      'h.office_id',
      'h.member_id',
      'h.from_date',
      'h.to_date',
      'o.unit_id',
      'o.key',
      'o.title',
      'o.authority',
    ])
    .where('h.member_id', '=', memberId)
    .orderBy('h.from_date')
    .execute();
  return rows.map((row) => ({
    holder: toHolder(row),
    office: {
      id: row.office_id,
      unitId: row.unit_id,
      key: row.key,
      title: row.title,
      // Sound: the column's check constraint allows exactly these authorities.
      authority: row.authority as OfficeRecord['authority'],
    },
  }));
}

/** Stores terms in office. */
export async function insertOfficeHolders(
  db: Kysely<Database>,
  holders: readonly OfficeHolderRecord[],
): Promise<void> {
  await insertInBatches(holders, (batch) =>
    db
      .insertInto('office_holder')
      .values(
        batch.map((holder) => ({
          id: holder.id,
          office_id: holder.officeId,
          member_id: holder.memberId,
          from_date: holder.from,
          to_date: holder.to,
        })),
      )
      .execute(),
  );
}

/** Ends a term on a date (its last day). */
export async function endOfficeTerm(db: Kysely<Database>, holderId: string, to: string): Promise<void> {
  await db.updateTable('office_holder').set({ to_date: to }).where('id', '=', holderId).execute();
}
