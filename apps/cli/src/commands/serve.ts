import { loadConfig, startServer } from '@caucus/server';
import { createProgress } from '../progress';

/** Options of `caucus serve`. */
export interface ServeOptions {
  port?: string;
  host?: string;
}

/** Starts the web app and API, and stops cleanly on Ctrl+C or SIGTERM. */
export async function serveCommand(options: ServeOptions): Promise<void> {
  const env = { ...process.env };
  if (options.port !== undefined) env.PORT = options.port;
  if (options.host !== undefined) env.HOST = options.host;
  // In a terminal, keep the screen for the banner: warnings only unless LOG_LEVEL says otherwise.
  if (env.LOG_LEVEL === undefined && process.stdout.isTTY) env.LOG_LEVEL = 'warn';
  const config = loadConfig(env);
  const progress = createProgress('Migrating database');
  const reading = createProgress('Reading election data ');
  const loading = createProgress('Loading election results');
  const started = performance.now();
  const server = await startServer(config, {
    onMigrated: (name, index, pending) => progress.update(index, pending, name),
    onResultsLoad: (phase, done, total, step) => {
      progress.stop();
      if (phase === 'read') reading.update(done, total, step);
      else {
        reading.stop();
        loading.update(done, total, step);
      }
    },
  });
  progress.stop();
  reading.stop();
  loading.stop();
  const where =
    server.database.engine === 'pglite'
      ? `embedded PostgreSQL (PGlite) in ${server.database.target}`
      : `PostgreSQL at ${server.database.target}`;
  process.stdout.write(
    [
      '',
      `  Caucus is running at ${server.url}  (ready in ${Math.round(performance.now() - started)} ms)`,
      `  API reference:       ${server.url}/api/docs`,
      `  Database:            ${where}`,
      ...(server.demo === null
        ? []
        : [
            '',
            `  Demo party${server.demo.seeded ? ' (created just now)' : ''}: sign in with password ${server.demo.password} as`,
            ...server.demo.signIns.map((signIn) => `    ${signIn.email.padEnd(38)} ${signIn.description}`),
          ]),
      '',
      '  Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n  ${signal} received: finishing open requests and closing the database…\n`);
    const force = setTimeout(() => {
      process.stderr.write('  Still busy after 10 s; stopping anyway.\n');
      process.exit(1);
    }, 10_000);
    force.unref();
    server.close().then(
      () => {
        process.stdout.write('  Caucus stopped.\n');
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(
          `  Error while stopping: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
