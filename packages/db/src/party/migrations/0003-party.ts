import { type Kysely, sql } from 'kysely';

/** Creates the party's organisation and membership tables: units, affiliates, members, offices, roles, rolls. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('unit')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('national', 'nation', 'region', 'clp', 'branch')`),
    )
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('parent_id', 'text', (col) => col.references('unit.id'))
    .addColumn('gss', 'text')
    .execute();
  await db.schema.createIndex('unit_parent_id').on('unit').column('parent_id').execute();

  await db.schema
    .createTable('affiliate')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('trade_union', 'socialist_society', 'cooperative_party')`),
    )
    .addColumn('affiliated_membership', 'integer', (col) =>
      col.notNull().check(sql`affiliated_membership >= 0`),
    )
    .addColumn('tuc_affiliated', 'boolean', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('affiliated_branch')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('affiliate_id', 'text', (col) => col.notNull().references('affiliate.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('clp_id', 'text', (col) => col.notNull().references('unit.id'))
    .addColumn('affiliated_membership', 'integer', (col) =>
      col.notNull().check(sql`affiliated_membership >= 0`),
    )
    .execute();
  await db.schema.createIndex('affiliated_branch_clp_id').on('affiliated_branch').column('clp_id').execute();

  await db.schema
    .createTable('member')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('membership_number', 'text', (col) => col.notNull().unique())
    .addColumn('first_name', 'text', (col) => col.notNull())
    .addColumn('last_name', 'text', (col) => col.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('address_lines', 'jsonb', (col) => col.notNull())
    .addColumn('postcode', 'text')
    .addColumn('branch_id', 'text', (col) => col.notNull().references('unit.id'))
    .addColumn('joined_on', 'date', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('paid_up_to', 'date')
    .addColumn('gender', 'text')
    .addColumn('ethnicity', 'text')
    .addColumn('date_of_birth', 'date')
    .addColumn('age_band', 'text')
    .addColumn('trade_unions', 'jsonb', (col) => col.notNull())
    .addColumn('consent', 'jsonb', (col) => col.notNull())
    .addColumn('status_history', 'jsonb', (col) => col.notNull())
    .addColumn('branch_history', 'jsonb', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('member_branch_id').on('member').column('branch_id').execute();
  await db.schema.createIndex('member_last_name').on('member').expression(sql`lower(last_name)`).execute();

  await db.schema
    .createTable('office')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('unit_id', 'text', (col) => col.notNull().references('unit.id'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('authority', 'text', (col) => col.notNull().check(sql`authority in ('secretary', 'officer')`))
    .addUniqueConstraint('office_unit_key', ['unit_id', 'key'])
    .execute();

  await db.schema
    .createTable('office_holder')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('office_id', 'text', (col) => col.notNull().references('office.id'))
    .addColumn('member_id', 'text', (col) => col.notNull().references('member.id'))
    .addColumn('from_date', 'date', (col) => col.notNull())
    .addColumn('to_date', 'date')
    .addCheckConstraint('office_holder_term', sql`to_date is null or to_date >= from_date`)
    .execute();
  await db.schema.createIndex('office_holder_office_id').on('office_holder').column('office_id').execute();

  await db.schema
    .createTable('role_grant')
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'text', (col) => col.notNull().references('unit.id'))
    .addColumn('granted_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('role_grant_pkey', ['user_id', 'role', 'unit_id'])
    .execute();

  await db.schema
    .alterTable('app_user')
    .addForeignKeyConstraint('app_user_member_id_fkey', ['member_id'], 'member', ['id'])
    .execute();

  await db.schema
    .createTable('roll')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'text', (col) => col.notNull().references('unit.id'))
    .addColumn('preset_id', 'text', (col) => col.notNull())
    .addColumn('rule_id', 'text', (col) => col.notNull())
    .addColumn('frozen_at', 'date', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull().check(sql`state in ('open', 'closed')`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'uuid', (col) => col.references('app_user.id'))
    .execute();

  await db.schema
    .createTable('roll_entry')
    .addColumn('roll_id', 'text', (col) => col.notNull().references('roll.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (col) => col.notNull().references('member.id'))
    .addColumn('eligible', 'boolean', (col) => col.notNull())
    .addColumn('reasons', 'jsonb', (col) => col.notNull())
    .addPrimaryKeyConstraint('roll_entry_pkey', ['roll_id', 'member_id'])
    .execute();
  await db.schema.createIndex('roll_entry_member_id').on('roll_entry').column('member_id').execute();
}

/** Drops the party tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('app_user').dropConstraint('app_user_member_id_fkey').execute();
  for (const table of [
    'roll_entry',
    'roll',
    'role_grant',
    'office_holder',
    'office',
    'member',
    'affiliated_branch',
    'affiliate',
    'unit',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
