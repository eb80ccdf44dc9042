// Public API of @caucus/organising: organising groups, events, turnout drives, education paths and campaigns (pure: plain data in, plain data out).
export * from './errors';
export * from './policies/organising-policies';
export * from './rule-book/organising-rules';
export * from './rule-book/organising-section';
