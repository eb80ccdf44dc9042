// Public API of @caucus/meetings: meetings, quorum, votes in meetings, minutes, motions and conference (pure: plain data in, plain data out).
export * from './errors';
export * from './policies/meetings-policies';
export * from './rule-book/meetings-rules';
export * from './rule-book/meetings-section';
