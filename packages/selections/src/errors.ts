/** Base class of every error thrown by @caucus/selections. */
export class SelectionsDomainError extends Error {
  override readonly name: string = 'SelectionsDomainError';
}
