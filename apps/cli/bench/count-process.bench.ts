// Times `caucus count` as a whole process, as a user runs it (start-up, reading the files,
// counting, printing), with each run's peak memory: Node's own start, the ways to start the CLI,
// Meek at 10k / 100k / 1M papers, AV at 500k and a council-election day of 351 wards. Inputs are
// generated once (packages/count/bench/synthetic.ts) into the system's temporary folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { avBlt, councilDay, meekBlt } from '../../../packages/count/bench/synthetic';

const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'caucus');
const cache = join(tmpdir(), 'caucus-bench-v1');
const rssFile = join(cache, 'rss');
const reportRss = join(import.meta.dirname, 'report-rss.mjs');

if (!existsSync(join(root, 'apps', 'cli', 'dist', 'caucus.js'))) {
  process.stderr.write('Build the CLI first: npm run build\n');
  process.exit(1);
}
mkdirSync(cache, { recursive: true });

/** A generated input file in the cache, made on first use. */
function input(name: string, make: () => string): string {
  const file = join(cache, name);
  if (!existsSync(file)) writeFileSync(file, make());
  return file;
}

function councilDayFolder(): string {
  const folder = join(cache, 'council-day');
  if (!existsSync(join(folder, 'ward351.blt'))) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    councilDay().forEach((text, i) => {
      writeFileSync(join(folder, `ward${String(i + 1).padStart(3, '0')}.blt`), text);
    });
  }
  return folder;
}

interface Run {
  ms: number;
  /** Peak resident memory in MB, or NaN when not measured. */
  mb: number;
  /** CPU time used (user + system) in ms, or NaN when not measured: less affected by other work on the machine than the wall time. */
  cpu: number;
}

/** Runs a command, discarding its output; with `node`, measures its peak memory through report-rss.mjs. */
function run(command: string, args: string[], node = false): Run {
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      CAUCUS_BENCH_RSS: rssFile,
      ...(node ? { NODE_OPTIONS: `--import=${reportRss}` } : {}),
    },
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  const [rss, cpu] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').split(' ').map(Number) : [];
  return {
    ms,
    mb: rss === undefined ? Number.NaN : rss / 1024,
    cpu: cpu === undefined ? Number.NaN : cpu / 1000,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function report(label: string, runs: number, once: () => Run): void {
  once();
  const results = Array.from({ length: runs }, once);
  const ms = median(results.map((r) => r.ms));
  const mb = Math.max(...results.map((r) => r.mb));
  const cpu = median(results.map((r) => r.cpu));
  const format = (value: number) =>
    value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(2)} s`;
  const memory = Number.isNaN(mb) ? '' : `, CPU ${format(cpu)}, peak memory ${mb.toFixed(0)} MB`;
  process.stdout.write(`${label}: median ${format(ms)} of ${runs} runs${memory}\n`);
}

const count =
  (file: string, ...options: string[]) =>
  () =>
    run(process.execPath, [bin, 'count', file, ...options], true);

report('node -e 0 (Node alone)', 15, () => run(process.execPath, ['-e', '0']));
report('node -e 0 with the memory and CPU probe', 15, () => run(process.execPath, ['-e', '0'], true));
report('./caucus --version', 15, () => run(process.execPath, [bin, '--version']));
report('npx caucus --version (npm start-up included)', 5, () => run('npx', ['caucus', '--version']));
const ward = join(root, 'packages', 'count', 'fixtures', 'scotland-2017', 'blt', 'edinburgh_ward02.blt');
report('./caucus count, one real Scottish ward, --json', 15, count(ward, '-m', 'scottish', '--json'));
for (const papers of [10_000, 100_000, 1_000_000]) {
  const file = input(`meek-${papers}.blt`, () => meekBlt(papers));
  const runs = papers >= 1_000_000 ? 3 : papers >= 100_000 ? 7 : 11;
  report(
    `./caucus count, Meek 20 candidates 5 seats, ${papers.toLocaleString('en-GB')} papers, --json`,
    runs,
    count(file, '-m', 'meek', '--json'),
  );
  report(`  the same with -m meek-droop (stv-rs's rule)`, runs, count(file, '-m', 'meek-droop', '--json'));
}
report(
  './caucus count, AV 500,000 papers, --json',
  3,
  count(input('av-500000.blt', avBlt), '-m', 'av', '--json'),
);
report(
  './caucus count, council day of 351 wards (a folder), --json',
  3,
  count(councilDayFolder(), '-m', 'scottish', '--json'),
);
process.stdout.write(
  'For comparison, measured on this machine for the issue: stv-rs 0.047 s, 0.40 s and 4.9 s for the three Meek sizes; Droop 6.7 s for AV 500k.\n',
);
