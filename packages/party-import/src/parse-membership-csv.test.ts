import { buildUnitTree } from '@caucus/party';
import { fixtureTree, fixtureUnits } from '@caucus/party/testing';
import { describe, expect, it } from 'vitest';
import {
  type MembershipCsvContext,
  parseMembershipCsv,
  type TradeUnionDirectoryEntry,
} from './parse-membership-csv';

const tradeUnions: TradeUnionDirectoryEntry[] = [
  { name: 'UNISON', aliases: [], affiliateId: 'affiliate-unison', tucAffiliated: true },
  { name: 'NEU', aliases: ['National Education Union'], affiliateId: null, tucAffiliated: true },
];
const context: MembershipCsvContext = { tree: fixtureTree, tradeUnions };
const header = 'membership_number,first_name,last_name,branch,joined_on,status';

const parse = (text: string, ctx: MembershipCsvContext = context) => parseMembershipCsv(text, ctx);
const errorsOf = (text: string) =>
  parse(text).errors.map((error) => [error.line, error.column, error.message, error.fix]);

describe('parseMembershipCsv: headers', () => {
  it('accepts liberal header names and reports how each was understood', () => {
    const result = parse(
      'Membership No.,Forename,SURNAME,Ward Code,Date Joined,Membership Status,Shoe size\nL1,Ann,Smith,E05008942,01/03/2024,Current,9\n',
    );
    expect(result.columns.map((column) => column.field)).toEqual([
      'membershipNumber',
      'firstName',
      'lastName',
      'branch',
      'joinedOn',
      'status',
      null,
    ]);
    expect(result.hasErrors).toBe(false);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ line: 1, column: 'Shoe size', columnNumber: 7 });
    expect(result.rows).toEqual([
      {
        line: 2,
        member: {
          membershipNumber: 'L1',
          firstName: 'Ann',
          lastName: 'Smith',
          branchId: 'burn-valley',
          joinedOn: '2024-03-01',
          status: 'active',
          statusSince: null,
        },
      },
    ]);
  });

  it('names missing required columns and how to fix them', () => {
    const result = parse('membership_number,first_name,surname\nL1,Ann,Smith\n');
    expect(result.hasErrors).toBe(true);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((error) => error.message)).toEqual([
      'required column "branch" is missing',
      'required column "joined_on" is missing',
      'required column "status" is missing',
    ]);
    expect(result.errors[0]?.fix).toContain('also accepted: branch code');
  });

  it('refuses two columns for one field', () => {
    expect(errorsOf(`${header},Surname\nL1,Ann,Smith,burn-valley,2024-01-01,active,Smith\n`)).toEqual([
      [1, 'Surname', 'columns "last_name" and "Surname" both give last_name', 'remove or rename one of them'],
    ]);
  });

  it('reports an empty file', () => {
    expect(parse('').errors[0]?.message).toBe('the file has no header row');
  });
});

describe('parseMembershipCsv: rows', () => {
  it('locates each bad cell by line and column, with a fix', () => {
    const text = [
      `${header},postcode,email,paid_up_to`,
      'L1,Ann,Smith,burn-valley,2024-01-01,active,TS24 7AA,ann@example.org,2025-01-01',
      'L2,Bob,,burn-valley,2024-13-01,retired,XX,bob@,soon',
    ].join('\n');
    const result = parse(text);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(
      result.errors.map((error) => [
        error.line,
        error.column,
        error.columnNumber,
        error.value,
        error.message,
      ]),
    ).toEqual([
      [3, 'last_name', 3, '', 'last name is missing'],
      [3, 'joined_on', 5, '2024-13-01', 'join date "2024-13-01" is not a date'],
      [3, 'status', 6, 'retired', 'status "retired" is not recognised'],
      [3, 'postcode', 7, 'XX', '"XX" is not a UK postcode'],
      [3, 'email', 8, 'bob@', '"bob@" is not an email address'],
      [3, 'paid_up_to', 9, 'soon', 'paid-up-to date "soon" is not a date'],
    ]);
    expect(result.errors[1]?.fix).toContain('YYYY-MM-DD');
  });

  it('counts physical lines across quoted line breaks and blank lines', () => {
    const text = `${header},address_line_1\r\nL1,Ann,Smith,burn-valley,2024-01-01,active,"Flat 1\r\nHigh St"\r\n\r\nL2,Bob,Jones,nowhere,2024-01-01,active,x\r\n`;
    expect(errorsOf(text)).toEqual([
      [
        5,
        'branch',
        'branch "nowhere" is not known',
        'give the ward GSS code, branch id or exact branch name as shown on the unit pages',
      ],
    ]);
  });

  it('reports a wrong number of fields, but tolerates trailing empty ones', () => {
    const text = `${header}\nL1,Ann,Smith,burn-valley,2024-01-01\nL2,Bob,Jones,burn-valley,2024-01-01,active,,\nL3,Cy,Lee,burn-valley,2024-01-01,active,extra\n`;
    const result = parse(text);
    expect(result.rows.map((row) => row.line)).toEqual([3]);
    expect(result.errors.map((error) => [error.line, error.message])).toEqual([
      [2, 'expected 6 fields, found 5'],
      [4, 'expected 6 fields, found 7'],
    ]);
  });

  it('reports CSV syntax errors by line', () => {
    const result = parse(`${header}\nL1,"Ann"x,Smith,burn-valley,2024-01-01,active\n`);
    expect(result.errors[0]).toMatchObject({ line: 2, column: null });
    expect(result.hasErrors).toBe(true);
  });

  it('refuses a membership number given twice', () => {
    const text = `${header}\nL1,Ann,Smith,burn-valley,2024-01-01,active\nL1,Ann,Smith,headland,2024-01-01,active\n`;
    expect(errorsOf(text)).toEqual([
      [3, 'membership_number', 'membership number L1 is also on line 2', 'keep one row per member'],
    ]);
  });

  it('finds branches by ward code, id or name, using the CLP to tell same-named branches apart', () => {
    const twin = buildUnitTree([
      ...fixtureUnits,
      { id: 'central-a', kind: 'branch', name: 'Central branch', parentId: 'hartlepool', gss: null },
      { id: 'central-b', kind: 'branch', name: 'Central branch', parentId: 'wigan', gss: null },
    ]);
    const ctx = { tree: twin, tradeUnions };
    const row = (branch: string, clp = '') =>
      parse(`${header},clp\nL1,Ann,Smith,${branch},2024-01-01,active,${clp}\n`, ctx);
    expect(row('E05008942').rows[0]?.member.branchId).toBe('burn-valley');
    expect(row('headland').rows[0]?.member.branchId).toBe('headland');
    expect(row('  burn valley BRANCH ').rows[0]?.member.branchId).toBe('burn-valley');
    expect(row('Central branch').errors[0]?.message).toBe('branch name "Central branch" matches 2 branches');
    expect(row('Central branch', 'E14001585').rows[0]?.member.branchId).toBe('central-b');
    expect(row('Central branch', 'Hartlepool CLP').rows[0]?.member.branchId).toBe('central-a');
    expect(row('headland', 'E14001585').errors[0]?.message).toBe('branch "headland" is not in Wigan CLP');
    expect(row('headland', 'E14009999').errors[0]?.message).toBe('CLP "E14009999" is not known');
  });

  it('reads every optional field, and leaves out fields whose column is absent', () => {
    const text = [
      'membership_number,first_name,last_name,email,phone,address_line_1,address_line_2,town,postcode,branch,joined_on,status,status_since,paid_up_to,date_of_birth,age_band,gender,ethnicity,trade_union,consent_email,consent_post',
      'L1,Ann,Smith,ANN@EXAMPLE.ORG,07700 900123,1 High St,,Hartlepool,ts247aa,burn-valley,15/01/2020,Lapsed,01/02/2024,31/01/2024,01/06/1990,27-34,woman,Black British,unison; National Education Union,yes,no',
      'L2,Bob,Jones,,,,,,,headland,2021-01-01,active,,,,,,,,,',
    ].join('\n');
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.member).toEqual({
      membershipNumber: 'L1',
      firstName: 'Ann',
      lastName: 'Smith',
      email: 'ann@example.org',
      phone: '07700900123',
      addressLines: ['1 High St', 'Hartlepool'],
      postcode: 'TS24 7AA',
      branchId: 'burn-valley',
      joinedOn: '2020-01-15',
      status: 'lapsed',
      statusSince: '2024-02-01',
      paidUpTo: '2024-01-31',
      dateOfBirth: '1990-06-01',
      ageBand: '27_to_34',
      gender: 'woman',
      ethnicity: 'Black British',
      tradeUnions: [
        { union: 'UNISON', affiliateId: 'affiliate-unison', tucAffiliated: true, from: null, to: null },
        { union: 'NEU', affiliateId: null, tucAffiliated: true, from: null, to: null },
      ],
      consent: { email: true, post: false },
    });
    expect(result.rows[1]?.member).toMatchObject({
      email: null,
      addressLines: [],
      tradeUnions: [],
      consent: { email: false },
    });
    expect(result.rows[1]?.member).not.toHaveProperty('consent.phone');
  });

  it('checks unions, consent, age bands, phones and status dates', () => {
    const text = [
      `${header},status_since,trade_union,consent_sms,age_band,phone`,
      'L1,Ann,Smith,burn-valley,2024-01-01,lapsed,2023-12-31,Teamsters,perhaps,thirties,12',
    ].join('\n');
    expect(parse(text).errors.map((error) => [error.column, error.message])).toEqual([
      ['status_since', 'status date 2023-12-31 is before the join date 2024-01-01'],
      ['trade_union', 'trade union "Teamsters" is not in the union list'],
      ['consent_sms', '"perhaps" is not yes or no'],
      ['age_band', 'age band "thirties" is not recognised'],
      ['phone', '"12" is not a phone number'],
    ]);
  });
});
