import { buildDataset, MissingDataFileError } from './build-dataset';
import { DATA_MANIFEST, type DataFile } from './manifest';
import { parseDataFile } from './parse-data-file';
import type { ElectionDataset } from './types';

/** The manifest files the dataset is built from (results, notional results and overlaps; not lookups or maps). */
export const DATASET_FILES: readonly DataFile[] = DATA_MANIFEST.filter(
  (file) => file.path.startsWith('results/') || file.kind === 'constituency-overlaps',
);

/**
 * Parses and assembles the dataset from file texts keyed by path under data/ (as in DATA_MANIFEST).
 * Reading the files is the caller's job; this stays pure.
 */
export function parseDataset(texts: Readonly<Record<string, string>>): ElectionDataset {
  return buildDataset(
    DATASET_FILES.map((file) => {
      const text = texts[file.path];
      if (text === undefined) throw new MissingDataFileError(file.path);
      return parseDataFile(file, text);
    }),
  );
}
