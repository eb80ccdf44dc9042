import type { ColumnType } from 'kysely';
import type { CreatedAt, Json } from '../core/schema';

/** A party unit: national, nation, region, CLP or branch. */
export interface UnitTable {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  gss: string | null;
}

/** A nationally affiliated organisation. */
export interface AffiliateTable {
  id: string;
  name: string;
  kind: string;
  affiliated_membership: number;
  tuc_affiliated: boolean;
}

/** An affiliate's local branch attached to a CLP. */
export interface AffiliatedBranchTable {
  id: string;
  affiliate_id: string;
  name: string;
  clp_id: string;
  affiliated_membership: number;
}

/** A member's record; histories and lists are JSON documents of the party model's shapes. */
export interface MemberTable {
  id: string;
  membership_number: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  address_lines: Json;
  postcode: string | null;
  branch_id: string;
  joined_on: string;
  status: string;
  paid_up_to: string | null;
  gender: string | null;
  ethnicity: string | null;
  date_of_birth: string | null;
  age_band: string | null;
  trade_unions: Json;
  consent: Json;
  status_history: Json;
  branch_history: Json;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  /** Incremented by every write, so a write made from a stale copy is refused (optimistic concurrency). */
  version: ColumnType<number, number | undefined, number>;
}

/** An office in a unit. */
export interface OfficeTable {
  id: string;
  unit_id: string;
  key: string;
  title: string;
  authority: string;
}

/** A member's term in an office. */
export interface OfficeHolderTable {
  id: string;
  office_id: string;
  member_id: string;
  from_date: string;
  to_date: string | null;
}

/** A frozen electorate. */
export interface RollTable {
  id: string;
  title: string;
  unit_id: string;
  edition_id: string;
  rule_id: string;
  frozen_at: string;
  state: string;
  created_at: CreatedAt;
  created_by: string | null;
}

/** One member's line on a frozen roll. */
export interface RollEntryTable {
  roll_id: string;
  member_id: string;
  eligible: boolean;
  reasons: Json;
}

/** Which rule-book edition the party applies from which date. */
export interface RuleBookTimelineTable {
  edition_id: string;
  effective_from: string;
  adopted_at: ColumnType<Date, Date | undefined, Date>;
}

/** The party (membership kernel) tables. */
export interface PartyTables {
  unit: UnitTable;
  affiliate: AffiliateTable;
  affiliated_branch: AffiliatedBranchTable;
  member: MemberTable;
  office: OfficeTable;
  office_holder: OfficeHolderTable;
  roll: RollTable;
  roll_entry: RollEntryTable;
  rule_book_timeline: RuleBookTimelineTable;
}
