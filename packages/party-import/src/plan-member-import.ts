import {
  addDays,
  changeMemberStatus,
  checkBranchMove,
  createMember,
  descendantsOf,
  getUnit,
  type IsoDate,
  laterDate,
  type Member,
  type MemberFieldGroup,
  memberFieldGroupOf,
  memberInvariantProblems,
  moveMemberToBranch,
  type Roll,
  type TradeUnionMembership,
  type UnitTree,
} from '@caucus/party';
import type { MembershipCsvField } from './membership-csv-columns';
import type { ImportedMember, ImportIssue, ImportRow, ParsedMembershipCsv } from './parse-membership-csv';

/** One field that an import would change; values are withheld for field groups the importer may not see. */
export type FieldChange =
  | {
      readonly field: keyof Member;
      readonly group: MemberFieldGroup;
      readonly withheld: false;
      readonly before: unknown;
      readonly after: unknown;
    }
  | { readonly field: keyof Member; readonly group: MemberFieldGroup; readonly withheld: true };

/** A member the import would create. */
export interface PlannedCreate {
  readonly line: number;
  readonly member: Member;
}

/** A member the import would update: full records for applying, `changes` for showing people. */
export interface PlannedUpdate {
  readonly line: number;
  readonly before: Member;
  readonly after: Member;
  readonly changes: readonly FieldChange[];
}

/** A row that matches its member exactly. */
export interface PlannedUnchanged {
  readonly line: number;
  readonly memberId: string;
}

/** What an import would do, row by row, for a dry run or for applying all at once. */
export interface ImportPlan {
  readonly asOf: IsoDate;
  readonly creates: readonly PlannedCreate[];
  readonly updates: readonly PlannedUpdate[];
  readonly unchanged: readonly PlannedUnchanged[];
  /** Members in the import's unit whose membership number is not in the file (reported, never deleted). */
  readonly notInFile: readonly string[];
  readonly errors: readonly ImportIssue[];
  readonly warnings: readonly ImportIssue[];
  /** True when the file or the plan has any error: an all-or-nothing import must then apply nothing. */
  readonly hasErrors: boolean;
}

/** Settings for planning an import. */
export interface ImportPlanOptions {
  /** The import's effective date: status changes and branch moves without their own date take effect on it. */
  readonly asOf: IsoDate;
  readonly tree: UnitTree;
  /** Open frozen rolls; a row moving a member off one is an error. */
  readonly openRolls: readonly Roll[];
  /** The unit imported into: every row's branch, and every matched member's current branch, must lie within it. */
  readonly scopeUnitId: string;
  /** Field groups whose before/after values may appear in `changes` (those the importer may see). */
  readonly revealGroups: readonly MemberFieldGroup[];
  /** Id for a new member. */
  readonly newMemberId: (membershipNumber: string) => string;
}

// Sound: memberFieldGroupOf is a Record over exactly the keys of Member.
const comparedFields = (Object.keys(memberFieldGroupOf) as (keyof Member)[]).filter(
  (field) => field !== 'id',
);

const noConsent = { email: false, phone: false, sms: false, post: false } as const;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]))
    );
  }
  // Sound: both are non-null, non-array objects; only their own enumerable keys are read.
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

function inferredStatusDate(row: ImportedMember, asOf: IsoDate): IsoDate | null {
  if (row.statusSince !== null) return row.statusSince;
  if (row.status === 'active' || row.status === 'pending') return null;
  const paidUpTo = row.paidUpTo ?? null;
  const date = row.status === 'lapsed' && paidUpTo !== null ? addDays(paidUpTo, 1) : asOf;
  return laterDate(date, row.joinedOn);
}

function mergeUnions(
  held: readonly TradeUnionMembership[],
  imported: readonly TradeUnionMembership[],
): readonly TradeUnionMembership[] {
  const names = (list: readonly TradeUnionMembership[]) => list.map((membership) => membership.union).sort();
  if (same(names(held), names(imported))) return held;
  return imported.map(
    (membership) => held.find((existing) => existing.union === membership.union) ?? membership,
  );
}

function diff(before: Member, after: Member, reveal: readonly MemberFieldGroup[]): FieldChange[] {
  return comparedFields
    .filter((field) => !same(before[field], after[field]))
    .map((field): FieldChange => {
      const group = memberFieldGroupOf[field];
      return reveal.includes(group)
        ? { field, group, withheld: false, before: before[field], after: after[field] }
        : { field, group, withheld: true };
    });
}

// Rows are matched to members by membership number. Re-planning the same file after applying the plan gives only
// unchanged rows (idempotent); applying all or nothing is the caller's job, guided by `hasErrors`.

/** Plans an import for a dry run or for applying: creates, field-by-field updates, unchanged rows and errors. */
export function planMemberImport(
  parsed: ParsedMembershipCsv,
  existing: readonly Member[],
  options: ImportPlanOptions,
): ImportPlan {
  const scope = getUnit(options.tree, options.scopeUnitId);
  const inScope = new Set([scope.id, ...descendantsOf(options.tree, scope.id).map((unit) => unit.id)]);
  const byNumber = new Map(existing.map((member) => [member.membershipNumber, member]));
  const columnOf = (field: MembershipCsvField) => parsed.columns.find((column) => column.field === field);
  const creates: PlannedCreate[] = [];
  const updates: PlannedUpdate[] = [];
  const unchanged: PlannedUnchanged[] = [];
  const errors: ImportIssue[] = [...parsed.errors];
  const seen = new Set<string>();

  const fail = (row: ImportRow, field: MembershipCsvField, value: string, message: string, fix: string) => {
    const column = columnOf(field);
    errors.push({
      severity: 'error',
      line: row.line,
      column: column?.header ?? null,
      columnNumber: column?.columnNumber ?? null,
      value,
      message,
      fix,
    });
  };

  for (const row of parsed.rows) {
    const imported = row.member;
    seen.add(imported.membershipNumber);
    if (!inScope.has(imported.branchId)) {
      const branch = getUnit(options.tree, imported.branchId).name;
      fail(
        row,
        'branch',
        imported.branchId,
        `${branch} is outside ${scope.name}, the unit being imported into`,
        `import this row from a unit that covers ${branch}`,
      );
      continue;
    }
    const before = byNumber.get(imported.membershipNumber);
    if (before === undefined) {
      creates.push({ line: row.line, member: newMember(imported, options) });
      continue;
    }
    if (!inScope.has(before.branchId)) {
      const branch = getUnit(options.tree, before.branchId).name;
      fail(
        row,
        'membershipNumber',
        imported.membershipNumber,
        `member ${imported.membershipNumber} is now in ${branch}, outside ${scope.name}`,
        'a transfer from outside the unit must be made by an officer covering both branches',
      );
      continue;
    }
    const result = updatedMember(before, imported, options);
    if ('problem' in result) {
      fail(row, result.field, result.value, result.problem, result.fix);
      continue;
    }
    const changes = diff(before, result, options.revealGroups);
    if (changes.length === 0) unchanged.push({ line: row.line, memberId: before.id });
    else updates.push({ line: row.line, before, after: result, changes });
  }

  const notInFile = existing
    .filter((member) => !seen.has(member.membershipNumber) && inScope.has(member.branchId))
    .map((member) => member.id);
  errors.sort((a, b) => a.line - b.line || (a.columnNumber ?? 0) - (b.columnNumber ?? 0));
  return {
    asOf: options.asOf,
    creates,
    updates,
    unchanged,
    notInFile,
    errors,
    warnings: parsed.warnings,
    hasErrors: errors.length > 0,
  };
}

function newMember(row: ImportedMember, options: ImportPlanOptions): Member {
  return createMember({
    id: options.newMemberId(row.membershipNumber),
    membershipNumber: row.membershipNumber,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email ?? null,
    phone: row.phone ?? null,
    addressLines: row.addressLines ?? [],
    postcode: row.postcode ?? null,
    branchId: row.branchId,
    joinedOn: row.joinedOn,
    status: row.status,
    statusSince: inferredStatusDate(row, options.asOf),
    paidUpTo: row.paidUpTo ?? null,
    gender: row.gender ?? null,
    ethnicity: row.ethnicity ?? null,
    dateOfBirth: row.dateOfBirth ?? null,
    ageBand: row.ageBand ?? null,
    tradeUnions: row.tradeUnions ?? [],
    consent: { ...noConsent, ...row.consent },
  });
}

// An active member whose national record says they became active after our last recorded change lapsed and
// rejoined in between: record the gap (its start is unknown, so the day before) so continuity restarts.
function withUnrecordedRejoin(member: Member, rejoinedOn: IsoDate): Member {
  const lastChange = member.statusHistory.at(-1)?.on ?? member.joinedOn;
  const lapsedOn = addDays(rejoinedOn, -1);
  if (lapsedOn <= lastChange) return member;
  return {
    ...member,
    statusHistory: [
      ...member.statusHistory,
      { on: lapsedOn, status: 'lapsed', note: 'import: rejoined; lapse date unknown' },
      { on: rejoinedOn, status: 'active', note: 'import' },
    ],
  };
}

interface UpdateProblem {
  readonly field: MembershipCsvField;
  readonly value: string;
  readonly problem: string;
  readonly fix: string;
}

function updatedMember(
  before: Member,
  row: ImportedMember,
  options: ImportPlanOptions,
): Member | UpdateProblem {
  let member = before;
  if (row.joinedOn !== before.joinedOn) {
    const [firstStatus, ...laterStatuses] = before.statusHistory;
    const [firstMove, ...laterMoves] = before.branchHistory;
    const nextChange = [laterStatuses[0]?.on, laterMoves[0]?.on].filter((on) => on !== undefined).sort()[0];
    if (
      firstStatus === undefined ||
      firstMove === undefined ||
      (nextChange !== undefined && row.joinedOn > nextChange)
    ) {
      return {
        field: 'joinedOn',
        value: row.joinedOn,
        problem: `join date ${row.joinedOn} is after the member's recorded change on ${nextChange ?? 'record'}`,
        fix: 'check the join date; a rejoin is shown by the status, not by a new join date',
      };
    }
    member = {
      ...member,
      joinedOn: row.joinedOn,
      statusHistory: [{ ...firstStatus, on: row.joinedOn }, ...laterStatuses],
      branchHistory: [{ ...firstMove, on: row.joinedOn }, ...laterMoves],
    };
  }
  if (row.status !== member.status) {
    const lastChange = member.statusHistory.at(-1)?.on ?? member.joinedOn;
    const inferred = inferredStatusDate(row, options.asOf) ?? options.asOf;
    if (row.statusSince !== null && row.statusSince < lastChange) {
      return {
        field: 'statusSince',
        value: row.statusSince,
        problem: `status date ${row.statusSince} is before the member's last recorded status change on ${lastChange}`,
        fix: `give a status date on or after ${lastChange}`,
      };
    }
    member = changeMemberStatus(member, row.status, laterDate(inferred, lastChange), 'import');
  } else if (row.status === 'active' && row.statusSince !== null) {
    member = withUnrecordedRejoin(member, row.statusSince);
  }
  if (row.branchId !== member.branchId) {
    const check = checkBranchMove(member, row.branchId, options.openRolls, options.tree);
    if (!check.allowed) {
      return {
        field: 'branch',
        value: row.branchId,
        problem: check.explanation,
        fix: 'import this row again after the roll closes',
      };
    }
    const lastMove = member.branchHistory.at(-1)?.on ?? member.joinedOn;
    const on = laterDate(options.asOf, lastMove);
    member = moveMemberToBranch(member, row.branchId, on, options.openRolls, options.tree);
  }
  member = {
    ...member,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email === undefined ? member.email : row.email,
    phone: row.phone === undefined ? member.phone : row.phone,
    addressLines: row.addressLines ?? member.addressLines,
    postcode: row.postcode === undefined ? member.postcode : row.postcode,
    paidUpTo: row.paidUpTo === undefined ? member.paidUpTo : row.paidUpTo,
    dateOfBirth: row.dateOfBirth === undefined ? member.dateOfBirth : row.dateOfBirth,
    ageBand: row.ageBand === undefined ? member.ageBand : row.ageBand,
    gender: row.gender === undefined ? member.gender : row.gender,
    ethnicity: row.ethnicity === undefined ? member.ethnicity : row.ethnicity,
    tradeUnions:
      row.tradeUnions === undefined ? member.tradeUnions : mergeUnions(member.tradeUnions, row.tradeUnions),
    consent: { ...member.consent, ...row.consent },
  };
  const [problem] = memberInvariantProblems(member);
  if (problem !== undefined) {
    return {
      field: 'membershipNumber',
      value: row.membershipNumber,
      problem: `the update would leave the record inconsistent: ${problem}`,
      fix: 'check the dates in this row',
    };
  }
  return member;
}
