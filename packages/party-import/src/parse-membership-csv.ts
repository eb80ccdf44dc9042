import {
  type AgeBand,
  type ContactConsent,
  type IsoDate,
  isWithin,
  type MemberStatus,
  normalisePostcode,
  type TradeUnionMembership,
  type Unit,
  type UnitTree,
} from '@caucus/party';
import { readCsvRecords } from './csv-records';
import {
  normaliseImportEmail,
  normaliseImportPhone,
  parseImportAgeBand,
  parseImportDate,
  parseImportStatus,
  parseImportYesNo,
} from './import-field-parsers';
import { fieldForHeader, type MembershipCsvField, membershipCsvColumns } from './membership-csv-columns';

/** A trade union the import recognises, linked to its `Affiliate` if affiliated to the party. */
export interface TradeUnionDirectoryEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly affiliateId: string | null;
  readonly tucAffiliated: boolean;
}

/** A problem found while importing, located by line and column, with what is wrong and how to fix it. */
export interface ImportIssue {
  readonly severity: 'error' | 'warning';
  /** Physical line in the file, 1-based; the header is line 1. */
  readonly line: number;
  /** The column's header as written in the file, or null for a problem with the whole line or file. */
  readonly column: string | null;
  /** 1-based column position, or null. */
  readonly columnNumber: number | null;
  /** The offending cell, or null. */
  readonly value: string | null;
  readonly message: string;
  readonly fix: string;
}

/** A validated CSV row: required fields always; an optional field is undefined when its column is not in the file. */
export interface ImportedMember {
  readonly membershipNumber: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly branchId: string;
  readonly joinedOn: IsoDate;
  readonly status: MemberStatus;
  readonly statusSince: IsoDate | null;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly addressLines?: readonly string[];
  readonly postcode?: string | null;
  readonly paidUpTo?: IsoDate | null;
  readonly dateOfBirth?: IsoDate | null;
  readonly ageBand?: AgeBand | null;
  readonly gender?: string | null;
  readonly ethnicity?: string | null;
  readonly tradeUnions?: readonly TradeUnionMembership[];
  readonly consent?: Partial<ContactConsent>;
}

/** A valid row and the line it came from. */
export interface ImportRow {
  readonly line: number;
  readonly member: ImportedMember;
}

/** How a header in the file was understood. */
export interface ImportColumn {
  readonly header: string;
  readonly columnNumber: number;
  /** The field the column feeds, or null if ignored. */
  readonly field: MembershipCsvField | null;
}

/** The result of parsing a membership CSV: valid rows, and errors and warnings by line and column. */
export interface ParsedMembershipCsv {
  readonly columns: readonly ImportColumn[];
  readonly rows: readonly ImportRow[];
  readonly errors: readonly ImportIssue[];
  readonly warnings: readonly ImportIssue[];
  /** True when any error was found: an all-or-nothing import must then apply nothing. */
  readonly hasErrors: boolean;
}

/** What parsing needs besides the text: the unit tree (to find branches) and the known trade unions. */
export interface MembershipCsvContext {
  readonly tree: UnitTree;
  readonly tradeUnions: readonly TradeUnionDirectoryEntry[];
}

const DATE_FIX = 'write the date as YYYY-MM-DD (e.g. 2024-03-01) or DD/MM/YYYY (e.g. 01/03/2024)';

function key(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

function indexUnits(units: readonly Unit[]): (reference: string) => Unit[] {
  const byKey = new Map<string, Unit[]>();
  const add = (name: string, unit: Unit) => {
    const list = byKey.get(key(name)) ?? [];
    if (!list.includes(unit)) list.push(unit);
    byKey.set(key(name), list);
  };
  for (const unit of units) {
    add(unit.id, unit);
    add(unit.name, unit);
    if (unit.gss !== null) add(unit.gss, unit);
  }
  return (reference) => byKey.get(key(reference)) ?? [];
}

function canonicalHeader(field: MembershipCsvField): string {
  return membershipCsvColumns.find((spec) => spec.field === field)?.header ?? field;
}

function headerIssues(columns: readonly ImportColumn[]): { errors: ImportIssue[]; warnings: ImportIssue[] } {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const seen = new Map<MembershipCsvField, ImportColumn>();
  for (const column of columns) {
    const at = { line: 1, column: column.header, columnNumber: column.columnNumber, value: column.header };
    if (column.field === null) {
      warnings.push({
        ...at,
        severity: 'warning',
        message: `column "${column.header}" is not recognised and will be ignored`,
        fix: `rename it to one of: ${membershipCsvColumns.map((spec) => spec.header).join(', ')}`,
      });
      continue;
    }
    const earlier = seen.get(column.field);
    if (earlier !== undefined) {
      errors.push({
        ...at,
        severity: 'error',
        message: `columns "${earlier.header}" and "${column.header}" both give ${canonicalHeader(column.field)}`,
        fix: 'remove or rename one of them',
      });
    }
    seen.set(column.field, column);
  }
  for (const spec of membershipCsvColumns) {
    if (spec.required && !seen.has(spec.field)) {
      errors.push({
        severity: 'error',
        line: 1,
        column: null,
        columnNumber: null,
        value: null,
        message: `required column "${spec.header}" is missing`,
        fix: `add a column headed "${spec.header}" (also accepted: ${spec.aliases.join(', ')})`,
      });
    }
  }
  return { errors, warnings };
}

/** Parses and validates a membership CSV export (see `membershipCsvColumns`) without touching any stored data. */
export function parseMembershipCsv(text: string, context: MembershipCsvContext): ParsedMembershipCsv {
  const { records, problems } = readCsvRecords(text);
  const syntaxErrors = problems.map(
    (problem): ImportIssue => ({
      severity: 'error',
      line: problem.line,
      column: null,
      columnNumber: null,
      value: null,
      message: problem.message,
      fix: 'correct the quoting on this line; a field containing commas, quotes or line breaks must be wrapped in "…"',
    }),
  );
  const [header, ...body] = records;
  if (header === undefined) {
    const empty: ImportIssue = {
      severity: 'error',
      line: 1,
      column: null,
      columnNumber: null,
      value: null,
      message: 'the file has no header row',
      fix: 'export the membership list as CSV with a header row',
    };
    return { columns: [], rows: [], errors: [...syntaxErrors, empty], warnings: [], hasErrors: true };
  }
  const columns = header.fields.map(
    (name, index): ImportColumn => ({
      header: name.trim(),
      columnNumber: index + 1,
      field: fieldForHeader(name),
    }),
  );
  const fromHeader = headerIssues(columns);
  if (fromHeader.errors.length > 0) {
    const errors = [...syntaxErrors, ...fromHeader.errors];
    return { columns, rows: [], errors, warnings: fromHeader.warnings, hasErrors: true };
  }
  const rowReader = createRowReader(columns, context);
  const rows: ImportRow[] = [];
  const errors: ImportIssue[] = [...syntaxErrors];
  const firstLineOf = new Map<string, number>();
  for (const record of body) {
    const result = rowReader(record.line, record.fields);
    if (result === null) continue;
    if ('issues' in result) {
      errors.push(...result.issues);
      continue;
    }
    const number = result.member.membershipNumber;
    const earlier = firstLineOf.get(number);
    if (earlier !== undefined) {
      const column = columns.find((candidate) => candidate.field === 'membershipNumber');
      errors.push({
        severity: 'error',
        line: record.line,
        column: column?.header ?? null,
        columnNumber: column?.columnNumber ?? null,
        value: number,
        message: `membership number ${number} is also on line ${earlier}`,
        fix: 'keep one row per member',
      });
      continue;
    }
    firstLineOf.set(number, record.line);
    rows.push(result);
  }
  errors.sort((a, b) => a.line - b.line || (a.columnNumber ?? 0) - (b.columnNumber ?? 0));
  return { columns, rows, errors, warnings: fromHeader.warnings, hasErrors: errors.length > 0 };
}

type RowResult = ImportRow | { readonly issues: readonly ImportIssue[] } | null;

/** One row's cells, read by field, collecting the row's issues. */
class RowCells {
  readonly issues: ImportIssue[] = [];

  constructor(
    private readonly position: ReadonlyMap<MembershipCsvField, ImportColumn>,
    private readonly line: number,
    private readonly fields: readonly string[],
  ) {}

  has(field: MembershipCsvField): boolean {
    return this.position.has(field);
  }

  cell(field: MembershipCsvField): string {
    const column = this.position.get(field);
    return column === undefined ? '' : (this.fields[column.columnNumber - 1] ?? '').trim();
  }

  fail(field: MembershipCsvField, message: string, fix: string): void {
    const column = this.position.get(field);
    this.issues.push({
      severity: 'error',
      line: this.line,
      column: column?.header ?? null,
      columnNumber: column?.columnNumber ?? null,
      value: this.cell(field),
      message,
      fix,
    });
  }

  required(field: MembershipCsvField, label: string): string {
    const value = this.cell(field);
    if (value === '') this.fail(field, `${label} is missing`, `fill in the ${label}`);
    return value;
  }

  /** The parsed cell, null when blank or invalid (recording why). */
  optional<T>(
    field: MembershipCsvField,
    read: (value: string) => T | null,
    problem: (value: string) => string,
    fix: string,
  ): T | null {
    const value = this.cell(field);
    if (value === '') return null;
    const parsed = read(value);
    if (parsed === null) this.fail(field, problem(value), fix);
    return parsed;
  }

  date(field: MembershipCsvField, label: string): IsoDate | null {
    return this.optional(field, parseImportDate, (value) => `${label} "${value}" is not a date`, DATE_FIX);
  }

  text(field: MembershipCsvField): string | null {
    const value = this.cell(field);
    return value === '' ? null : value;
  }
}

const consentFields: readonly (readonly [MembershipCsvField, keyof ContactConsent])[] = [
  ['consentEmail', 'email'],
  ['consentPhone', 'phone'],
  ['consentSms', 'sms'],
  ['consentPost', 'post'],
];
const addressFields: readonly MembershipCsvField[] = ['addressLine1', 'addressLine2', 'addressLine3', 'town'];

function wrongFieldCount(line: number, expected: number, found: number): RowResult {
  return {
    issues: [
      {
        severity: 'error',
        line,
        column: null,
        columnNumber: null,
        value: null,
        message: `expected ${expected} fields, found ${found}`,
        fix: 'check for a missing field or an unquoted comma; wrap values containing commas in "…"',
      },
    ],
  };
}

function createRowReader(
  columns: readonly ImportColumn[],
  context: MembershipCsvContext,
): (line: number, fields: readonly string[]) => RowResult {
  const position = new Map<MembershipCsvField, ImportColumn>();
  for (const column of columns) if (column.field !== null) position.set(column.field, column);
  const units = [...context.tree.byId.values()];
  const findBranch = indexUnits(units.filter((unit) => unit.kind === 'branch'));
  const findClp = indexUnits(units.filter((unit) => unit.kind === 'clp'));
  const unionByName = new Map<string, TradeUnionDirectoryEntry>();
  for (const union of context.tradeUnions) {
    for (const name of [union.name, ...union.aliases]) unionByName.set(key(name), union);
  }
  const hasAddress = addressFields.some((field) => position.has(field));
  const hasConsent = consentFields.some(([field]) => position.has(field));

  return (line, fields) => {
    if (fields.every((field) => field.trim() === '')) return null;
    if (fields.length < columns.length || fields.slice(columns.length).some((field) => field.trim() !== '')) {
      return wrongFieldCount(line, columns.length, fields.length);
    }
    const row = new RowCells(position, line, fields);
    const membershipNumber = row.required('membershipNumber', 'membership number');
    const firstName = row.required('firstName', 'first name');
    const lastName = row.required('lastName', 'last name');
    const joinedOn = row.required('joinedOn', 'join date') === '' ? null : row.date('joinedOn', 'join date');
    const statusText = row.required('status', 'status');
    const status = statusText === '' ? null : parseImportStatus(statusText);
    if (statusText !== '' && status === null) {
      row.fail(
        'status',
        `status "${statusText}" is not recognised`,
        'use active, pending, suspended, lapsed, resigned, expelled or deceased',
      );
    }
    const statusSince = row.date('statusSince', 'status date');
    if (statusSince !== null && joinedOn !== null && statusSince < joinedOn) {
      row.fail(
        'statusSince',
        `status date ${statusSince} is before the join date ${joinedOn}`,
        'correct either date',
      );
    }
    const branch = resolveBranch(row.cell('branch'), row.cell('clp'), findBranch, findClp, context.tree);
    if (typeof branch === 'object') row.fail(branch.field, branch.message, branch.fix);

    const email = row.has('email')
      ? row.optional(
          'email',
          normaliseImportEmail,
          (value) => `"${value}" is not an email address`,
          'correct the address or leave it blank',
        )
      : undefined;
    const phone = row.has('phone')
      ? row.optional(
          'phone',
          normaliseImportPhone,
          (value) => `"${value}" is not a phone number`,
          'give 7–15 digits, e.g. 07700 900123, or leave it blank',
        )
      : undefined;
    const postcode = row.has('postcode')
      ? row.optional(
          'postcode',
          normalisePostcode,
          (value) => `"${value}" is not a UK postcode`,
          'give a full postcode such as TS24 7AA, or leave it blank',
        )
      : undefined;
    const ageBand = row.has('ageBand')
      ? row.optional(
          'ageBand',
          parseImportAgeBand,
          (value) => `age band "${value}" is not recognised`,
          'use under_18, 18_to_26, 27_to_34, 35_to_44, 45_to_54, 55_to_64 or 65_plus',
        )
      : undefined;
    const addressLines = hasAddress
      ? addressFields.map((field) => row.cell(field)).filter((value) => value !== '')
      : undefined;
    const paidUpTo = row.has('paidUpTo') ? row.date('paidUpTo', 'paid-up-to date') : undefined;
    const dateOfBirth = row.has('dateOfBirth') ? row.date('dateOfBirth', 'date of birth') : undefined;
    const tradeUnions = row.has('tradeUnions') ? readUnions(row, unionByName) : undefined;
    const consent = hasConsent ? readConsent(row) : undefined;
    if (row.issues.length > 0 || joinedOn === null || status === null || typeof branch !== 'string') {
      return { issues: row.issues };
    }
    // Every key is always present (one object shape, fast to build); undefined marks a column not in the file.
    const member: ImportedMember = {
      membershipNumber,
      firstName,
      lastName,
      branchId: branch,
      joinedOn,
      status,
      statusSince,
      email,
      phone,
      addressLines,
      postcode,
      paidUpTo,
      dateOfBirth,
      ageBand,
      gender: row.has('gender') ? row.text('gender') : undefined,
      ethnicity: row.has('ethnicity') ? row.text('ethnicity') : undefined,
      tradeUnions,
      consent,
    };
    return { line, member };
  };
}

function readConsent(row: RowCells): Partial<ContactConsent> {
  const consent: Partial<Record<keyof ContactConsent, boolean>> = {};
  for (const [field, channel] of consentFields) {
    if (!row.has(field)) continue;
    const value = parseImportYesNo(row.cell(field));
    if (value === null)
      row.fail(field, `"${row.cell(field)}" is not yes or no`, 'write yes or no (blank means no)');
    else consent[channel] = value;
  }
  return consent;
}

function readUnions(
  row: RowCells,
  unionByName: ReadonlyMap<string, TradeUnionDirectoryEntry>,
): TradeUnionMembership[] {
  const unions: TradeUnionMembership[] = [];
  const cell = row.cell('tradeUnions');
  if (cell === '') return unions;
  for (const name of cell.split(';')) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    const union = unionByName.get(key(trimmed));
    if (union === undefined) {
      row.fail(
        'tradeUnions',
        `trade union "${trimmed}" is not in the union list`,
        'use a union name from the union list, or ask an administrator to add it',
      );
    } else if (!unions.some((held) => held.union === union.name)) {
      unions.push({
        union: union.name,
        affiliateId: union.affiliateId,
        tucAffiliated: union.tucAffiliated,
        from: null,
        to: null,
      });
    }
  }
  return unions;
}

function resolveBranch(
  branchCell: string,
  clpCell: string,
  findBranch: (reference: string) => Unit[],
  findClp: (reference: string) => Unit[],
  tree: UnitTree,
): string | { field: MembershipCsvField; message: string; fix: string } {
  if (branchCell === '') return { field: 'branch', message: 'branch is missing', fix: 'fill in the branch' };
  let clp: Unit | null = null;
  if (clpCell !== '') {
    const clps = findClp(clpCell);
    const [only] = clps;
    if (clps.length !== 1 || only === undefined) {
      return {
        field: 'clp',
        message:
          clps.length === 0
            ? `CLP "${clpCell}" is not known`
            : `CLP "${clpCell}" matches ${clps.length} CLPs`,
        fix: 'give the 2024 constituency GSS code (e.g. E14001272)',
      };
    }
    clp = only;
  }
  const found = findBranch(branchCell);
  const within = clp;
  const candidates = within === null ? found : found.filter((unit) => isWithin(tree, unit.id, within.id));
  const [branch] = candidates;
  if (candidates.length === 1 && branch !== undefined) return branch.id;
  if (candidates.length > 1) {
    return {
      field: 'branch',
      message: `branch name "${branchCell}" matches ${candidates.length} branches`,
      fix: 'give the ward GSS code or branch id, or add a clp column',
    };
  }
  if (found.length > 0 && within !== null) {
    return {
      field: 'branch',
      message: `branch "${branchCell}" is not in ${within.name}`,
      fix: 'check that the branch and clp columns agree',
    };
  }
  return {
    field: 'branch',
    message: `branch "${branchCell}" is not known`,
    fix: 'give the ward GSS code, branch id or exact branch name as shown on the unit pages',
  };
}
