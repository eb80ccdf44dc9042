import { analyseByElection, findByElection, repeatByElectionSwing } from '@caucus/elections';
import { withDataset } from '../load-dataset';
import { emit, type OutputOptions } from '../output';
import { count, percent, points, renderTable } from '../text-table';

/** Prints a by-election against the previous general election, and its swing repeated nationally. */
export async function byelectionCommand(
  seat: string,
  date: string | undefined,
  options: OutputOptions,
): Promise<void> {
  const report = await withDataset((dataset) => {
    const analysis = analyseByElection(dataset, findByElection(dataset, seat, date));
    return { ...analysis, repeated: repeatByElectionSwing(dataset, analysis) };
  });
  emit(report, options, (r) =>
    [
      `${r.name} by-election, ${r.date}: ${r.winner} ${r.gain ? `gain from ${r.previous.winner}` : 'hold'} (${r.winnerName}), majority ${count(r.majority)}`,
      `Compared with ${r.previous.election} (${r.previous.winner}, majority ${count(r.previous.majority)}); turnout ${percent(r.turnout.from)} → ${percent(r.turnout.to)}`,
      '',
      renderTable(
        ['Party', 'General election', 'By-election', 'Change'],
        Object.entries(r.shares).map(([party, s]) => [
          party,
          percent(s.from),
          percent(s.to),
          points(s.change),
        ]),
        ['left', 'right', 'right', 'right'],
      ),
      '',
      `Swing: ${points(Math.abs(r.swing.swing))} points from ${r.swing.swing >= 0 ? r.swing.from : r.swing.to} to ${r.swing.swing >= 0 ? r.swing.to : r.swing.from}.`,
      `Repeated uniformly at ${r.repeated.election}: ${r.repeated.changes.length} seats would change hands (net ${r.repeated.netGain >= 0 ? '+' : ''}${r.repeated.netGain} for ${r.swing.to}).`,
      ...r.repeated.changes.slice(0, 20).map((change) => `  ${change.name}: ${change.from} → ${change.to}`),
      ...(r.repeated.changes.length > 20
        ? [`  … and ${r.repeated.changes.length - 20} more (see --json).`]
        : []),
    ].join('\n'),
  );
}
