export { DatabaseConnectionError, explainPostgresFailure, redactUrl } from './database-error';
export { describeSchema, type SchemaDescription } from './inspect-schema';
export { MigrationError, type MigrationReport, migrateToLatest, migrationStatus } from './migrate';
export { migrations } from './migrations';
export {
  type CaucusDatabase,
  type DatabaseEngine,
  type DatabaseOptions,
  openDatabase,
} from './open-database';
export { pingDatabase } from './ping-database';
export * from './repositories/audit-log';
export * from './repositories/party-audit';
export * from './repositories/party-data';
export * from './repositories/party-members';
export * from './repositories/party-personal-data';
export * from './repositories/party-rolls';
export * from './repositories/party-units';
export * from './repositories/results';
export * from './repositories/role-grants';
export * from './repositories/sessions';
export * from './repositories/users';
export type * from './schema';
