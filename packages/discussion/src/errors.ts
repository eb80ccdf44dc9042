/** Base class of every error thrown by @caucus/discussion. */
export class DiscussionDomainError extends Error {
  override readonly name: string = 'DiscussionDomainError';
}
