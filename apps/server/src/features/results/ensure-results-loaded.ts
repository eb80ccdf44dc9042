import { type CaucusDatabase, type ResultsLoadReport, resultsLoaded } from '@caucus/db';
import { type LoadProgress, loadResultsData } from './load-results-data';

/** Loads the election results from data/ when the database has none (first start); null if already loaded. */
export async function ensureResultsLoaded(
  database: CaucusDatabase,
  rootDir: string,
  onProgress?: LoadProgress,
): Promise<ResultsLoadReport | null> {
  if (await resultsLoaded(database.db)) return null;
  return loadResultsData(database, rootDir, onProgress);
}
