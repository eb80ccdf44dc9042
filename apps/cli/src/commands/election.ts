import { electionSummary } from '@caucus/elections';
import { withDataset } from '../load-dataset';
import { emit, type OutputOptions } from '../output';
import { count, percent, renderTable } from '../text-table';

/** Prints UK-wide seats, votes and shares at one general election (by-elections excluded). */
export async function electionCommand(year: string, options: OutputOptions): Promise<void> {
  const summary = await withDataset((dataset) => electionSummary(dataset, year));
  emit(summary, options, (s) =>
    [
      `${s.label}: ${count(s.validVotes)} valid votes of ${count(s.electorate)} electors (turnout ${percent(s.turnout)})`,
      '',
      renderTable(
        ['Party', 'Seats', 'Votes', 'Share'],
        Object.entries(s.votes)
          .filter(([party]) => (s.seats[party] ?? 0) > 0 || (s.shares[party] ?? 0) >= 0.005)
          .map(([party, votes]) => [
            party,
            String(s.seats[party] ?? 0),
            count(votes),
            percent(s.shares[party] ?? 0),
          ]),
        ['left', 'right', 'right', 'right'],
      ),
    ].join('\n'),
  );
}
