import {
  type CategoryConstraint,
  CountError,
  type CountResultJson,
  countElection,
  type Election,
  electionFromJson,
  type MethodName,
  parseBlt,
  resultToJson,
} from '@caucus/count';
import { ProblemError } from '../../http/problem';

/** A count request after validation. */
export interface CountBallotsInput {
  method: string;
  seats?: number | undefined;
  seed?: string | number | undefined;
  batchElimination?: boolean | undefined;
  constraints?: CategoryConstraint[] | undefined;
  blt?: string | undefined;
  election?: Record<string, unknown> | undefined;
}

/** Reads the ballots, counts them and returns the JSON result; engine errors become 400 problems. */
export function countBallots(input: CountBallotsInput): CountResultJson {
  try {
    const election: Election =
      input.blt !== undefined ? parseBlt(input.blt) : electionFromJson(input.election);
    const result = countElection(election, {
      method: input.method as MethodName,
      ...(input.seats !== undefined ? { seats: input.seats } : {}),
      ...(input.seed !== undefined ? { seed: input.seed } : {}),
      ...(input.batchElimination !== undefined ? { batchElimination: input.batchElimination } : {}),
      ...(input.constraints !== undefined ? { constraints: input.constraints } : {}),
    });
    return resultToJson(result);
  } catch (error) {
    if (error instanceof CountError) {
      throw new ProblemError('validation-failed', error.message, [
        { path: whereIs(error), message: error.message },
      ]);
    }
    throw error;
  }
}

/** Where in the request an engine error points: a JSON path, an option name, or a BLT line. */
function whereIs(error: CountError): string {
  if ('path' in error) return String(error.path);
  if ('option' in error) return String(error.option);
  if ('line' in error) return `blt (line ${String(error.line)})`;
  return error.code;
}
