import {
  BranchMoveBlockedError,
  InvalidTimelineError,
  NoEditionInForceError,
  PartyDomainError,
  UnknownEditionError,
  UnknownUnitError,
} from '@caucus/party';
import { ProblemError } from '../http/problem';

/**
 * The party domain's one error map: its typed errors as problems. A branch move off an open roll is a conflict,
 * an unknown unit is not found, everything else the domain refuses is invalid input (400) with its own message.
 */
export function partyProblem(error: unknown): ProblemError | undefined {
  if (!(error instanceof PartyDomainError)) return undefined;
  if (error instanceof BranchMoveBlockedError) return new ProblemError('conflict', error.message);
  if (error instanceof UnknownUnitError)
    return new ProblemError('not-found', `There is no unit "${error.unitId}".`);
  if (error instanceof NoEditionInForceError || error instanceof UnknownEditionError) {
    return new ProblemError('validation-failed', `The rule book: ${error.message}.`);
  }
  if (error instanceof InvalidTimelineError) return new ProblemError('validation-failed', error.message);
  return new ProblemError('validation-failed', error.message);
}
