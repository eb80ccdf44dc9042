import type { CategoryConstraint, CountOptions, CountResultJson, MethodName } from '@caucus/count';
import { ProblemError } from '../../http/problem';
import { type CountPool, CountPoolBusyError, CountTimeoutError, CountWorkerError } from './count-pool';
import type { CountTaskOutcome } from './count-task';

/** A count request after validation. */
export interface CountBallotsInput {
  method: string;
  seats?: number | undefined;
  seed?: string | number | undefined;
  tieOrder?: string[] | undefined;
  batchElimination?: boolean | undefined;
  positiveSurplus?: boolean | undefined;
  constraints?: CategoryConstraint[] | undefined;
  report?: 'droop' | undefined;
  blt?: string | undefined;
  election?: object | undefined;
}

/** The result, with Droop's report when asked for. */
export type CountBallotsResult = CountResultJson & { droopReport?: string };

/**
 * Counts the ballots in a worker of the pool within `timeoutMs`; bad ballots or options become
 * 400 problems, an overrun, a crashed worker or a full pool a 503 problem.
 */
export async function countBallots(
  pool: CountPool,
  input: CountBallotsInput,
  timeoutMs: number,
): Promise<CountBallotsResult> {
  const options: CountOptions = {
    method: input.method as MethodName,
    ...(input.seats !== undefined ? { seats: input.seats } : {}),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
    ...(input.tieOrder !== undefined ? { tieOrder: input.tieOrder } : {}),
    ...(input.batchElimination !== undefined ? { batchElimination: input.batchElimination } : {}),
    ...(input.positiveSurplus !== undefined ? { positiveSurplus: input.positiveSurplus } : {}),
    ...(input.constraints !== undefined ? { constraints: input.constraints } : {}),
  };
  let outcome: CountTaskOutcome;
  try {
    outcome = await pool.run(
      {
        source: input.blt !== undefined ? { blt: input.blt } : { election: input.election },
        options,
        format: 'result',
        droopReport: input.report === 'droop',
      },
      timeoutMs,
    );
  } catch (error) {
    if (
      error instanceof CountTimeoutError ||
      error instanceof CountPoolBusyError ||
      error instanceof CountWorkerError
    ) {
      throw new ProblemError('service-unavailable', error.message);
    }
    throw error;
  }
  if (!outcome.ok) {
    throw new ProblemError('validation-failed', outcome.error.message, [
      { path: outcome.error.where, message: outcome.error.message },
    ]);
  }
  if (!('result' in outcome)) throw new Error('countBallots: the worker answered without a result.');
  return outcome.droopReport === undefined
    ? outcome.result
    : { ...outcome.result, droopReport: outcome.droopReport };
}
