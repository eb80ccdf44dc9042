import { backtest } from '@caucus/elections';
import { withDataset } from '../load-dataset';
import { emit, type OutputOptions } from '../output';
import { renderTable } from '../text-table';

const signed = (value: number): string => (value > 0 ? `+${value}` : String(value));

/** Feeds each election's actual shares into the previous one and prints each model's seat errors. */
export async function backtestCommand(options: OutputOptions): Promise<void> {
  const rows = await withDataset((dataset) => backtest(dataset));
  emit(rows, options, (list) => {
    const parties = [...new Set(list.flatMap((row) => Object.keys(row.actual)))].filter((party) =>
      list.some((row) => (row.actual[party] ?? 0) >= 5),
    );
    return [
      'Backtest: actual shares of each election fed into the one before; seat error = predicted − actual (GB).',
      '',
      renderTable(
        ['From', 'To', 'Model', 'Level', 'Miscalled', ...parties],
        list.map((row) => [
          String(row.from),
          String(row.to),
          row.model,
          row.level,
          String(row.miscalled),
          ...parties.map((party) => signed(row.seatError[party] ?? 0)),
        ]),
        ['left', 'left', 'left', 'left', 'right', ...parties.map(() => 'right' as const)],
      ),
    ].join('\n');
  });
}
