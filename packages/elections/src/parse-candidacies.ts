import { type ColumnSpec, type CsvRow, type HeaderCheck, matchColumns, readCsvTable } from './csv-table';
import type { ResultsFileVariant } from './parse-constituency-results';
import { findRegion } from './regions';
import type { ConstituencyType, Gender, Nation } from './types';

/** One row of a candidate-level file (ge*_candidacies.csv, byelections_*_candidacies.csv). */
export interface CandidacyRow {
  line: number;
  /** Polling day of the by-election (yyyy-mm-dd); null in general-election files. */
  electionDate: string | null;
  code: string;
  /** Null where the cell says "NA" (eight 2024 rows for Central Ayrshire). */
  regionCode: string | null;
  constituencyName: string;
  county: string | null;
  regionName: string;
  nation: Nation;
  type: ConstituencyType;
  partyName: string;
  /** Party abbreviation; "Labour and Co-operative" candidates are "Lab". */
  party: string;
  electoralCommissionPartyId: string | null;
  mnisPartyId: string | null;
  electoralCommissionAdjunctPartyId: string | null;
  firstName: string;
  surname: string;
  gender: Gender;
  /** Null where the cell is blank (some 2010 rows hold only a no-break space). */
  sittingMp: boolean | null;
  formerMp: boolean | null;
  mnisMemberId: string | null;
  votes: number;
  /** Share of valid votes, 0–1. */
  share: number;
  /** Change in share since the previous election, 0–1 points; null where there is none. */
  change: number | null;
  democracyClubPersonId: string | null;
}

const CANDIDATE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'ONS ID', aliases: ['ONS ID2'] },
  'ONS region ID',
  'Constituency name',
  'County name',
  'Region name',
  'Country name',
  'Constituency type',
  'Party name',
  'Party abbreviation',
  'Electoral Commission party ID',
  'MNIS party ID',
  'Electoral Commission adjunct party ID',
  'Candidate first name',
  'Candidate surname',
  'Candidate gender',
  'Sitting MP',
  'Former MP',
  'Member MNIS ID',
  'Votes',
  'Share',
  'Change',
];
const DC_PERSON_ID = 'Democracy Club person ID';

/** How one 2024 file marks a missing region code. */
const NOT_AVAILABLE = 'NA';

function candidaciesHeader(variant: ResultsFileVariant): HeaderCheck {
  return (actual, fail) => {
    const lead = variant === 'by-election' ? ['Election date', ...CANDIDATE_COLUMNS] : CANDIDATE_COLUMNS;
    const names = matchColumns(actual, lead, 0, fail);
    // 2024 and by-election files end with the Democracy Club person ID ("DC Person ID" in 2024).
    const tail: ColumnSpec[] =
      variant === 'by-election' || actual.length > lead.length
        ? [{ name: DC_PERSON_ID, aliases: ['DC Person ID'] }]
        : [];
    names.push(...matchColumns(actual, tail, lead.length, fail));
    if (actual.length > names.length) {
      fail(names.length + 1, `unexpected extra column "${actual[names.length] ?? ''}"`);
    }
    return names;
  };
}

function readRow(row: CsvRow, variant: ResultsFileVariant): CandidacyRow {
  const regionText = row.text('ONS region ID');
  const regionCode = regionText === NOT_AVAILABLE ? null : (findRegion(regionText)?.code ?? null);
  if (regionCode === null && regionText !== NOT_AVAILABLE) {
    row.fail('ONS region ID', `unknown region code "${regionText}"`);
  }
  return {
    line: row.line,
    electionDate: variant === 'by-election' ? row.date('Election date') : null,
    code: row.text('ONS ID'),
    regionCode,
    constituencyName: row.text('Constituency name'),
    county: row.optionalText('County name'),
    regionName: row.text('Region name'),
    nation: row.nation('Country name'),
    type: row.constituencyType('Constituency type'),
    partyName: row.text('Party name'),
    party: row.text('Party abbreviation'),
    electoralCommissionPartyId: row.optionalText('Electoral Commission party ID'),
    mnisPartyId: row.optionalText('MNIS party ID'),
    electoralCommissionAdjunctPartyId: row.optionalText('Electoral Commission adjunct party ID'),
    firstName: row.raw('Candidate first name'),
    surname: row.text('Candidate surname'),
    gender: row.gender('Candidate gender'),
    sittingMp: row.yesNo('Sitting MP'),
    formerMp: row.yesNo('Former MP'),
    mnisMemberId: row.optionalText('Member MNIS ID'),
    votes: row.count('Votes'),
    share: row.decimal('Share'),
    change: row.optionalDecimal('Change'),
    democracyClubPersonId: row.hasColumn(DC_PERSON_ID) ? row.optionalText(DC_PERSON_ID) : null,
  };
}

/**
 * Parses a candidate-level file. Handles the by-election variant (leading "Election date"), the 2024
 * "DC Person ID" column, the "ONS ID2" header, both gender code sets, and blank or padded Yes/No cells.
 */
export function parseCandidacies(text: string, file: string, variant: ResultsFileVariant): CandidacyRow[] {
  return readCsvTable(text, file, { header: candidaciesHeader(variant) }).rows.map((row) =>
    readRow(row, variant),
  );
}
