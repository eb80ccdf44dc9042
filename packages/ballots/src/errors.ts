/** Base class of every error thrown by @caucus/ballots. */
export class BallotsDomainError extends Error {
  override readonly name: string = 'BallotsDomainError';
}
