import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';
import { assertChannelName } from './pg-listener';

/** Sends a notification on a channel to every listening process; inside a transaction it is sent on commit. */
export async function notify(db: Kysely<Database>, channel: string, payload = ''): Promise<void> {
  assertChannelName(channel);
  await sql`select pg_notify(${channel}, ${payload})`.execute(db);
}
