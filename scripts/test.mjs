// `npm test`: lint, import boundaries, typecheck, unit and database tests (PGlite and PostgreSQL), build, browser e2e.
// Runs every step, prints how long each took, and ends with one "tests: N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, '.test-results');
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

const steps = [
  { name: 'lint', cmd: bin('biome'), args: ['check', '.'] },
  {
    name: 'boundaries',
    cmd: bin('depcruise'),
    args: [
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
      'packages',
      'apps/server/src',
      'apps/cli/src',
      'apps/web/src',
      'e2e',
    ],
  },
  { name: 'typecheck', cmd: bin('tsc'), args: ['-p', 'tsconfig.json'] },
  { name: 'typecheck web', cmd: bin('tsc'), args: ['-p', 'apps/web/tsconfig.json'] },
  { name: 'typecheck e2e', cmd: bin('tsc'), args: ['-p', 'e2e/tsconfig.json'] },
  {
    name: 'unit and database tests',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'unit.json')}`],
    report: join(results, 'unit.json'),
  },
  { name: 'build', cmd: process.execPath, args: [join(root, 'scripts', 'build.mjs')] },
  {
    name: 'end-to-end tests',
    cmd: bin('vitest'),
    args: [
      'run',
      '--config',
      'e2e/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${join(results, 'e2e.json')}`,
    ],
    report: join(results, 'e2e.json'),
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const timings = [];
for (const step of steps) {
  process.stdout.write(`\n=== ${step.name} ===\n`);
  const started = performance.now();
  const run = spawnSync(step.cmd, step.args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name}: ${seconds} s`);
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  if (run.status !== 0) failures.push(step.name);
}

process.stdout.write(`\n${timings.join('\n')}\n`);
if (failures.length) process.stdout.write(`Failed steps: ${failures.join(', ')}\n`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failures.length || failed ? 1 : 0);
