import { targetList } from '@caucus/elections';
import { withDataset } from '../load-dataset';
import { CliError, emit, type OutputOptions } from '../output';
import { count, percent, renderTable } from '../text-table';

/** Options of `caucus targets`. */
export interface TargetsOptions extends OutputOptions {
  party: string;
  election: string;
  nation?: string;
  region?: string;
  county?: string;
  limit?: string;
}

/** Prints a party's target seats at an election, smallest swing needed first. */
export async function targetsCommand(options: TargetsOptions): Promise<void> {
  let limit: number | undefined;
  if (options.limit !== undefined) {
    limit = Number(options.limit);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new CliError(`--limit must be a whole number of at least 1 (got "${options.limit}").`, 2);
    }
  }
  const targets = await withDataset((dataset) =>
    targetList(dataset, {
      party: options.party,
      election: options.election,
      nation: options.nation,
      region: options.region,
      county: options.county,
      limit,
    }),
  );
  emit(targets, options, (list) =>
    list.length === 0
      ? `${options.party} has no target seats there.`
      : renderTable(
          ['#', 'Seat', 'Held by', 'Majority', `${options.party} share`, 'Swing needed'],
          list.map((seat) => [
            String(seat.rank),
            seat.name,
            seat.holder,
            count(seat.majority),
            percent(seat.partyShare),
            `${(seat.swingNeeded * 100).toFixed(2)} pts`,
          ]),
          ['right', 'left', 'left', 'right', 'right', 'right'],
        ),
  );
}
