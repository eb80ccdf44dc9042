/** Base class of every error thrown by @caucus/organising. */
export class OrganisingDomainError extends Error {
  override readonly name: string = 'OrganisingDomainError';
}
