/**
 * The command line of `caucus count`, read with Node's own argument parser so that a count
 * starts without loading the rest of the CLI: the options, their help text, and their checks.
 */
import { parseArgs } from 'node:util';
import { METHODS, type MethodName } from '@caucus/count';
import { CliError } from '../output';

/** The output forms of `caucus count`. */
export type CountOutputFormat = 'text' | 'json' | 'droop';

/** `caucus count` options after checking. */
export interface CountArguments {
  /** BLT files or folders of them. */
  readonly paths: string[];
  readonly method: MethodName;
  readonly seats?: number;
  readonly seed?: string;
  readonly tieOrder?: string[];
  readonly batch: boolean;
  readonly positiveSurplus: boolean;
  readonly constraints: string[];
  readonly format: CountOutputFormat;
  readonly json: boolean;
}

const OPTIONS = {
  method: { type: 'string', short: 'm' },
  seats: { type: 'string', short: 's' },
  seed: { type: 'string' },
  'tie-order': { type: 'string' },
  batch: { type: 'boolean' },
  'force-positive-surplus': { type: 'boolean' },
  constraint: { type: 'string', multiple: true },
  format: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `caucus count --help`. */
export const COUNT_HELP = `Usage: caucus count <file.blt|folder>... --method <method> [options]

Count BLT files of ranked ballots exactly and print every stage. Several files (or a folder of
them) are counted in one process, side by side on every core, with a progress bar and a summary.

Options:
  -m, --method <method>     ${METHODS.join(', ')}
  -s, --seats <n>           seats to fill (default: from the BLT header)
      --seed <seed>         seed for ties broken by lot (a recount with the same seed draws the same);
                            for Meek, the tie order is drawn from it before stage 1
      --tie-order <list>    a tie order fixed before the count, e.g. "c3,c1,c2" (names, nicknames or
                            numbers; every candidate still standing): ties go to the first in it
      --batch               AV: exclude hopeless candidates together
      --constraint <spec>   STV: seats for a category, e.g. women>=4:1,3,5,8,9 (repeatable)
      --force-positive-surplus
                            meek-droop: count each elected candidate's surplus as at least 0 (as stv-rs)
      --format <format>     text (default), json, or droop: Droop's and stv-rs's report of a Meek count
      --json                the same as --format json; with several files, one JSON line per file
  -h, --help                show this help
`;

/** Reads and checks the arguments after `count`; throws CliError (exit status 2) for bad ones. */
export function parseCountArguments(argv: readonly string[]): CountArguments | 'help' {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(
      `${(error as Error).message.replace(/\.?$/, '.')} Run caucus count --help for the options.`,
      2,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.method === undefined) throw new CliError('--method is required, e.g. --method scottish.', 2);
  if (!METHODS.includes(values.method as MethodName)) {
    throw new CliError(`--method must be one of ${METHODS.join(', ')} (got "${values.method}").`, 2);
  }
  if (positionals.length === 0) throw new CliError('Name a BLT file (or a folder of them) to count.', 2);
  let seats: number | undefined;
  if (values.seats !== undefined) {
    seats = Number(values.seats);
    if (!Number.isInteger(seats) || seats < 1) {
      throw new CliError(`--seats must be a whole number of at least 1 (got "${values.seats}").`, 2);
    }
  }
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (format !== 'text' && format !== 'json' && format !== 'droop') {
    throw new CliError(`--format must be text, json or droop (got "${format}").`, 2);
  }
  if (values.json && format !== 'json')
    throw new CliError('--json and --format droop cannot be combined.', 2);
  const tieOrder = values['tie-order']
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return {
    paths: positionals,
    method: values.method as MethodName,
    ...(seats !== undefined ? { seats } : {}),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(tieOrder !== undefined ? { tieOrder } : {}),
    batch: values.batch ?? false,
    positiveSurplus: values['force-positive-surplus'] ?? false,
    constraints: values.constraint ?? [],
    format,
    json: format === 'json',
  };
}
