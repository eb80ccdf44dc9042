// Times `caucus count` as a whole process (start-up, reading the BLT file, counting, printing) on one real ward.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'caucus.js');
const ward = join(root, 'packages', 'count', 'fixtures', 'scotland-2017', 'blt', 'edinburgh_ward02.blt');

if (!existsSync(join(root, 'apps', 'cli', 'dist', 'caucus.js'))) {
  process.stderr.write('Build the CLI first: npm run build\n');
  process.exit(1);
}

function time(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`caucus ${args.join(' ')} failed: ${run.stderr}`);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const runs = 15;
time(['--version']);
const version = median(Array.from({ length: runs }, () => time(['--version'])));
const count = median(
  Array.from({ length: runs }, () => time(['count', ward, '--method', 'scottish', '--json'])),
);
const node = median(
  Array.from({ length: runs }, () => {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - started;
  }),
);
process.stdout.write(
  `caucus count (one Scottish ward, --json), whole process: median ${count.toFixed(0)} ms of ${runs} runs\n`,
);
process.stdout.write(
  `caucus --version: median ${version.toFixed(0)} ms; bare node start: median ${node.toFixed(0)} ms\n`,
);
