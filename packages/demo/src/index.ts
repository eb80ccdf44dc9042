// Public API of @caucus/demo: the seeded demo party generator.
export * from './generate-demo-party';
export * from './seeded-random';
