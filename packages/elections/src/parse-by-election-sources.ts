import { exactHeader, readCsvTable } from './csv-table';

/** The Commons Library by-elections briefing for one Parliament. */
export interface ByElectionSource {
  line: number;
  parliament: number;
  briefingUrl: string;
}

/** Parses by_elections_sources.csv. */
export function parseByElectionSources(text: string, file: string): ByElectionSource[] {
  const header = exactHeader(['Parliament number', 'Commons Library briefing']);
  return readCsvTable(text, file, { header }).rows.map((row) => ({
    line: row.line,
    parliament: row.count('Parliament number'),
    briefingUrl: row.text('Commons Library briefing'),
  }));
}
