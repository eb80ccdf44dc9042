#!/usr/bin/env node
// Entry point of the `caucus` command: runs the bundled CLI built by `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/caucus.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'caucus has not been built yet. In the Caucus folder run `npm run build` (npm ci does this for you).\n',
  );
  process.exit(1);
}
await import(entry.href);
