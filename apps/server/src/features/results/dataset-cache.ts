import { type CaucusDatabase, readDataset, readHexLayout, resultsLoadStamp } from '@caucus/db';
import type { BacktestRow, BoundarySet, ElectionDataset, HexLayout } from '@caucus/elections';
import { ProblemError } from '../../http/problem';

/** The results as the server computes with them: the dataset and both hex maps, read once from the database. */
export interface CachedResults {
  /** The load it came from (its completion time). */
  stamp: string;
  dataset: ElectionDataset;
  hexLayouts: Record<BoundarySet, HexLayout>;
  /** Per-dataset memo for derived values that are costly to compute (e.g. the backtest). */
  memo: { backtest?: BacktestRow[] };
}

/** Gives the cached results, re-reading them when a newer load has completed. */
export interface DatasetCache {
  get(): Promise<CachedResults>;
}

const caches = new WeakMap<CaucusDatabase, DatasetCache>();

/**
 * The results cache of a database (one per open database). Each call checks the load stamp (one small
 * query), so a `caucus data load` against the same PostgreSQL database is picked up by the next request.
 */
export function datasetCache(database: CaucusDatabase): DatasetCache {
  const existing = caches.get(database);
  if (existing) return existing;
  let current: Promise<CachedResults> | undefined;
  let currentStamp: string | undefined;
  const read = async (stamp: string): Promise<CachedResults> => {
    const [dataset, hex2010, hex2024] = await Promise.all([
      readDataset(database.db),
      readHexLayout(database.db, '2010'),
      readHexLayout(database.db, '2024'),
    ]);
    return { stamp, dataset, hexLayouts: { '2010': hex2010, '2024': hex2024 }, memo: {} };
  };
  const cache: DatasetCache = {
    async get() {
      const stamp = await resultsLoadStamp(database.db);
      if (stamp === null) {
        throw new ProblemError(
          'service-unavailable',
          'The election results are not loaded yet. Run `caucus data load`, or restart `caucus serve`, which loads them.',
        );
      }
      if (current === undefined || currentStamp !== stamp) {
        currentStamp = stamp;
        const reading = read(stamp);
        current = reading;
        // A failed read is not kept: the next request tries again.
        reading.catch(() => {
          if (current === reading) current = undefined;
        });
      }
      return current;
    },
  };
  caches.set(database, cache);
  return cache;
}
