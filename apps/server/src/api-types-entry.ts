// The server's entry for generating the web client's API types (`@caucus/server/api-types`).
export { API_TYPES_FILE, generateApiTypes } from './docs/api-types';
export { findRootDir } from './find-root-dir';
