import type { DataFile } from './manifest';
import type { NotionalSeat } from './notional-seat';
import { type BoundaryFeature, parseBoundaries } from './parse-boundaries';
import { type ByElectionSource, parseByElectionSources } from './parse-by-election-sources';
import { type CandidacyRow, parseCandidacies } from './parse-candidacies';
import { type ConstituencyResultRow, parseConstituencyResults } from './parse-constituency-results';
import { type GeneralElectionSource, parseGeneralElectionSources } from './parse-general-election-sources';
import { type HexLayout, parseHexJson } from './parse-hexjson';
import { parseNotional2005 } from './parse-notional-2005';
import { type Notional2019Seat, parseNotional2019 } from './parse-notional-2019';
import { type ConstituencyOverlapRow, parseOverlaps } from './parse-overlaps';
import { type ParliamentPeriod, parseParliamentPeriods } from './parse-parliament-periods';
import { parseResultSummaries, type ResultSummaryText } from './parse-result-summaries';

/** A data file with its parsed content; `kind` tells which shape `data` has. */
export type ParsedDataFile =
  | { file: DataFile; kind: 'general-election-constituencies'; data: ConstituencyResultRow[] }
  | { file: DataFile; kind: 'by-election-constituencies'; data: ConstituencyResultRow[] }
  | { file: DataFile; kind: 'general-election-candidacies'; data: CandidacyRow[] }
  | { file: DataFile; kind: 'by-election-candidacies'; data: CandidacyRow[] }
  | { file: DataFile; kind: 'notional-2019-results'; data: Notional2019Seat[] }
  | { file: DataFile; kind: 'notional-2005-results'; data: NotionalSeat[] }
  | { file: DataFile; kind: 'constituency-overlaps'; data: ConstituencyOverlapRow[] }
  | { file: DataFile; kind: 'general-election-sources'; data: GeneralElectionSource[] }
  | { file: DataFile; kind: 'by-election-sources'; data: ByElectionSource[] }
  | { file: DataFile; kind: 'parliament-periods'; data: ParliamentPeriod[] }
  | { file: DataFile; kind: 'result-summaries'; data: ResultSummaryText[] }
  | { file: DataFile; kind: 'hex-layout'; data: HexLayout }
  | { file: DataFile; kind: 'boundaries'; data: BoundaryFeature[] };

/** Parses one manifest file's text with the parser its kind calls for; errors name the file's path. */
export function parseDataFile(file: DataFile, text: string): ParsedDataFile {
  const { path } = file;
  switch (file.kind) {
    case 'general-election-constituencies':
      return { file, kind: file.kind, data: parseConstituencyResults(text, path, 'general') };
    case 'by-election-constituencies':
      return { file, kind: file.kind, data: parseConstituencyResults(text, path, 'by-election') };
    case 'general-election-candidacies':
      return { file, kind: file.kind, data: parseCandidacies(text, path, 'general') };
    case 'by-election-candidacies':
      return { file, kind: file.kind, data: parseCandidacies(text, path, 'by-election') };
    case 'notional-2019-results':
      return { file, kind: file.kind, data: parseNotional2019(text, path) };
    case 'notional-2005-results':
      return { file, kind: file.kind, data: parseNotional2005(text, path) };
    case 'constituency-overlaps':
      return { file, kind: file.kind, data: parseOverlaps(text, path) };
    case 'general-election-sources':
      return { file, kind: file.kind, data: parseGeneralElectionSources(text, path) };
    case 'by-election-sources':
      return { file, kind: file.kind, data: parseByElectionSources(text, path) };
    case 'parliament-periods':
      return { file, kind: file.kind, data: parseParliamentPeriods(text, path) };
    case 'result-summaries':
      return { file, kind: file.kind, data: parseResultSummaries(text, path) };
    case 'hex-layout':
      return { file, kind: file.kind, data: parseHexJson(text, path) };
    case 'boundaries':
      return { file, kind: file.kind, data: parseBoundaries(text, path) };
  }
}
