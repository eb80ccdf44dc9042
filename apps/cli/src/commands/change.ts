import { areaSwing, compareElections, type SeatSelection } from '@caucus/elections';
import { withDataset } from '../load-dataset';
import { CliError, emit, type OutputOptions } from '../output';
import { count, percent, points, renderTable, signedCount } from '../text-table';

/** Options choosing two elections and a set of seats. */
export interface SelectionOptions extends OutputOptions {
  from: string;
  to: string;
  nation?: string;
  region?: string;
  county?: string;
  seats?: string;
  exclude?: string;
}

/** Options of `caucus swing`. */
export interface SwingOptions extends SelectionOptions {
  parties: string;
}

const listOf = (text: string | undefined): string[] | undefined =>
  text
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

function selection(options: SelectionOptions): SeatSelection & { from: string; to: string } {
  return {
    from: options.from,
    to: options.to,
    nation: options.nation,
    region: options.region,
    county: options.county,
    seats: listOf(options.seats),
    exclude: listOf(options.exclude),
  };
}

const where = (options: SelectionOptions, seats: number): string =>
  [options.nation, options.region, options.county, options.seats ? 'chosen seats' : undefined]
    .filter((part) => part !== undefined)
    .join(', ') +
  `${options.nation || options.region || options.county || options.seats ? '' : 'UK'}${options.exclude ? ` excluding ${options.exclude}` : ''} (${seats} seats)`;

/** Prints the sum of vote changes by party over a set of seats between two elections. */
export async function changeCommand(options: SelectionOptions): Promise<void> {
  const comparison = await withDataset((dataset) => compareElections(dataset, selection(options)));
  emit(comparison, options, (c) =>
    [
      `Vote change ${c.fromElection} → ${c.toElection} in ${where(options, c.seats.length)}, on the ${c.boundarySet} boundaries`,
      '',
      renderTable(
        ['Party', `Votes ${c.from}`, `Votes ${c.to}`, 'Change', `Share ${c.from}`, `Share ${c.to}`, 'Points'],
        Object.entries(c.votes)
          .filter(([, v]) => v.from > 0 || v.to > 0)
          .map(([party, v]) => {
            const share = c.shares[party];
            return [
              party,
              count(v.from),
              count(v.to),
              signedCount(v.change),
              percent(share?.from ?? 0),
              percent(share?.to ?? 0),
              points(share?.change ?? 0),
            ];
          }),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
      '',
      `Valid votes ${count(c.validVotes.from)} → ${count(c.validVotes.to)}; turnout ${percent(c.turnout.from)} → ${percent(c.turnout.to)}.`,
      ...(c.basis.from !== 'actual' || c.basis.to !== 'actual'
        ? [
            `Basis: ${c.basis.from} → ${c.basis.to} (across the 2024 boundary change notional results are used).`,
          ]
        : []),
    ].join('\n'),
  );
}

/** Prints the two-party Butler swing over a set of seats between two elections. */
export async function swingCommand(options: SwingOptions): Promise<void> {
  const parties = listOf(options.parties) ?? [];
  const [first, second] = parties;
  if (parties.length !== 2 || first === undefined || second === undefined) {
    throw new CliError(
      `--parties needs exactly two parties, e.g. --parties Con,Lab (got "${options.parties}").`,
      2,
    );
  }
  const swing = await withDataset((dataset) =>
    areaSwing(dataset, { ...selection(options), parties: [first, second] }),
  );
  emit(swing, options, (s) =>
    [
      `Swing ${s.fromElection} → ${s.toElection} in ${where(options, s.seats.length)}:`,
      `${points(Math.abs(s.swing))} points from ${s.swing >= 0 ? s.swingFrom : s.swingTo} to ${s.swing >= 0 ? s.swingTo : s.swingFrom} (Butler swing)`,
      '',
      renderTable(
        ['Party', `Share ${s.from}`, `Share ${s.to}`, 'Points'],
        Object.entries(s.shares).map(([party, v]) => [
          party,
          percent(v.from),
          percent(v.to),
          points(v.change),
        ]),
        ['left', 'right', 'right', 'right'],
      ),
    ].join('\n'),
  );
}
