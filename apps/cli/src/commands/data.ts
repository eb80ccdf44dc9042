import {
  migrateToLatest,
  migrationStatus,
  openDatabase,
  ResultsNotLoadedError,
  readDataset,
} from '@caucus/db';
import { checkTotals } from '@caucus/elections';
import { loadConfig, loadResultsData } from '@caucus/server';
import { CliError, emit, type OutputOptions } from '../output';
import { createProgress } from '../progress';
import { count, percent, renderTable } from '../text-table';

/** Loads (or reloads) the election results from data/ into the configured database, migrating it first. */
export async function dataLoadCommand(options: OutputOptions): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    const reading = createProgress('Reading data files', options);
    const writing = createProgress('Loading results   ', options);
    const started = performance.now();
    const report = await loadResultsData(database, config.rootDir, (phase, done, total, step) => {
      if (phase === 'read') reading.update(done, total, step);
      else {
        reading.stop();
        writing.update(done, total, step);
      }
    });
    writing.stop();
    const ms = Math.round(performance.now() - started);
    emit({ engine: database.engine, target: database.target, ms, ...report }, options, (r) =>
      [
        `Loaded ${count(r.elections)} elections, ${count(r.contests)} contests and ${count(r.candidacies)} candidacies into ${r.target} in ${ms} ms.`,
        `${r.steps.length} steps, one transaction each; loading again replaces them.`,
      ].join('\n'),
    );
  } finally {
    await database.close();
  }
}

/** Prints totals per election from the database (seats by party, valid votes) to compare with published figures. */
export async function dataCheckCommand(options: OutputOptions): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    if ((await migrationStatus(database.db)).pending.length > 0) {
      throw new CliError(
        `The database at ${database.target} has pending migrations. Run \`caucus data load\` (which migrates it first), then check again.`,
      );
    }
    const dataset = await readDataset(database.db).catch((error: unknown) => {
      if (error instanceof ResultsNotLoadedError) throw new CliError(error.message);
      throw error;
    });
    const check = checkTotals(dataset);
    emit(check, options, (c) =>
      [
        ...c.elections.flatMap((election) => [
          `${election.label}: ${count(election.validVotes)} valid votes, turnout ${percent(election.turnout)}`,
          renderTable(
            ['Party', 'Seats', 'Votes', 'Share'],
            Object.entries(election.votes)
              .filter(([party]) => (election.seats[party] ?? 0) > 0 || (election.shares[party] ?? 0) >= 0.01)
              .map(([party, votes]) => [
                party,
                String(election.seats[party] ?? 0),
                count(votes),
                percent(election.shares[party] ?? 0),
              ]),
            ['left', 'right', 'right', 'right'],
          ),
          '',
        ]),
        `By-elections: ${c.byElections}. Seats: ${c.constituencies['2010']} on the 2010 boundaries, ${c.constituencies['2024']} on the 2024 boundaries.`,
        `Data issues noted on load: ${c.issues.length}${c.issues.length > 0 ? ' (see --json for the list)' : ''}.`,
      ].join('\n'),
    );
  } finally {
    await database.close();
  }
}
