// `npm run generate:api`: writes the web client's API types from the server's OpenAPI document.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { API_TYPES_FILE, findRootDir, generateApiTypes } from '@caucus/server/api-types';

const file = join(findRootDir(), API_TYPES_FILE);
await writeFile(file, await generateApiTypes());
process.stdout.write(`Wrote ${API_TYPES_FILE}\n`);
