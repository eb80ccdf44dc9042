import { type CaucusDatabase, loadResults, type ResultsLoadReport } from '@caucus/db';
import { readResultsFiles } from './read-results-files';

/** Progress of a results load: first the files read (`phase` "read"), then the steps written ("write"). */
export type LoadProgress = (phase: 'read' | 'write', done: number, total: number, step: string) => void;

/**
 * Reads and parses every data file, then writes the results into the database (one transaction per
 * step, replacing what was there). Nothing is written if any file fails to parse.
 */
export async function loadResultsData(
  database: CaucusDatabase,
  rootDir: string,
  onProgress: LoadProgress = () => {},
): Promise<ResultsLoadReport> {
  const input = await readResultsFiles(rootDir, (done, total, path) => onProgress('read', done, total, path));
  return loadResults(database.db, input, (done, total, step) => onProgress('write', done, total, step));
}
