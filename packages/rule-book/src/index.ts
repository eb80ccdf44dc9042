// Public API of @caucus/rule-book: the whole rule book, composed from each domain's section, by edition and by date.
export * from './rule-book';
export * from './sections';
