// Public API of @caucus/selections: trigger ballots, selections and internal elections (pure: plain data in, plain data out).
export * from './errors';
export * from './policies/selections-policies';
export * from './rule-book/selections-rules';
export * from './rule-book/selections-section';
