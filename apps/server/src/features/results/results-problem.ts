import {
  BoundaryMismatchError,
  SeatLookupError,
  SharesInputError,
  UnknownAreaError,
  UnknownByElectionError,
  UnknownElectionError,
  UnknownPartyError,
} from '@caucus/elections';
import { ProblemError } from '../../http/problem';

/**
 * Runs an analysis and turns the elections package's typed errors into problems: unknown seats,
 * elections and by-elections are 404 (the detail lists the closest matches); bad areas, parties,
 * shares and boundary mismatches are 400. Anything else propagates unchanged.
 */
export function withResultsProblems<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (
      error instanceof SeatLookupError ||
      error instanceof UnknownElectionError ||
      error instanceof UnknownByElectionError
    ) {
      throw new ProblemError('not-found', error.message);
    }
    if (error instanceof SharesInputError) {
      throw new ProblemError('validation-failed', error.message, [
        { path: 'shares', message: error.message },
      ]);
    }
    if (
      error instanceof UnknownAreaError ||
      error instanceof UnknownPartyError ||
      error instanceof BoundaryMismatchError
    ) {
      throw new ProblemError('validation-failed', error.message);
    }
    throw error;
  }
}
