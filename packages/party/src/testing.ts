// Test fixtures of @caucus/party for other packages' tests (`@caucus/party/testing`).
export * from './testing/test-fixtures';
