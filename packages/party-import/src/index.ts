// Public API of @caucus/party-import: membership CSV in and out, and the import plan a dry run shows.
export * from './csv-records';
export * from './import-field-parsers';
export * from './membership-csv-columns';
export * from './parse-membership-csv';
export * from './plan-member-import';
export * from './write-membership-csv';
