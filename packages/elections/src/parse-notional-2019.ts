import { type CsvRow, exactHeader, readCsvTable } from './csv-table';
import type { NotionalPartyVotes, NotionalSeat } from './notional-seat';
import { partyFromNotionalCode } from './parties';
import { findRegion } from './regions';
import { to2024Code } from './scottish-code-changes';
import type { ConstituencyType, Nation } from './types';

/** A seat in the notional 2019 results on 2024 boundaries. */
export interface Notional2019Seat extends NotionalSeat {
  /** The code as written in the file; differs from `code` for the five Scottish seats that kept old codes. */
  originalCode: string;
  alternativeName: string;
  seq: number;
  regionCode: string;
  nation: Nation;
  type: ConstituencyType;
  turnoutPercent: number;
  majority: number;
  /** The aggregate "TOTOTHV" row (all other candidates), kept apart from the party rows; null if absent. */
  totalOthers: number | null;
  /** The aggregate "MAXOTHV" row (largest single other candidate); null if absent. */
  largestOther: number | null;
}

const COLUMNS = [
  'Constituency name',
  'Constituency name (alt)',
  'ONS ID',
  'Seq',
  'Region code',
  'Country name',
  'Constituency type',
  'Turnout %',
  'Electorate',
  'Valid votes',
  'Majority',
  'Party code',
  'Votes',
  'Party abbreviation',
  'Party name',
  'MNIS party ID',
];
const TOTAL_OTHERS = 'TOTOTHV';
const LARGEST_OTHER = 'MAXOTHV';

/** Seat-level columns, repeated on every party row; all rows of one seat must agree. */
const SEAT_LEVEL = ['Constituency name', 'Region code', 'Turnout %', 'Electorate', 'Valid votes', 'Majority'];

function newSeat(row: CsvRow): Notional2019Seat {
  const originalCode = row.text('ONS ID');
  const shortRegion = row.text('Region code');
  const region = findRegion(shortRegion);
  if (region === undefined) row.fail('Region code', `unknown region code "${shortRegion}"`);
  return {
    line: row.line,
    code: to2024Code(originalCode),
    originalCode,
    name: row.text('Constituency name'),
    alternativeName: row.text('Constituency name (alt)'),
    seq: row.count('Seq'),
    regionCode: region.code,
    nation: row.nation('Country name'),
    type: row.constituencyType('Constituency type'),
    turnoutPercent: row.decimal('Turnout %'),
    electorate: row.count('Electorate'),
    validVotes: row.count('Valid votes'),
    majority: row.count('Majority'),
    parties: [],
    totalOthers: null,
    largestOther: null,
  };
}

/**
 * Parses the notional 2019 results on 2024 boundaries (one row per party per seat) into seats. The
 * aggregate TOTOTHV/MAXOTHV rows are set aside (never summed with the parties), the five unchanged
 * Scottish seats get their 2024 codes, and party codes become abbreviations (BRXV → BRX, IND1V → Ind).
 */
export function parseNotional2019(text: string, file: string): Notional2019Seat[] {
  const seats = new Map<string, Notional2019Seat>();
  const firstRows = new Map<string, CsvRow>();
  for (const row of readCsvTable(text, file, { header: exactHeader(COLUMNS) }).rows) {
    const originalCode = row.text('ONS ID');
    let seat = seats.get(originalCode);
    const first = firstRows.get(originalCode);
    if (seat === undefined || first === undefined) {
      seat = newSeat(row);
      seats.set(originalCode, seat);
      firstRows.set(originalCode, row);
    } else {
      for (const column of SEAT_LEVEL) {
        if (row.raw(column) !== first.raw(column)) {
          row.fail(column, `differs from line ${first.line} for the same seat ("${first.raw(column)}")`);
        }
      }
    }
    const code = row.text('Party code');
    const votes = row.count('Votes');
    if (code === TOTAL_OTHERS || code === LARGEST_OTHER) {
      if ((code === TOTAL_OTHERS ? seat.totalOthers : seat.largestOther) !== null) {
        row.fail('Party code', `second ${code} row for seat ${originalCode}`);
      }
      if (code === TOTAL_OTHERS) seat.totalOthers = votes;
      else seat.largestOther = votes;
      continue;
    }
    const party: NotionalPartyVotes = {
      line: row.line,
      party: partyFromNotionalCode(code),
      partyName: row.text('Party name'),
      votes,
    };
    seat.parties.push(party);
  }
  return [...seats.values()];
}
