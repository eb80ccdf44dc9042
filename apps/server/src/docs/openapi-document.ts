import type { CaucusDatabase } from '@caucus/db';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDeps } from '../http/create-deps';
import { createLogger } from '../logger';

/** The document-level fields of Caucus's OpenAPI document. */
export function openApiDocumentConfig(version: string) {
  return {
    openapi: '3.1.0' as const,
    info: {
      title: 'Caucus API',
      version,
      description:
        'The HTTP API of Caucus. Errors use RFC 9457 problem documents (application/problem+json).',
      license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
    },
  };
}

/** A database that refuses every use: building the document registers routes and never touches data. */
const inertDatabase: CaucusDatabase = {
  get db(): never {
    throw new Error('the OpenAPI document is built without a database');
  },
  engine: 'pglite',
  target: 'none',
  listen: async () => async () => {},
  close: async () => {},
};

/**
 * The OpenAPI document of every registered route, built without a database or a server (for generating the web
 * client's types). The version is fixed so the document does not change with each release.
 */
export function buildOpenApiDocument() {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const app = createApp(createDeps(config, inertDatabase, createLogger(config)));
  return app.getOpenAPI31Document(openApiDocumentConfig('0'));
}
