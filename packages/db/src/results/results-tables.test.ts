import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaucusDatabase } from '../open-database';
import { openTestDatabase, TEST_ENGINES } from '../testing';
import {
  loadResults,
  ResultsNotLoadedError,
  readDataset,
  readHexLayout,
  resultsLoaded,
  resultsLoadStamp,
} from './results';
import { realResultsInput } from './testing-results-data';

describe.each(TEST_ENGINES)('election results tables on %s', (engine) => {
  let database: CaucusDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('reports nothing loaded on an empty database and refuses to read', async () => {
    expect(await resultsLoaded(database.db)).toBe(false);
    await expect(readDataset(database.db)).rejects.toBeInstanceOf(ResultsNotLoadedError);
  });

  it('loads every data file and reads back exactly the parsed dataset', async () => {
    const input = realResultsInput();
    const seen: string[] = [];
    const report = await loadResults(database.db, input, (done, total, step) => {
      seen.push(`${done}/${total} ${step}`);
    });
    expect(await resultsLoaded(database.db)).toBe(true);
    expect(seen.length).toBe(report.steps.length);
    expect(seen.at(-1)).toMatch(new RegExp(`^${report.steps.length}/${report.steps.length} `));
    const read = await readDataset(database.db);
    expect(read).toEqual(input.dataset);
    const hexes = await readHexLayout(database.db, '2024');
    expect(hexes).toEqual(input.hexLayouts['2024']);
    expect(hexes.hexes).toHaveLength(650);
  }, 120_000);

  it('replaces the data on a second load instead of duplicating it', async () => {
    const input = realResultsInput();
    const before = await resultsLoadStamp(database.db);
    await loadResults(database.db, input);
    const after = await resultsLoadStamp(database.db);
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
    const counted = await database.db
      .selectFrom('results_contest')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(input.dataset.contests.length);
  }, 120_000);

  it('rolls back a step that fails and does not report the load as complete', async () => {
    const input = realResultsInput();
    const [first, ...rest] = input.dataset.parties;
    if (!first) throw new Error('no parties');
    // Two parties with the same abbreviation break the primary key in the parties step.
    const broken = { ...input, dataset: { ...input.dataset, parties: [first, first, ...rest] } };
    await expect(loadResults(database.db, broken)).rejects.toThrow();
    expect(await resultsLoaded(database.db)).toBe(false);
    const parties = await database.db.selectFrom('results_party').select('abbreviation').execute();
    expect(parties).toHaveLength(input.dataset.parties.length);
    await loadResults(database.db, input);
    expect(await resultsLoaded(database.db)).toBe(true);
  }, 120_000);
});
