// Shared by the analytics commands: reads the shipped data/ files straight into the pure model, so the
// commands need no database (and work while `caucus serve` holds the embedded one).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BoundaryMismatchError,
  DATASET_FILES,
  DataFileError,
  type ElectionDataset,
  parseDataset,
  SeatLookupError,
  SharesInputError,
  UnknownAreaError,
  UnknownByElectionError,
  UnknownElectionError,
  UnknownPartyError,
} from '@caucus/elections';
import { findRootDir } from '@caucus/server/find-root-dir';
import { CliError } from './output';

/** Reads and parses the results files under data/; unreadable or malformed files become a CliError. */
export async function loadDataset(dataDir: string = join(findRootDir(), 'data')): Promise<ElectionDataset> {
  const texts: Record<string, string> = {};
  await Promise.all(
    DATASET_FILES.map(async (file) => {
      const path = join(dataDir, file.path);
      try {
        texts[file.path] = await readFile(path, 'utf8');
      } catch {
        throw new CliError(
          `Cannot read the data file ${path}. The data/ folder ships with Caucus; restore it with git checkout -- data.`,
        );
      }
    }),
  );
  try {
    return parseDataset(texts);
  } catch (error) {
    if (error instanceof DataFileError) throw new CliError(error.message);
    throw error;
  }
}

/** Errors of the analyses that are the user's input (unknown seat, bad shares, …), with exit code 2. */
const INPUT_ERRORS = [
  SeatLookupError,
  SharesInputError,
  UnknownAreaError,
  UnknownByElectionError,
  UnknownElectionError,
  UnknownPartyError,
  BoundaryMismatchError,
] as const;

/** Loads the dataset and runs an analysis on it; input errors become one-paragraph CliErrors. */
export async function withDataset<T>(analysis: (dataset: ElectionDataset) => T): Promise<T> {
  const dataset = await loadDataset();
  try {
    return analysis(dataset);
  } catch (error) {
    if (INPUT_ERRORS.some((type) => error instanceof type) && error instanceof Error) {
      throw new CliError(error.message, 2);
    }
    throw error;
  }
}
