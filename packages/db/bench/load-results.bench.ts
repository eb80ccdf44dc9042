// Benchmark: loading all election results (with hex maps and boundaries) into an empty database, on
// PGlite and on PostgreSQL, and reading the dataset back. Run with: npx tsx packages/db/bench/load-results.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest } from '../src/migrate';
import { openDatabase } from '../src/open-database';
import { loadResults, readDataset } from '../src/results/results';
import { realResultsInput } from '../src/results/testing-results-data';
import { openTestDatabase, TEST_ENGINES } from '../src/testing';

const TARGET_LOAD_MS = 10_000;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

const parseStart = performance.now();
const input = realResultsInput();
console.log(`Parse all data files (text read from disk):        ${ms(performance.now() - parseStart)}`);

for (const engine of TEST_ENGINES) {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  try {
    database = await openTestDatabase(engine);
  } catch (error) {
    console.log(`${engine}: skipped (${error instanceof Error ? error.message : String(error)})`);
    continue;
  }
  try {
    const start = performance.now();
    const report = await loadResults(database.db, input);
    const load = performance.now() - start;
    const verdict =
      load < TARGET_LOAD_MS ? `OK (< ${TARGET_LOAD_MS} ms)` : `SLOW (target ${TARGET_LOAD_MS} ms)`;
    console.log(
      `${engine.padEnd(9)} load ${report.steps.length} steps, ${report.contests} contests, ${report.candidacies} candidacies: ${ms(load)} ${engine === 'pglite' ? verdict : ''}`,
    );
    const reloadStart = performance.now();
    await loadResults(database.db, input);
    console.log(
      `${engine.padEnd(9)} reload (replace):                 ${ms(performance.now() - reloadStart)}`,
    );
    const readStart = performance.now();
    await readDataset(database.db);
    console.log(`${engine.padEnd(9)} readDataset:                      ${ms(performance.now() - readStart)}`);
  } finally {
    await database.close();
  }
}

// PGlite on disk, as `caucus serve` and `caucus data load` use it.
const dataDir = mkdtempSync(join(tmpdir(), 'caucus-bench-'));
try {
  const onDisk = await openDatabase({ dataDir });
  try {
    await migrateToLatest(onDisk.db);
    const start = performance.now();
    await loadResults(onDisk.db, input);
    const load = performance.now() - start;
    const verdict =
      load < TARGET_LOAD_MS ? `OK (< ${TARGET_LOAD_MS} ms)` : `SLOW (target ${TARGET_LOAD_MS} ms)`;
    console.log(`pglite on disk load:                         ${ms(load)} ${verdict}`);
  } finally {
    await onDisk.close();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
