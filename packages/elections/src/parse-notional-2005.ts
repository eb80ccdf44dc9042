import { type CsvRow, exactHeader, readCsvTable } from './csv-table';
import type { NotionalSeat } from './notional-seat';
import { OTHERS } from './parties';

const COLUMNS = [
  'constituency_id',
  'constituency_name',
  'mnis_party_id',
  'mnis_party_name',
  'mnis_party_abbrev',
  'votes',
  'total_votes',
  'electorate',
  'share',
];

/** The file marks the combined other candidates with "NA" in every party column. */
const NOT_A_PARTY = 'NA';
const SEAT_LEVEL = ['constituency_name', 'total_votes', 'electorate'];

/**
 * Parses the notional 2005 results on 2010 boundaries (one row per party per seat) into seats. The
 * "NA" rows (all other candidates together) become the party "Oth".
 */
export function parseNotional2005(text: string, file: string): NotionalSeat[] {
  const seats = new Map<string, NotionalSeat>();
  const firstRows = new Map<string, CsvRow>();
  for (const row of readCsvTable(text, file, { header: exactHeader(COLUMNS) }).rows) {
    const code = row.text('constituency_id');
    let seat = seats.get(code);
    const first = firstRows.get(code);
    if (seat === undefined || first === undefined) {
      seat = {
        line: row.line,
        code,
        name: row.text('constituency_name'),
        electorate: row.count('electorate'),
        validVotes: row.count('total_votes'),
        parties: [],
      };
      seats.set(code, seat);
      firstRows.set(code, row);
    } else {
      for (const column of SEAT_LEVEL) {
        if (row.raw(column) !== first.raw(column)) {
          row.fail(column, `differs from line ${first.line} for the same seat ("${first.raw(column)}")`);
        }
      }
    }
    row.decimal('share'); // checked for form only: shares are recomputed from votes
    const abbreviation = row.text('mnis_party_abbrev');
    const isOthers = abbreviation === NOT_A_PARTY;
    seat.parties.push({
      line: row.line,
      party: isOthers ? OTHERS : abbreviation,
      partyName: isOthers ? 'Others' : row.text('mnis_party_name'),
      votes: row.count('votes'),
    });
  }
  return [...seats.values()];
}
