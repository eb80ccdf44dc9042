import type { AddressInfo } from 'node:net';
import { type CaucusDatabase, migrateToLatest, openDatabase } from '@caucus/db';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { Config } from './config';
import { type DemoSeedResult, seedDemoPartyIfEmpty } from './demo/seed-demo-party';
import { jobHandlers } from './features';
import { ensureResultsLoaded } from './features/results/ensure-results-loaded';
import type { LoadProgress } from './features/results/load-results-data';
import { createDeps } from './http/create-deps';
import { JobRunner } from './jobs/job-runner';
import { createLogger, type Logger } from './logger';

/** A running server. */
export interface RunningServer {
  url: string;
  database: CaucusDatabase;
  logger: Logger;
  /** The demo party and its sign-ins when the party is the generated demo (seeded on an empty database), else null. */
  demo: DemoSeedResult | null;
  /** Stops accepting requests, lets in-flight ones finish, then closes the database. */
  close(): Promise<void>;
}

/** Hooks a caller can pass to watch start-up. */
export interface StartHooks {
  /** Called after each migration applied at start-up. */
  onMigrated?: (name: string, index: number, pending: number) => void;
  /** Called as the election results are read and written on first start (an empty database). */
  onResultsLoad?: LoadProgress;
}

/** Opens the database, applies migrations and starts listening. */
export async function startServer(config: Config, hooks: StartHooks = {}): Promise<RunningServer> {
  const logger = createLogger(config);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  let demo: DemoSeedResult | null = null;
  try {
    const report = await migrateToLatest(database.db, hooks.onMigrated);
    logger.info(
      { engine: database.engine, target: database.target, applied: report.applied },
      'database ready',
    );
    const results = await ensureResultsLoaded(database, config.rootDir, hooks.onResultsLoad);
    if (results) logger.info({ steps: results.steps.length, contests: results.contests }, 'results loaded');
    demo = await seedDemoPartyIfEmpty(database, config.rootDir);
  } catch (error) {
    await database.close();
    throw error;
  }
  const deps = createDeps(config, database, logger);
  const app = createApp(deps);
  const jobs = new JobRunner(deps, jobHandlers);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await database.close();
    if (error.code === 'EADDRINUSE') {
      throw new PortInUseError(config.port, config.host, { cause: error });
    }
    throw error;
  });
  const address = server.address() as AddressInfo;
  const shownHost =
    config.host === '0.0.0.0' || config.host === '127.0.0.1' || config.host === '::'
      ? 'localhost'
      : config.host;
  const url = `http://${shownHost}:${address.port}`;
  logger.info({ url }, 'listening');
  await jobs.start();
  let closing: Promise<void> | undefined;
  return {
    url,
    database,
    logger,
    demo,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive sockets would otherwise hold the server open.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
        await jobs.stop();
        await database.close();
        logger.info('stopped');
      })();
      return closing;
    },
  };
}

/** The port is taken by another process. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly host: string,
    options?: ErrorOptions,
  ) {
    super(
      `Port ${port} on ${host} is already in use. Stop the other program, or choose another port with PORT=3001 npm start (or caucus serve --port 3001).`,
      options,
    );
  }
}
