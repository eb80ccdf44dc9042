import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRootDir } from '../find-root-dir';
import { API_TYPES_FILE, generateApiTypes } from './api-types';

describe("the web client's API types", () => {
  it('are exactly what the current OpenAPI document generates (run `npm run generate:api` if not)', async () => {
    const committed = await readFile(join(findRootDir(), API_TYPES_FILE), 'utf8');
    const fresh = await generateApiTypes();
    expect(committed === fresh, `${API_TYPES_FILE} is stale: run \`npm run generate:api\``).toBe(true);
  });
});

describe('the OpenAPI document', () => {
  it('has no named schema that allows null at its top level (use orNull, not .nullable(), on named schemas)', async () => {
    const { buildOpenApiDocument } = await import('./openapi-document');
    const schemas = buildOpenApiDocument().components?.schemas ?? {};
    const nullable = Object.entries(schemas)
      .filter(([name, schema]) => {
        const type = (schema as { type?: unknown }).type;
        return name !== 'JsonValue' && Array.isArray(type) && type.includes('null');
      })
      .map(([name]) => name);
    expect(nullable).toEqual([]);
  });
});
