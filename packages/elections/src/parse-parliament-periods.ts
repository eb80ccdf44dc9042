import { readCsvTable } from './csv-table';

/** One Parliament since 1801: number, label, key dates and references. */
export interface ParliamentPeriod {
  line: number;
  number: number;
  label: string;
  summoned: string;
  stateOpening: string | null;
  /** Null for the current Parliament. */
  dissolved: string | null;
  wikidataId: string | null;
  /** Columns 6–9 of the file: other references (Wikidata, Hansard volumes), blank where none. */
  references: (string | null)[];
  londonGazetteIssue: string | null;
}

const PARLIAMENT_COLUMNS = [
  'number',
  'label',
  'summoned',
  'state opening',
  'dissolved',
  'wikidata id',
  'reference 1',
  'reference 2',
  'reference 3',
  'reference 4',
  'london gazette issue',
];

/** Parses parliament_periods.csv, which has no header row (columns as described in data/README.md). */
export function parseParliamentPeriods(text: string, file: string): ParliamentPeriod[] {
  return readCsvTable(text, file, { columns: PARLIAMENT_COLUMNS }).rows.map((row) => ({
    line: row.line,
    number: row.count('number'),
    label: row.text('label'),
    summoned: row.date('summoned'),
    stateOpening: row.optionalDate('state opening'),
    dissolved: row.optionalDate('dissolved'),
    wikidataId: row.optionalText('wikidata id'),
    references: ['reference 1', 'reference 2', 'reference 3', 'reference 4'].map((column) =>
      row.optionalText(column),
    ),
    londonGazetteIssue: row.optionalText('london gazette issue'),
  }));
}
