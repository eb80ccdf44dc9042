import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from './openapi-document';

/** Where the web client's generated types live, relative to the checkout root. */
export const API_TYPES_FILE = 'apps/web/src/api/schema.d.ts';

const HEADER =
  "// Generated from the server's OpenAPI document by `npm run generate:api`. Do not edit: change the zod schemas\n" +
  '// in apps/server and regenerate (a test fails while this file is stale).\n';

/** The TypeScript types of the API, generated from the OpenAPI document the server's zod schemas produce. */
export async function generateApiTypes(): Promise<string> {
  // Sound: the document is the OpenAPI 3.1 object openapi-typescript reads.
  const ast = await openapiTS(buildOpenApiDocument() as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}
