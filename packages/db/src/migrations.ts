import type { Migration } from 'kysely';
import { authMigrations } from './auth/migrations';
import { coreMigrations } from './core/migrations';
import { partyMigrations } from './party/migrations';
import { resultsMigrations } from './results/migrations';

/**
 * Each domain's migrations, registered here; a domain keeps its own list in `<domain>/migrations/index.ts`.
 * New migrations are named `YYYYMMDD-HHMM-<domain>-<what-it-does>` (the time of writing), so that work on several
 * domains at once never picks the same name and every name sorts after the ones before it.
 */
const byDomain: readonly Record<string, Migration>[] = [
  coreMigrations,
  authMigrations,
  partyMigrations,
  resultsMigrations,
];

/** Every migration, keyed by name, in the order they run (names sort in that order). */
export const migrations: Record<string, Migration> = Object.fromEntries(
  byDomain.flatMap((domain) => Object.entries(domain)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

/** Names registered by more than one domain (must be empty; a test checks). */
export function duplicateMigrationNames(): string[] {
  const names = byDomain.flatMap((domain) => Object.keys(domain));
  return names.filter((name, index) => names.indexOf(name) !== index);
}
