import { readFile } from 'node:fs/promises';
import {
  CountError,
  countElection,
  METHODS,
  type MethodName,
  parseBlt,
  renderStageTable,
  resultToJson,
} from '@caucus/count';
import { CliError, emit, type OutputOptions } from '../output';
import { parseConstraints } from '../parse-constraint';

/** Options of `caucus count`. */
export interface CountCommandOptions extends OutputOptions {
  method: string;
  seats?: string;
  seed?: string;
  batch?: boolean;
  constraint?: string[];
}

/** Counts a BLT file and prints the stage-by-stage result (or its JSON). */
export async function countCommand(file: string, options: CountCommandOptions): Promise<void> {
  if (!METHODS.includes(options.method as MethodName)) {
    throw new CliError(`--method must be one of ${METHODS.join(', ')} (got "${options.method}").`, 2);
  }
  let seats: number | undefined;
  if (options.seats !== undefined) {
    seats = Number(options.seats);
    if (!Number.isInteger(seats) || seats < 1) {
      throw new CliError(`--seats must be a whole number of at least 1 (got "${options.seats}").`, 2);
    }
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `Cannot read ${file}: no such file.`
        : `Cannot read ${file}: ${(error as Error).message}`,
    );
  }
  try {
    const election = parseBlt(text);
    const constraints = parseConstraints(options.constraint ?? [], election.candidates);
    const result = countElection(election, {
      method: options.method as MethodName,
      ...(seats !== undefined ? { seats } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.batch ? { batchElimination: true } : {}),
      ...(constraints.length ? { constraints } : {}),
    });
    emit(resultToJson(result), options, (json) =>
      renderStageTable(json, { width: process.stdout.columns || 120 }),
    );
  } catch (error) {
    if (error instanceof CountError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}
