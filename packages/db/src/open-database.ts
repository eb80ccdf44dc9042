import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { assertChannelName, type ChannelSubscriber, PgListener } from './core/pg-listener';
import { DatabaseConnectionError, explainPostgresFailure, redactUrl } from './database-error';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';
import { parseDate, parseInt8, TYPE_OID } from './type-parsers';

/** Which PostgreSQL Caucus is talking to. */
export type DatabaseEngine = 'pglite' | 'postgres';

/** Where the database lives: a PostgreSQL URL, a PGlite data folder, or (neither) PGlite in memory. */
export interface DatabaseOptions {
  /** A `postgres://` URL; when set, the real server is used. */
  url?: string | undefined;
  /** Folder for the embedded database; ignored when `url` is set. */
  dataDir?: string | undefined;
}

/** An open database: the Kysely handle, what it runs on, and how to close it. */
export interface CaucusDatabase {
  db: Kysely<Database>;
  engine: DatabaseEngine;
  /** Human-readable location, password hidden. */
  target: string;
  /**
   * Subscribes this process to a PostgreSQL notification channel (LISTEN), resolving once subscribed with a function
   * that unsubscribes. Notifications are sent with `notify` (inside a transaction they arrive on commit), from any
   * process on the same database.
   */
  listen(channel: string, subscriber: ChannelSubscriber): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Opens the database the options describe and proves the connection works. */
export async function openDatabase(options: DatabaseOptions): Promise<CaucusDatabase> {
  return options.url ? openPostgres(options.url) : openPGlite(options.dataDir);
}

async function openPostgres(url: string): Promise<CaucusDatabase> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new DatabaseConnectionError(
      '(unparseable DATABASE_URL)',
      'DATABASE_URL is not a valid URL.',
      'Use the form postgres://user:password@host:5432/database.',
      { cause },
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseConnectionError(
      redactUrl(url),
      `the scheme "${parsed.protocol}" is not PostgreSQL.`,
      'Use a URL starting with postgres:// or postgresql://.',
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === TYPE_OID.int8) return parseInt8;
        if (oid === TYPE_OID.date) return parseDate;
        return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (cause) {
    await pool.end().catch(() => {});
    throw explainPostgresFailure(url, cause);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listener = new PgListener(url);
  return {
    db,
    engine: 'postgres',
    target: redactUrl(url),
    listen: (channel, subscriber) => listener.subscribe(channel, subscriber),
    close: async () => {
      await listener.close();
      await db.destroy();
    },
  };
}

async function openPGlite(dataDir: string | undefined): Promise<CaucusDatabase> {
  const target = dataDir ? resolve(dataDir) : 'memory';
  let releaseLock = () => {};
  if (dataDir) {
    releaseLock = lockDataDir(target);
  }
  try {
    const parsers = { [TYPE_OID.int8]: parseInt8, [TYPE_OID.date]: parseDate };
    const client = new PGlite(dataDir ? { dataDir: join(target, 'pgdata'), parsers } : { parsers });
    await client.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    await sql`select 1`.execute(db);
    return {
      db,
      engine: 'pglite',
      target,
      // One process owns an embedded database, so its own notifications are all there is to hear.
      // LISTEN runs while holding the session, so that it never lands inside another caller's transaction.
      listen: async (channel, subscriber) => {
        assertChannelName(channel);
        const unlisten = await db.connection().execute(() => client.listen(channel, subscriber.onMessage));
        return () => db.connection().execute(() => unlisten());
      },
      close: async () => {
        await db.destroy();
        releaseLock();
      },
    };
  } catch (cause) {
    releaseLock();
    if (cause instanceof DatabaseConnectionError) throw cause;
    throw new DatabaseConnectionError(
      target,
      `the embedded database could not be opened (${cause instanceof Error ? cause.message : String(cause)}).`,
      'Check that the folder is writable; if it holds a damaged database, move it aside and start again.',
      { cause },
    );
  }
}

/** Claims the data folder for this process, refusing if another live process holds it. */
function lockDataDir(dir: string): () => void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (cause) {
    throw new DatabaseConnectionError(
      dir,
      'the data folder could not be created.',
      'Set CAUCUS_DATA_DIR to a writable folder.',
      { cause },
    );
  }
  const lockFile = join(dir, 'caucus.pid');
  let holder: number | undefined;
  try {
    holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
  } catch {
    holder = undefined;
  }
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new DatabaseConnectionError(
      dir,
      `another Caucus process (pid ${holder}) is using this embedded database.`,
      'Stop that process first, or point CAUCUS_DATA_DIR at another folder; the embedded database allows one process at a time.',
    );
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
