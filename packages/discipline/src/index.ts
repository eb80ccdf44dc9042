// Public API of @caucus/discipline: complaints and discipline (pure: plain data in, plain data out).
export * from './errors';
export * from './policies/discipline-policies';
export * from './rule-book/discipline-rules';
export * from './rule-book/discipline-section';
