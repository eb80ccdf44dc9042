// Test and benchmark support only (not exported): the real data/ files parsed into a results load input.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type BoundaryFeature,
  type BoundarySet,
  buildDataset,
  DATA_MANIFEST,
  DATASET_FILES,
  type HexLayout,
  parseDataFile,
} from '@caucus/elections';
import type { ResultsLoadInput } from './results';

const DATA_DIR = fileURLToPath(new URL('../../../../data/', import.meta.url));

let cached: ResultsLoadInput | undefined;

/** The repository's data/ files, parsed once per process. */
export function realResultsInput(): ResultsLoadInput {
  if (cached) return cached;
  const parsed = DATA_MANIFEST.map((file) =>
    parseDataFile(file, readFileSync(`${DATA_DIR}${file.path}`, 'utf8')),
  );
  const hexLayouts: Partial<Record<BoundarySet, HexLayout>> = {};
  const boundaries: Partial<Record<BoundarySet, BoundaryFeature[]>> = {};
  for (const entry of parsed) {
    const set = entry.file.boundarySet;
    if (entry.kind === 'hex-layout' && set) hexLayouts[set] = entry.data;
    if (entry.kind === 'boundaries' && set) boundaries[set] = entry.data;
  }
  const datasetPaths = new Set(DATASET_FILES.map((file) => file.path));
  const dataset = buildDataset(parsed.filter((entry) => datasetPaths.has(entry.file.path)));
  if (!hexLayouts['2010'] || !hexLayouts['2024'] || !boundaries['2010'] || !boundaries['2024']) {
    throw new Error('data/ is missing a hex map or boundary file');
  }
  cached = {
    dataset,
    hexLayouts: { '2010': hexLayouts['2010'], '2024': hexLayouts['2024'] },
    boundaries: { '2010': boundaries['2010'], '2024': boundaries['2024'] },
  };
  return cached;
}
