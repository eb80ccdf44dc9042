import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSchema } from './inspect-schema';
import { migrateToLatest, migrationStatus } from './migrate';
import { migrations } from './migrations';
import type { CaucusDatabase } from './open-database';
import { openTestDatabase } from './testing';

describe('migrations', () => {
  let lite: CaucusDatabase;
  let real: CaucusDatabase;

  beforeAll(async () => {
    lite = await openTestDatabase('pglite', { migrate: false });
    real = await openTestDatabase('postgres', { migrate: false });
  });
  afterAll(async () => {
    await lite?.close();
    await real?.close();
  });

  it('applies every migration in name order on both engines, reporting each', async () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (const database of [lite, real]) {
      const seen: string[] = [];
      const report = await migrateToLatest(database.db, (name) => seen.push(name));
      expect(report.applied).toEqual(names);
      expect(seen).toEqual(names);
      expect((await migrationStatus(database.db)).pending).toEqual([]);
    }
  });

  it('is idempotent: a second run applies nothing', async () => {
    for (const database of [lite, real]) {
      const report = await migrateToLatest(database.db);
      expect(report.applied).toEqual([]);
    }
  });

  it('ends both engines at the same schema', async () => {
    const a = await describeSchema(lite.db);
    const b = await describeSchema(real.db);
    expect(a.columns.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('parses bigint as number and date as ISO text on both engines', async () => {
    for (const database of [lite, real]) {
      const { rows } = await sql<{
        n: unknown;
        d: unknown;
      }>`select 42::int8 as n, '2024-07-04'::date as d`.execute(database.db);
      expect(rows[0]).toEqual({ n: 42, d: '2024-07-04' });
    }
  });

  it('refuses bigint values that would lose precision', async () => {
    for (const database of [lite, real]) {
      await expect(sql`select 9007199254740993::int8 as n`.execute(database.db)).rejects.toThrow(
        /safe integer/,
      );
    }
  });
});
