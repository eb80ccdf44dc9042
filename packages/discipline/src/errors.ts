/** Base class of every error thrown by @caucus/discipline. */
export class DisciplineDomainError extends Error {
  override readonly name: string = 'DisciplineDomainError';
}
