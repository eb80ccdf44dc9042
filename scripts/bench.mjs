// `npm run bench`: runs every benchmark (packages/*/bench/*.bench.ts, apps/*/bench/*.bench.ts) and prints figures.
// Usage: npm run bench [-- name-filter]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filter = process.argv[2];
const files = [];
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name, 'bench');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.bench.ts') && (!filter || join(group, name, file).includes(filter))) {
        files.push(join(dir, file));
      }
    }
  }
}
if (files.length === 0) {
  process.stderr.write(filter ? `No benchmark matches "${filter}".\n` : 'No benchmarks found.\n');
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n### ${file.slice(root.length + 1)}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
