import { type CsvRow, type HeaderCheck, matchColumns, readCsvTable } from './csv-table';
import { parseResultSummary } from './parse-result-summary';
import { normalisePartyAbbreviation } from './parties';
import { findRegion } from './regions';
import type { ConstituencyType, Gender, Nation, ResultSummary } from './types';

/** General-election files have one row per seat; by-election files add the by-election and writ dates. */
export type ResultsFileVariant = 'general' | 'by-election';

/** One row of a constituency-level results file (ge*_constituencies.csv, byelections_*_constituencies.csv). */
export interface ConstituencyResultRow {
  line: number;
  /** Polling day of the by-election (yyyy-mm-dd); null in general-election files. */
  byElectionDate: string | null;
  writDate: string | null;
  code: string;
  regionCode: string;
  name: string;
  county: string | null;
  regionName: string;
  nation: Nation;
  type: ConstituencyType;
  declarationTime: string | null;
  memberFirstName: string;
  memberSurname: string;
  memberGender: Gender;
  result: ResultSummary;
  firstParty: string;
  secondParty: string | null;
  electorate: number;
  validVotes: number;
  /** Null where the data has "[x]" (not available). */
  invalidVotes: number | null;
  majority: number;
  /** Votes in each named party column; the columns differ by year (UKIP, then BRX, then RUK). */
  partyVotes: Record<string, number>;
  /** The "All other candidates" column. */
  allOtherVotes: number;
  /** The "Of which other winner" column, where the file has it. */
  otherWinnerVotes: number | null;
}

/** The party columns that appear in any constituency-level results file. */
export const PARTY_COLUMNS: readonly string[] = [
  'Con',
  'Lab',
  'LD',
  'UKIP',
  'BRX',
  'RUK',
  'Green',
  'SNP',
  'PC',
  'DUP',
  'SF',
  'SDLP',
  'UUP',
  'APNI',
];

const BY_ELECTION_LEAD = ['By-election date', 'Writ date'];
const SEAT_COLUMNS = [
  'ONS ID',
  'ONS region ID',
  'Constituency name',
  'County name',
  'Region name',
  'Country name',
  'Constituency type',
  'Declaration time',
  'Member first name',
  'Member surname',
  'Member gender',
  'Result',
  'First party',
  'Second party',
  'Electorate',
  'Valid votes',
  'Invalid votes',
  'Majority',
];
const ALL_OTHERS = 'All other candidates';
const OTHER_WINNER = 'Of which other winner';

function resultsHeader(variant: ResultsFileVariant): HeaderCheck {
  const lead = variant === 'by-election' ? [...BY_ELECTION_LEAD, ...SEAT_COLUMNS] : SEAT_COLUMNS;
  return (actual, fail) => {
    const names = matchColumns(actual, lead, 0, fail);
    let index = lead.length;
    const seen = new Set<string>();
    for (; index < actual.length && actual[index]?.trim() !== ALL_OTHERS; index++) {
      const party = actual[index]?.trim() ?? '';
      if (!PARTY_COLUMNS.includes(party))
        fail(index + 1, `unexpected column "${party}" (not a party column)`);
      if (seen.has(party)) fail(index + 1, `party column "${party}" appears twice`);
      seen.add(party);
      names.push(party);
    }
    if (index >= actual.length) fail(index + 1, `missing column "${ALL_OTHERS}"`);
    names.push(ALL_OTHERS);
    index++;
    if (index < actual.length) {
      if (actual[index]?.trim() !== OTHER_WINNER || index + 1 < actual.length) {
        fail(index + 1, `unexpected column "${actual[index] ?? ''}" after "${ALL_OTHERS}"`);
      }
      names.push(OTHER_WINNER);
    }
    return names;
  };
}

function readRow(
  row: CsvRow,
  variant: ResultsFileVariant,
  parties: readonly string[],
): ConstituencyResultRow {
  const regionCode = row.text('ONS region ID');
  if (findRegion(regionCode) === undefined) row.fail('ONS region ID', `unknown region code "${regionCode}"`);
  const resultText = row.text('Result');
  const result = parseResultSummary(resultText);
  if (result === undefined) {
    row.fail('Result', `expected "<party> hold" or "<party> gain from <party>", found "${resultText}"`);
  }
  const partyVotes: Record<string, number> = {};
  for (const party of parties) partyVotes[party] = row.count(party);
  const secondParty = row.optionalText('Second party');
  return {
    line: row.line,
    byElectionDate: variant === 'by-election' ? row.date('By-election date') : null,
    writDate: variant === 'by-election' ? row.optionalDate('Writ date') : null,
    code: row.text('ONS ID'),
    regionCode,
    name: row.text('Constituency name'),
    county: row.optionalText('County name'),
    regionName: row.text('Region name'),
    nation: row.nation('Country name'),
    type: row.constituencyType('Constituency type'),
    declarationTime: row.optionalDeclarationTime('Declaration time'),
    memberFirstName: row.text('Member first name'),
    memberSurname: row.text('Member surname'),
    memberGender: row.gender('Member gender'),
    result,
    firstParty: normalisePartyAbbreviation(row.text('First party')),
    secondParty: secondParty === null ? null : normalisePartyAbbreviation(secondParty),
    electorate: row.count('Electorate'),
    validVotes: row.count('Valid votes'),
    invalidVotes: row.optionalCount('Invalid votes'),
    majority: row.count('Majority'),
    partyVotes,
    allOtherVotes: row.count(ALL_OTHERS),
    otherWinnerVotes: row.hasColumn(OTHER_WINNER) ? row.count(OTHER_WINNER) : null,
  };
}

/**
 * Parses a constituency-level results file. Party columns may be any of PARTY_COLUMNS (they differ by
 * year); "Respect" and "Lab Coop" spellings are normalised; "[x]" invalid votes become null; one row per
 * seat (per seat and date for by-elections), else InvalidValueError.
 */
export function parseConstituencyResults(
  text: string,
  file: string,
  variant: ResultsFileVariant,
): ConstituencyResultRow[] {
  const { columns, rows } = readCsvTable(text, file, { header: resultsHeader(variant) });
  const parties = columns.filter((name) => PARTY_COLUMNS.includes(name));
  const seen = new Set<string>();
  return rows.map((row) => {
    const parsed = readRow(row, variant, parties);
    const key = `${parsed.code} ${parsed.byElectionDate ?? ''}`;
    if (seen.has(key)) row.fail('ONS ID', `seat ${parsed.code} appears twice`);
    seen.add(key);
    return parsed;
  });
}
