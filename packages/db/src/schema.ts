import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: read as parsed JSON, written as JSON text (JSON.stringify) so arrays stay JSON. */
export type Json = ColumnType<unknown, string, string>;

/** A nullable jsonb column. */
export type NullableJson = ColumnType<unknown, string | null, string | null>;

/** A timestamp column the database fills in by default. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;

/** Key–value facts about this Caucus instance (data-load versions, seeding state). */
export interface AppMetaTable {
  key: string;
  value: Json;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** A person who can sign in; linked to a member record when they are one. */
export interface AppUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  member_id: string | null;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
}

/** A signed-in browser session; only the SHA-256 of its token is stored. */
export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
  user_agent: string | null;
}

/** A one-time sign-in link sent by email; only the SHA-256 of its token is stored. */
export interface SignInLinkTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

/** One officer action: who did what to which record, with the record before and after. Append-only. */
export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_user_id: string | null;
  action: string;
  unit_id: string | null;
  subject_type: string;
  subject_id: string | null;
  /** For entries about a member: their branch at the time, so each viewer's copy can be redacted. */
  subject_branch_id: ColumnType<string | null, string | null | undefined, never>;
  before: NullableJson;
  after: NullableJson;
}

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

/** A role an account holds in a unit. */
export interface RoleGrantTable {
  user_id: string;
  role: string;
  unit_id: string;
  granted_at: CreatedAt;
}

/** A frozen electorate. */
export interface RollTable {
  id: string;
  title: string;
  unit_id: string;
  preset_id: string;
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

/** A Westminster constituency on one boundary set (UK election results). */
export interface ResultsConstituencyTable {
  code: string;
  boundary_set: string;
  ordinal: number;
  name: string;
  county: string;
  region_code: string;
  region_name: string;
  nation: string;
  type: string;
}

/** A general election, a set of notional results, or one by-election. */
export interface ResultsElectionTable {
  id: string;
  ordinal: number;
  kind: string;
  date: string;
  year: number;
  boundary_set: string;
  parliament: number;
  label: string;
}

/** The result in one constituency at one election. */
export interface ResultsContestTable {
  election_id: string;
  code: string;
  ordinal: number;
  kind: string;
  date: string;
  boundary_set: string;
  electorate: number;
  valid_votes: number;
  invalid_votes: number | null;
  winner: string;
  winner_name: string;
  runner_up: string | null;
  majority: number;
  result_winner: string | null;
  result_outcome: string | null;
  result_gained_from: string | null;
}

/** One candidate (or notional party total) in a contest; `position` 0 has most votes. */
export interface ResultsCandidacyTable {
  election_id: string;
  code: string;
  position: number;
  name: string;
  party: string;
  party_name: string;
  votes: number;
  gender: string;
  sitting_mp: boolean | null;
  former_mp: boolean | null;
}

/** A party abbreviation in the results with its usual name. */
export interface ResultsPartyTable {
  abbreviation: string;
  ordinal: number;
  name: string;
}

/** How much of a 2010-set seat lies in a 2024-set seat, and the reverse. */
export interface ResultsOverlapTable {
  from_code: string;
  to_code: string;
  ordinal: number;
  from_name: string;
  to_name: string;
  from_residential: number;
  to_residential: number;
  from_geographic: number;
  to_geographic: number;
  from_population: number;
  to_population: number;
}

/** An inconsistency found in the results files when they were loaded. */
export interface ResultsIssueTable {
  ordinal: number;
  file: string;
  line: number | null;
  code: string;
  kind: string;
  message: string;
}

/** One constituency's cell in a HexJSON map of a boundary set. */
export interface ResultsHexTable {
  boundary_set: string;
  code: string;
  ordinal: number;
  layout: string;
  name: string;
  q: number;
  r: number;
  region_code: string | null;
}

/** One constituency's simplified outline (GeoJSON geometry). */
export interface ResultsBoundaryTable {
  boundary_set: string;
  code: string;
  ordinal: number;
  name: string;
  geometry: Json;
}

/** The Kysely view of every table; later features add theirs here. */
export interface Database {
  unit: UnitTable;
  affiliate: AffiliateTable;
  affiliated_branch: AffiliatedBranchTable;
  member: MemberTable;
  office: OfficeTable;
  office_holder: OfficeHolderTable;
  role_grant: RoleGrantTable;
  roll: RollTable;
  roll_entry: RollEntryTable;
  app_meta: AppMetaTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  sign_in_link: SignInLinkTable;
  audit_log: AuditLogTable;
  results_constituency: ResultsConstituencyTable;
  results_election: ResultsElectionTable;
  results_contest: ResultsContestTable;
  results_candidacy: ResultsCandidacyTable;
  results_party: ResultsPartyTable;
  results_overlap: ResultsOverlapTable;
  results_issue: ResultsIssueTable;
  results_hex: ResultsHexTable;
  results_boundary: ResultsBoundaryTable;
}
