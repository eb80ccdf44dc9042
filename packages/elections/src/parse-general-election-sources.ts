import { exactHeader, readCsvTable } from './csv-table';

/** A general election (or notional set) and its Commons Library briefing. */
export interface GeneralElectionSource {
  line: number;
  pollingDate: string;
  isNotional: boolean;
  briefingUrl: string | null;
}

/** Parses general_elections_sources.csv. */
export function parseGeneralElectionSources(text: string, file: string): GeneralElectionSource[] {
  const header = exactHeader(['Polling date', 'Is notional', 'Commons Library briefing']);
  return readCsvTable(text, file, { header }).rows.map((row) => ({
    line: row.line,
    pollingDate: row.date('Polling date'),
    isNotional: row.boolean('Is notional'),
    briefingUrl: row.optionalText('Commons Library briefing'),
  }));
}
