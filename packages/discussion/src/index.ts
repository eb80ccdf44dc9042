// Public API of @caucus/discussion: discussion threads and their moderation (pure: plain data in, plain data out).
export * from './errors';
export * from './policies/discussion-policies';
export * from './rule-book/discussion-rules';
export * from './rule-book/discussion-section';
