// Public API of @caucus/ballots: secret ballots, receipts and their publication (pure: plain data in, plain data out).
export * from './errors';
export * from './policies/ballots-policies';
export * from './rule-book/ballots-rules';
export * from './rule-book/ballots-section';
