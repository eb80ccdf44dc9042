import { compareModels, LEVELS, MODEL_NAMES, parseShares, scenarioBaseline } from '@caucus/elections';
import { withDataset } from '../load-dataset';
import { CliError, emit, type OutputOptions } from '../output';
import { renderTable } from '../text-table';

/** Options of `caucus project`. */
export interface ProjectOptions extends OutputOptions {
  model: string;
  level: string;
  shares: string;
  base?: string;
}

/** Projects GB vote shares onto seats with one model, showing the spread across all four. */
export async function projectCommand(options: ProjectOptions): Promise<void> {
  const model = MODEL_NAMES.find((name) => name === options.model);
  if (model === undefined) {
    throw new CliError(`--model must be one of ${MODEL_NAMES.join(', ')} (got "${options.model}").`, 2);
  }
  const level = LEVELS.find((name) => name === options.level);
  if (level === undefined) {
    throw new CliError(`--level must be one of ${LEVELS.join(', ')} (got "${options.level}").`, 2);
  }
  const result = await withDataset((dataset) => {
    const shares = parseShares(options.shares, {
      knownParties: dataset.parties.map((party) => party.abbreviation),
    });
    const request = { level, shares, ...(options.base ? { base: options.base } : {}) };
    const comparison = compareModels(scenarioBaseline(dataset, request), request);
    return { ...comparison.projections[model], spread: comparison.spread };
  });
  emit(result, options, (r) =>
    [
      `Scenario (not a forecast): ${r.model} model at ${r.level} level, swung from ${r.baseElection}.`,
      '',
      renderTable(
        ['Party', `Seats (${r.model})`, 'Lowest', 'Highest', ...MODEL_NAMES],
        Object.entries(r.seats).map(([party, seats]) => {
          const spread = r.spread[party];
          return [
            party,
            String(seats),
            String(spread?.min ?? seats),
            String(spread?.max ?? seats),
            ...MODEL_NAMES.map((name) => String(spread?.byModel[name] ?? 0)),
          ];
        }),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
    ].join('\n'),
  );
}
