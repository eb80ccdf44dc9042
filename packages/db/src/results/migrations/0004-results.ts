import { type Kysely, sql } from 'kysely';

/**
 * Creates the UK election results tables: seats on both boundary sets, elections, contests and
 * candidacies, parties, the 2010→2024 overlaps, data issues, hex map cells and boundaries.
 * `ordinal` keeps the order the dataset was built in, so reading it back gives the same dataset.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('results_constituency')
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('boundary_set', 'text', (col) => col.notNull().check(sql`boundary_set in ('2010', '2024')`))
    .addColumn('ordinal', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('county', 'text', (col) => col.notNull())
    .addColumn('region_code', 'text', (col) => col.notNull())
    .addColumn('region_name', 'text', (col) => col.notNull())
    .addColumn('nation', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('results_constituency_pkey', ['code', 'boundary_set'])
    .execute();

  await db.schema
    .createTable('results_election')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('ordinal', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('general', 'notional', 'by-election')`),
    )
    .addColumn('date', 'date', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('boundary_set', 'text', (col) => col.notNull().check(sql`boundary_set in ('2010', '2024')`))
    .addColumn('parliament', 'integer', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('results_contest')
    .addColumn('election_id', 'text', (col) =>
      col.notNull().references('results_election.id').onDelete('cascade'),
    )
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('ordinal', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('date', 'date', (col) => col.notNull())
    .addColumn('boundary_set', 'text', (col) => col.notNull())
    .addColumn('electorate', 'integer', (col) => col.notNull().check(sql`electorate >= 0`))
    .addColumn('valid_votes', 'integer', (col) => col.notNull().check(sql`valid_votes >= 0`))
    .addColumn('invalid_votes', 'integer', (col) => col.check(sql`invalid_votes >= 0`))
    .addColumn('winner', 'text', (col) => col.notNull())
    .addColumn('winner_name', 'text', (col) => col.notNull())
    .addColumn('runner_up', 'text')
    .addColumn('majority', 'integer', (col) => col.notNull())
    .addColumn('result_winner', 'text')
    .addColumn('result_outcome', 'text', (col) => col.check(sql`result_outcome in ('hold', 'gain')`))
    .addColumn('result_gained_from', 'text')
    .addPrimaryKeyConstraint('results_contest_pkey', ['election_id', 'code'])
    .execute();
  await db.schema.createIndex('results_contest_code').on('results_contest').column('code').execute();

  await db.schema
    .createTable('results_candidacy')
    .addColumn('election_id', 'text', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('party', 'text', (col) => col.notNull())
    .addColumn('party_name', 'text', (col) => col.notNull())
    .addColumn('votes', 'integer', (col) => col.notNull().check(sql`votes >= 0`))
    .addColumn('gender', 'text', (col) =>
      col.notNull().check(sql`gender in ('male', 'female', 'non-binary', 'unknown')`),
    )
    .addColumn('sitting_mp', 'boolean')
    .addColumn('former_mp', 'boolean')
    .addPrimaryKeyConstraint('results_candidacy_pkey', ['election_id', 'code', 'position'])
    .addForeignKeyConstraint(
      'results_candidacy_contest_fkey',
      ['election_id', 'code'],
      'results_contest',
      ['election_id', 'code'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('results_party')
    .addColumn('abbreviation', 'text', (col) => col.primaryKey())
    .addColumn('ordinal', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('results_overlap')
    .addColumn('from_code', 'text', (col) => col.notNull())
    .addColumn('to_code', 'text', (col) => col.notNull())
    .addColumn('ordinal', 'integer', (col) => col.notNull())
    .addColumn('from_name', 'text', (col) => col.notNull())
    .addColumn('to_name', 'text', (col) => col.notNull())
    .addColumn('from_residential', 'double precision', (col) => col.notNull())
    .addColumn('to_residential', 'double precision', (col) => col.notNull())
    .addColumn('from_geographic', 'double precision', (col) => col.notNull())
    .addColumn('to_geographic', 'double precision', (col) => col.notNull())
    .addColumn('from_population', 'double precision', (col) => col.notNull())
    .addColumn('to_population', 'double precision', (col) => col.notNull())
    .addPrimaryKeyConstraint('results_overlap_pkey', ['from_code', 'to_code'])
    .execute();

  await db.schema
    .createTable('results_issue')
    .addColumn('ordinal', 'integer', (col) => col.primaryKey())
    .addColumn('file', 'text', (col) => col.notNull())
    .addColumn('line', 'integer')
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('message', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('results_hex')
    .addColumn('boundary_set', 'text', (col) => col.notNull().check(sql`boundary_set in ('2010', '2024')`))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('ordinal', 'integer', (col) => col.notNull())
    .addColumn('layout', 'text', (col) =>
      col.notNull().check(sql`layout in ('odd-r', 'even-r', 'odd-q', 'even-q')`),
    )
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('q', 'integer', (col) => col.notNull())
    .addColumn('r', 'integer', (col) => col.notNull())
    .addColumn('region_code', 'text')
    .addPrimaryKeyConstraint('results_hex_pkey', ['boundary_set', 'code'])
    .execute();

  await db.schema
    .createTable('results_boundary')
    .addColumn('boundary_set', 'text', (col) => col.notNull().check(sql`boundary_set in ('2010', '2024')`))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('ordinal', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('geometry', 'jsonb', (col) => col.notNull())
    .addPrimaryKeyConstraint('results_boundary_pkey', ['boundary_set', 'code'])
    .execute();
}

/** Drops the election results tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'results_boundary',
    'results_hex',
    'results_issue',
    'results_overlap',
    'results_party',
    'results_candidacy',
    'results_contest',
    'results_election',
    'results_constituency',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
