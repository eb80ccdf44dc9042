// Public API of @caucus/db: open PGlite or PostgreSQL, migrate, and each domain's repositories.
export * from './auth/role-grants';
export * from './auth/session-summaries';
export * from './auth/sessions';
export * from './auth/users';
export * from './core/audit';
export * from './core/jobs';
export * from './core/notify';
export type { ChannelSubscriber } from './core/pg-listener';
export * from './core/rate-limits';
export { DatabaseConnectionError, explainPostgresFailure, redactUrl } from './database-error';
export { describeSchema, type SchemaDescription } from './inspect-schema';
export { MigrationError, type MigrationReport, migrateToLatest, migrationStatus } from './migrate';
export { duplicateMigrationNames, migrations } from './migrations';
export {
  type CaucusDatabase,
  type DatabaseEngine,
  type DatabaseOptions,
  openDatabase,
} from './open-database';
export * from './party/party-data';
export * from './party/party-members';
export * from './party/party-rolls';
export * from './party/party-units';
export * from './party/rule-book-timeline';
export { pingDatabase } from './ping-database';
export * from './results/results';
export type * from './schema';
