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

  // `caucus count` is read by its own parser (commands/count-arguments) so that it starts fast;
  // it is listed here for the help, and runs the same way if it arrives here.
  program
    .command('count')
    .description('Count BLT files of ranked ballots exactly and print every stage (caucus count --help).')
    .helpOption(false)
    .allowUnknownOption()
    .argument('[arguments...]')
    .action(
      run(async (_options: OutputOptions, args: unknown) => {
        const { countCommand } = await import('./commands/count');
        await countCommand(args as string[]);
      }),
    );

  const data = program.command('data').description('Election results data in the database.');
  data
    .command('load')
    .description('Load (or reload) the UK election results from data/ into the database.')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: OutputOptions) => {
        const { dataLoadCommand } = await import('./commands/data');
        await dataLoadCommand(options);
      }),
    );
  data
    .command('check')
    .description(
      'Totals per election from the database (seats by party, valid votes) to compare with published figures.',
    )
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: OutputOptions) => {
        const { dataCheckCommand } = await import('./commands/data');
        await dataCheckCommand(options);
      }),
    );

  program
    .command('results')
    .description('A seat’s results at every election since 2010 (by GSS code or name).')
    .argument('<seat>', 'GSS code or constituency name')
    .option('--boundaries <set>', 'look the seat up on the 2010 or 2024 boundaries only')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: OutputOptions & { boundaries?: string }, seat: unknown) => {
        const { resultsCommand } = await import('./commands/results');
        await resultsCommand(String(seat), options);
      }),
    );

  program
    .command('election')
    .description('UK-wide seats, votes and shares at a general election.')
    .argument('<year>', '2010, 2015, 2017, 2019 or 2024 (or notional2019, notional2005)')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: OutputOptions, year: unknown) => {
        const { electionCommand } = await import('./commands/election');
        await electionCommand(String(year), options);
      }),
    );

  const selectSeats = (command: Command): Command =>
    command
      .requiredOption('--from <year>', 'earlier election (year or id)')
      .requiredOption('--to <year>', 'later election (year or id)')
      .option('--nation <name>', 'England, Scotland, Wales or Northern Ireland')
      .option('--region <name>', 'region name or ONS code, e.g. "North West"')
      .option('--county <name>', 'county as the data names it, e.g. Kent')
      .option('--seats <list>', 'comma-separated seat codes or names')
      .option('--exclude <list>', 'comma-separated seats to leave out')
      .option('--json', 'print the result as JSON');
  selectSeats(
    program
      .command('change')
      .description('Sum of vote changes by party over a set of seats between two elections.'),
  ).action(
    run(async (options: SelectionOptions) => {
      const { changeCommand } = await import('./commands/change');
      await changeCommand(options);
    }),
  );
  selectSeats(
    program
      .command('swing')
      .description('Two-party Butler swing over a seat or a set of seats between two elections.')
      .requiredOption('--parties <a,b>', 'swing from the first party to the second, e.g. Con,Lab'),
  ).action(
    run(async (options: SelectionOptions & { parties: string }) => {
      const { swingCommand } = await import('./commands/change');
      await swingCommand(options);
    }),
  );

  program
    .command('targets')
    .description('A party’s target seats at an election, smallest swing needed first.')
    .requiredOption(
      '--party <abbr>',
      'party abbreviation as in the data (Con, Lab, LD, RUK, Green, SNP, PC…)',
    )
    .requiredOption('--election <year>', 'election year or id')
    .option('--nation <name>', 'only seats in this nation')
    .option('--region <name>', 'only seats in this region')
    .option('--county <name>', 'only seats in this county')
    .option('--limit <n>', 'at most this many seats')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: TargetsOptions) => {
        const { targetsCommand } = await import('./commands/targets');
        await targetsCommand(options);
      }),
    );

  program
    .command('byelection')
    .description('A by-election against the previous general election, and its swing repeated nationally.')
    .argument('<seat>', 'GSS code or constituency name')
    .argument('[date]', 'polling day (YYYY-MM-DD) if the seat had several by-elections')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: OutputOptions, seat: unknown, date: unknown) => {
        const { byelectionCommand } = await import('./commands/byelection');
        await byelectionCommand(String(seat), date === undefined ? undefined : String(date), options);
      }),
    );

  program
    .command('project')
    .description('Project GB vote shares onto seats (a scenario calculator, not a forecast).')
    .requiredOption(
      '--shares <list>',
      'percent by party adding up to 100, e.g. Lab=34,Con=24,RUK=15,LD=12,Oth=15',
    )
    .option('--model <model>', 'uns, proportional, transition or stm', 'uns')
    .option('--level <level>', 'gb, nation or region', 'gb')
    .option('--base <year>', 'election to swing from (default: the latest)')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: ProjectOptions) => {
        const { projectCommand } = await import('./commands/project');
        await projectCommand(options);
      }),
    );

  program
    .command('backtest')
    .description('Feed each election’s actual shares into the previous one; seat errors per model and level.')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: OutputOptions) => {
        const { backtestCommand } = await import('./commands/backtest');
        await backtestCommand(options);
      }),
    );

  const members = program.command('members').description('Party membership.');
  members
    .command('import')
    .description('Import a membership CSV into a unit (all or nothing; re-importing changes nothing).')
    .argument('<file>', 'CSV export from the national membership system, header row first')
    .requiredOption('-u, --unit <id>', 'unit to import into (all rows must be in it), e.g. clp-E14001101')
    .option('--dry-run', 'show what would change, change nothing')
    .option('--json', 'print the plan as JSON')
    .action(
      run(async (options: MembersImportOptions, file: unknown) => {
        const { membersImportCommand } = await import('./commands/members');
        await membersImportCommand(String(file), options);
      }),
    );

  const ruleBook = program
    .command('rule-book')
    .description('Which rule-book edition the party applies from which date.');
  ruleBook
    .command('show', { isDefault: true })
    .description('List the adopted editions and the dates each governs.')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: OutputOptions) => {
        const { ruleBookShowCommand } = await import('./commands/rule-book');
        await ruleBookShowCommand(options);
      }),
    );
  ruleBook
    .command('adopt')
    .description('Adopt an edition from a date (running servers pick it up at once).')
    .argument('<edition>', 'labour-2018, labour-2021 or green-england-wales')
    .requiredOption('--from <date>', 'first day it governs, YYYY-MM-DD')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: { from: string } & OutputOptions, edition: unknown) => {
        const { ruleBookAdoptCommand } = await import('./commands/rule-book');
        await ruleBookAdoptCommand(String(edition), options);
      }),
    );

  program
    .command('demo')
    .description('The generated demo party.')
    .command('reset')
    .description('Delete the demo party and create a fresh one (refuses if the membership is real).')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--json', 'print the result as JSON')
    .action(
      run(async (options: { yes?: boolean } & OutputOptions) => {
        const { demoResetCommand } = await import('./commands/demo');
        await demoResetCommand(options);
      }),
    );

  return program;
}

interface MembersImportOptions extends OutputOptions {
  unit: string;
  dryRun?: boolean;
}

interface SelectionOptions extends OutputOptions {
  from: string;
  to: string;
  nation?: string;
  region?: string;
  county?: string;
  seats?: string;
  exclude?: string;
}

interface TargetsOptions extends OutputOptions {
  party: string;
  election: string;
  nation?: string;
  region?: string;
  county?: string;
  limit?: string;
}

interface ProjectOptions extends OutputOptions {
  model: string;
  level: string;
  shares: string;
  base?: string;
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
