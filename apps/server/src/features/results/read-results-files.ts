import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResultsLoadInput } from '@caucus/db';
import {
  type BoundaryFeature,
  type BoundarySet,
  buildDataset,
  DATA_MANIFEST,
  DATASET_FILES,
  type HexLayout,
  type ParsedDataFile,
  parseDataFile,
} from '@caucus/elections';

/** A data file under data/ that could not be read from disk. */
export class DataFileUnreadableError extends Error {
  override readonly name = 'DataFileUnreadableError';

  constructor(
    /** Path of the file on disk. */
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(
      `Cannot read the data file ${path}. The data/ folder ships with Caucus; restore it from the repository (git checkout -- data).`,
      options,
    );
  }
}

/** Called after each data file is read and parsed. */
export type FileProgress = (done: number, total: number, path: string) => void;

/**
 * Reads and parses every file in DATA_MANIFEST from `<rootDir>/data` and assembles the load input.
 * A malformed file throws the parser's error (file, line and column) before anything is written.
 */
export async function readResultsFiles(
  rootDir: string,
  onFile: FileProgress = () => {},
): Promise<ResultsLoadInput> {
  const parsed: ParsedDataFile[] = [];
  const hexLayouts: Partial<Record<BoundarySet, HexLayout>> = {};
  const boundaries: Partial<Record<BoundarySet, BoundaryFeature[]>> = {};
  for (const file of DATA_MANIFEST) {
    const path = join(rootDir, 'data', file.path);
    const text = await readFile(path, 'utf8').catch((cause: unknown) => {
      throw new DataFileUnreadableError(path, { cause });
    });
    const entry = parseDataFile(file, text);
    parsed.push(entry);
    const set = file.boundarySet;
    if (entry.kind === 'hex-layout' && set) hexLayouts[set] = entry.data;
    if (entry.kind === 'boundaries' && set) boundaries[set] = entry.data;
    onFile(parsed.length, DATA_MANIFEST.length, file.path);
  }
  const datasetPaths = new Set(DATASET_FILES.map((file) => file.path));
  const dataset = buildDataset(parsed.filter((entry) => datasetPaths.has(entry.file.path)));
  const hex2010 = hexLayouts['2010'];
  const hex2024 = hexLayouts['2024'];
  const outline2010 = boundaries['2010'];
  const outline2024 = boundaries['2024'];
  if (!hex2010 || !hex2024 || !outline2010 || !outline2024) {
    throw new DataFileUnreadableError(join(rootDir, 'data', 'boundaries'));
  }
  return {
    dataset,
    hexLayouts: { '2010': hex2010, '2024': hex2024 },
    boundaries: { '2010': outline2010, '2024': outline2024 },
  };
}
