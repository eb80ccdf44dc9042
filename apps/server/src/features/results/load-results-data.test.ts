import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resultsLoaded } from '@caucus/db';
import { openTestDatabase } from '@caucus/db/testing';
import { describe, expect, it } from 'vitest';
import { findRootDir } from '../../find-root-dir';
import { ensureResultsLoaded } from './ensure-results-loaded';
import { DataFileUnreadableError } from './read-results-files';

/** A copy of data/ in a temporary root, so a file can be broken without touching the real one. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'caucus-data-'));
  cpSync(join(findRootDir(), 'data'), join(root, 'data'), { recursive: true });
  return root;
}

describe('loading the results on first start', () => {
  it('loads on an empty database, then leaves loaded results alone', async () => {
    const database = await openTestDatabase('pglite');
    try {
      const phases = new Set<string>();
      const report = await ensureResultsLoaded(database, findRootDir(), (phase) => phases.add(phase));
      expect(report?.contests).toBeGreaterThan(4000);
      expect([...phases]).toEqual(['read', 'write']);
      expect(await ensureResultsLoaded(database, findRootDir())).toBeNull();
    } finally {
      await database.close();
    }
  }, 120_000);

  it('refuses a malformed file naming file and line, and writes nothing', async () => {
    const root = copyOfData();
    const database = await openTestDatabase('pglite');
    try {
      const path = join(root, 'data', 'results', 'ge2017_constituencies.csv');
      const lines = readFileSync(path, 'utf8').split('\n');
      lines[5] = lines[5]?.replace(/,\d+,/, ',lots,') ?? '';
      writeFileSync(path, lines.join('\n'));
      await expect(ensureResultsLoaded(database, root)).rejects.toThrow(/ge2017_constituencies\.csv.*6/);
      expect(await resultsLoaded(database.db)).toBe(false);
      const rows = await database.db.selectFrom('results_contest').select('code').execute();
      expect(rows).toHaveLength(0);
    } finally {
      await database.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a missing data file with a way to restore it', async () => {
    const root = copyOfData();
    const database = await openTestDatabase('pglite');
    try {
      rmSync(join(root, 'data', 'results', 'ge2024_candidacies.csv'));
      await expect(ensureResultsLoaded(database, root)).rejects.toBeInstanceOf(DataFileUnreadableError);
      expect(await resultsLoaded(database.db)).toBe(false);
    } finally {
      await database.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
