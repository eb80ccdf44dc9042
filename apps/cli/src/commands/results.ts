import { type BoundarySet, seatHistory } from '@caucus/elections';
import { withDataset } from '../load-dataset';
import { CliError, emit, type OutputOptions } from '../output';
import { count, percent, renderTable } from '../text-table';

/** Options of `caucus results`. */
export interface ResultsOptions extends OutputOptions {
  boundaries?: string;
}

/** Prints a seat's results at every election since 2010, oldest first. */
export async function resultsCommand(seat: string, options: ResultsOptions): Promise<void> {
  const set = options.boundaries;
  if (set !== undefined && set !== '2010' && set !== '2024') {
    throw new CliError(`--boundaries must be 2010 or 2024 (got "${set}").`, 2);
  }
  const history = await withDataset((dataset) => seatHistory(dataset, seat, set as BoundarySet | undefined));
  emit(history, options, (h) =>
    [
      `${h.name} (${h.code}, ${h.boundarySet} boundaries) — ${h.county}, ${h.region}, ${h.nation}`,
      '',
      ...h.contests.flatMap((contest) => [
        `${contest.date} ${contest.kind === 'by-election' ? 'by-election' : 'general election'}: ${contest.winner} (${contest.winnerName}), majority ${count(contest.majority)} (${percent(contest.majorityShare)}), turnout ${percent(contest.turnout)}`,
        renderTable(
          ['Candidate', 'Party', 'Votes', 'Share'],
          contest.candidates.map((c) => [c.name, c.party, count(c.votes), percent(c.share)]),
          ['left', 'left', 'right', 'right'],
        ),
        '',
      ]),
      ...(h.notional.length > 0
        ? [
            `Notional results on these boundaries: ${h.notional
              .map((n) => `${n.election} ${n.winner} majority ${count(n.majority)}`)
              .join('; ')}`,
          ]
        : []),
      ...(h.successors.length > 0
        ? [`Now part of: ${h.successors.map((s) => `${s.name} (${percent(s.share, 0)})`).join(', ')}`]
        : []),
      ...(h.predecessors.length > 0
        ? [`Drawn from: ${h.predecessors.map((s) => `${s.name} (${percent(s.share, 0)})`).join(', ')}`]
        : []),
    ].join('\n'),
  );
}
