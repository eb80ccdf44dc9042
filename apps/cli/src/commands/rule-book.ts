import { listUnits, migrateToLatest, openDatabase, readRuleBookTimeline } from '@caucus/db';
import { addDays, editionIds, getRuleBookEdition, isEditionId, isIsoDate } from '@caucus/party';
import { adoptRuleBook, loadConfig } from '@caucus/server';
import { CliError, emit, type OutputOptions } from '../output';

/** Options of `caucus rule-book adopt`. */
export interface RuleBookAdoptOptions extends OutputOptions {
  from: string;
}

async function withDatabase<T>(
  work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    return await work(database);
  } finally {
    await database.close();
  }
}

function describeTimeline(rows: readonly { editionId: string; effectiveFrom: string }[]): string {
  if (rows.length === 0)
    return 'No rule-book edition is adopted: adopt one with caucus rule-book adopt <edition> --from <date>.';
  return rows
    .map((row, index) => {
      const next = rows[index + 1];
      const until = next === undefined ? 'onwards' : `to ${addDays(next.effectiveFrom, -1)}`;
      const title = isEditionId(row.editionId) ? getRuleBookEdition(row.editionId).title : row.editionId;
      return `${row.effectiveFrom} ${until.padEnd(14)} ${title} (${row.editionId})`;
    })
    .join('\n');
}

/** Prints which rule-book edition the party applies from which date. */
export async function ruleBookShowCommand(options: OutputOptions): Promise<void> {
  await withDatabase(async (database) => {
    const rows = (await readRuleBookTimeline(database.db)).map(({ editionId, effectiveFrom }) => ({
      editionId,
      effectiveFrom,
    }));
    emit({ timeline: rows }, options, (result) => describeTimeline(result.timeline));
  });
}

/**
 * Adopts an edition from a date (replacing any edition adopted on that date); every running `caucus serve` on the
 * same database uses the new timeline from its next request.
 */
export async function ruleBookAdoptCommand(edition: string, options: RuleBookAdoptOptions): Promise<void> {
  if (!isEditionId(edition)) {
    throw new CliError(
      `There is no rule-book edition "${edition}". Known editions: ${editionIds.join(', ')}.`,
    );
  }
  if (!isIsoDate(options.from)) {
    throw new CliError(`--from must be a date as YYYY-MM-DD (got "${options.from}").`);
  }
  await withDatabase(async (database) => {
    const units = await listUnits(database.db);
    const national = units.find((unit) => unit.parentId === null);
    if (national === undefined)
      throw new CliError('No party is set up yet: run caucus demo reset or import a party first.');
    const current = await readRuleBookTimeline(database.db);
    const entries = [
      ...current
        .filter((row) => row.effectiveFrom !== options.from && row.editionId !== edition)
        .map(({ editionId, effectiveFrom }) => ({ editionId, effectiveFrom })),
      { editionId: edition, effectiveFrom: options.from },
    ];
    const timeline = await adoptRuleBook(database, undefined, {
      actorUserId: null,
      nationalUnitId: national.id,
      entries,
    });
    emit({ timeline }, options, (result) => `Adopted.\n${describeTimeline(result.timeline)}`);
  });
}
