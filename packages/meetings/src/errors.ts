/** Base class of every error thrown by @caucus/meetings. */
export class MeetingsDomainError extends Error {
  override readonly name: string = 'MeetingsDomainError';
}
