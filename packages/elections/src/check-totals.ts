import { type ElectionSummary, electionSummary } from './election-summary';
import type { DataIssue, ElectionDataset } from './types';

/** What `caucus data check` reports: per-election totals to compare with published figures, and data issues. */
export interface DataCheck {
  /** General elections and notional sets, oldest first. */
  elections: ElectionSummary[];
  byElections: number;
  constituencies: { '2010': number; '2024': number };
  issues: DataIssue[];
}

/** Totals per election (seats by party, votes, valid votes, turnout) plus the inconsistencies found on load. */
export function checkTotals(dataset: ElectionDataset): DataCheck {
  return {
    elections: dataset.elections
      .filter((election) => election.kind !== 'by-election')
      .map((election) => electionSummary(dataset, election.id)),
    byElections: dataset.elections.filter((election) => election.kind === 'by-election').length,
    constituencies: {
      '2010': dataset.constituencies.filter((seat) => seat.boundarySet === '2010').length,
      '2024': dataset.constituencies.filter((seat) => seat.boundarySet === '2024').length,
    },
    issues: dataset.issues,
  };
}
