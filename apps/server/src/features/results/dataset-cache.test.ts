import type { CaucusDatabase } from '@caucus/db';
import { openTestDatabase } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRootDir } from '../../find-root-dir';
import { ProblemError } from '../../http/problem';
import { datasetCache } from './dataset-cache';
import { loadResultsData } from './load-results-data';

describe('results dataset cache', () => {
  let database: CaucusDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(() => database.close());

  it('refuses before a load, reads once, and re-reads after a reload', async () => {
    const cache = datasetCache(database);
    await expect(cache.get()).rejects.toBeInstanceOf(ProblemError);
    await loadResultsData(database, findRootDir());
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(a.dataset.constituencies).toHaveLength(1300);
    expect(await cache.get()).toBe(a);
    await loadResultsData(database, findRootDir());
    const after = await cache.get();
    expect(after).not.toBe(a);
    expect(after.stamp > a.stamp).toBe(true);
    expect(datasetCache(database)).toBe(cache);
  }, 120_000);
});
