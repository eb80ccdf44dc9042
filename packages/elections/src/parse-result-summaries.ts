import { exactHeader, readCsvTable } from './csv-table';

/** A short result code ("Con gain from Lab") and its long form ("Conservative gain from Labour"). */
export interface ResultSummaryText {
  line: number;
  short: string;
  long: string;
}

/** Parses result_summaries.csv. */
export function parseResultSummaries(text: string, file: string): ResultSummaryText[] {
  const header = exactHeader(['Short summary', 'Long summary']);
  return readCsvTable(text, file, { header }).rows.map((row) => ({
    line: row.line,
    short: row.text('Short summary'),
    long: row.text('Long summary'),
  }));
}
