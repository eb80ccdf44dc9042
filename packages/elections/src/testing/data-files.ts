// Test and benchmark support only (not exported from the package): reads the real files in data/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_MANIFEST } from '../manifest';
import { parseDataset } from '../parse-dataset';
import type { ElectionDataset } from '../types';

/** The repository's data/ directory. */
export const DATA_DIR = fileURLToPath(new URL('../../../../data/', import.meta.url));

/** Reads one data file's text by its manifest path. */
export function readDataFile(path: string): string {
  return readFileSync(`${DATA_DIR}${path}`, 'utf8');
}

/** Reads every manifest file's text, keyed by manifest path. */
export function readAllDataFiles(): Record<string, string> {
  return Object.fromEntries(DATA_MANIFEST.map((file) => [file.path, readDataFile(file.path)]));
}

let cached: ElectionDataset | undefined;

/** The dataset built from the real data (parsed once per test file). */
export function realDataset(): ElectionDataset {
  cached ??= parseDataset(readAllDataFiles());
  return cached;
}
