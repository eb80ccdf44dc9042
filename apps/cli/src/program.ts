import { Command } from 'commander';
import { type OutputOptions, reportError } from './output';

/**
 * Builds the `caucus` command. Subcommands load their code only when run, so that quick
 * commands start fast. Every command that prints a result accepts --json for machine use.
 */
export function buildProgram(): Command {
  const program = new Command('caucus')
    .description('Caucus: internal democracy, organising and UK election analytics.')
    .version(process.env.CAUCUS_VERSION ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nEnvironment: DATABASE_URL (PostgreSQL; embedded PGlite when unset), CAUCUS_DATA_DIR (default ./.caucus), PORT, HOST, LOG_LEVEL.',
    );

  program
    .command('serve')
    .description('Run the web app and API (migrates the database first).')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .option('--host <host>', 'interface to bind (default: $HOST or 127.0.0.1)')
    .action(
      run(async (options: { port?: string; host?: string } & OutputOptions) => {
        const { serveCommand } = await import('./commands/serve');
        await serveCommand(options);
      }),
    );

  const db = program.command('db').description('Database administration.');
  db.command('migrate')
    .description('Apply pending migrations to the configured database.')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: OutputOptions) => {
        const { dbMigrateCommand } = await import('./commands/db');
        await dbMigrateCommand(options);
      }),
    );
  db.command('status')
    .description('List applied and pending migrations.')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: OutputOptions) => {
        const { dbStatusCommand } = await import('./commands/db');
        await dbStatusCommand(options);
      }),
    );

  program
    .command('count')
    .description('Count a BLT file of ranked ballots and print every stage.')
    .argument('<file>', 'BLT file (OpenSTV / Droop / Scottish council format)')
    .requiredOption('-m, --method <method>', 'fptp, block, referendum, av, scottish, ers97 or meek')
    .option('-s, --seats <n>', 'seats to fill (default: from the BLT header)')
    .option('--seed <seed>', 'seed for ties broken by lot (a recount with the same seed draws the same)')
    .option('--batch', 'AV: exclude hopeless candidates together')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: CountOptions, file: unknown) => {
        const { countCommand } = await import('./commands/count');
        await countCommand(String(file), options);
      }),
    );

  return program;
}

interface CountOptions extends OutputOptions {
  method: string;
  seats?: string;
  seed?: string;
  batch?: boolean;
}

/** Wraps a command action so failures print one clear paragraph and set a non-zero exit code. */
export function run<O extends OutputOptions>(action: (options: O, ...rest: unknown[]) => Promise<void>) {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const options = command.opts<O>();
    const positional = args.slice(0, -2);
    try {
      await action(options, ...positional);
    } catch (error) {
      process.exitCode = reportError(error, options);
    }
  };
}
