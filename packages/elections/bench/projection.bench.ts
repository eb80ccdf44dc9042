// Benchmark of the elections package: parsing all data files, the four projection models over 650
// seats, and a 10,000-run Monte Carlo. Run with: npx tsx packages/elections/bench/projection.bench.ts
import { Bench } from 'tinybench';
import { buildDataset } from '../src/build-dataset';
import { DATA_MANIFEST } from '../src/manifest';
import { type ParsedDataFile, parseDataFile } from '../src/parse-data-file';
import { DATASET_FILES } from '../src/parse-dataset';
import { areaTargets } from '../src/projection/area-targets';
import { backtest } from '../src/projection/backtest';
import { MODEL_NAMES } from '../src/projection/model';
import { monteCarlo } from '../src/projection/monte-carlo';
import { prepareLevel } from '../src/projection/prepared-level';
import { MODELS, runModel } from '../src/projection/run-model';
import { scenarioBaseline } from '../src/projection/scenario';
import { compareModels } from '../src/projection/spread';
import { readAllDataFiles } from '../src/testing/data-files';

const TARGET_MODELS_MS = 50;
const TARGET_MONTE_CARLO_MS = 2000;
const ms = (value: number): string => `${value.toFixed(2)} ms`;
const verdict = (value: number, target: number): string =>
  value < target ? `OK (< ${target} ms)` : `SLOW (target ${target} ms)`;

function time<T>(action: () => T): { result: T; elapsed: number } {
  const start = performance.now();
  const result = action();
  return { result, elapsed: performance.now() - start };
}

// 1. Parsing every data file (text already in memory), then assembling the dataset.
const texts = readAllDataFiles();
console.log('Parse times (text in memory → typed rows):');
const parsed = new Map<string, ParsedDataFile>();
let parseTotal = 0;
for (const file of DATA_MANIFEST) {
  const { result, elapsed } = time(() => parseDataFile(file, texts[file.path] ?? ''));
  parsed.set(file.path, result);
  parseTotal += elapsed;
  console.log(`  ${file.path.padEnd(58)} ${ms(elapsed).padStart(11)}`);
}
console.log(`  ${'all files (first pass, cold)'.padEnd(58)} ${ms(parseTotal).padStart(11)}`);
const warm = time(() => {
  for (const file of DATA_MANIFEST) parseDataFile(file, texts[file.path] ?? '');
});
console.log(`  ${'all files (second pass, warm)'.padEnd(58)} ${ms(warm.elapsed).padStart(11)}`);
const built = time(() =>
  buildDataset(
    DATASET_FILES.flatMap((file) => {
      const entry = parsed.get(file.path);
      return entry ? [entry] : [];
    }),
  ),
);
const dataset = built.result;
console.log(`  ${'assemble dataset (reconcile contests)'.padEnd(58)} ${ms(built.elapsed).padStart(11)}`);

// 2. Four models × 650 seats.
const request = {
  level: 'region' as const,
  shares: { Lab: 0.3, Con: 0.21, RUK: 0.22, LD: 0.12, Green: 0.09, SNP: 0.03, PC: 0.01, Oth: 0.02 },
};
const baseline = scenarioBaseline(dataset, request);
const prepared = prepareLevel(baseline, 'region');
const out = new Float64Array(baseline.shares.length);
const bench = new Bench({ time: 1000 });
bench
  .add('4 models × 650 seats, region level (model arithmetic only)', () => {
    for (const name of MODEL_NAMES) {
      const model = MODELS[name];
      runModel(prepared, model, areaTargets(prepared, model, request.shares), out);
    }
  })
  .add('4 models × 650 seats, region level (full projections + spread)', () => {
    compareModels(baseline, request);
  })
  .add('baseline from the dataset (ge2024, 8 parties)', () => {
    scenarioBaseline(dataset, request);
  });
await bench.run();
console.log('\nProjection models (tinybench, mean per call):');
const means: Record<string, number> = {};
for (const task of bench.tasks) {
  const result = task.result;
  if ('latency' in result) {
    means[task.name] = result.latency.mean;
    console.log(
      `  ${task.name.padEnd(66)} ${ms(result.latency.mean).padStart(10)}  p99 ${ms(result.latency.p99)}`,
    );
  }
}
const fullModels =
  means['4 models × 650 seats, region level (full projections + spread)'] ?? Number.POSITIVE_INFINITY;
console.log(`  four models together: ${ms(fullModels)} → ${verdict(fullModels, TARGET_MODELS_MS)}`);

// 3. Monte Carlo, 10,000 runs.
console.log('\nMonte Carlo (10,000 runs, noise per nation, seed 1):');
for (const model of MODEL_NAMES) {
  for (const level of ['nation', 'region'] as const) {
    const { result, elapsed } = time(() =>
      monteCarlo(baseline, { ...request, model, level, runs: 10_000, seed: 1 }),
    );
    const lab = result.seats.Lab;
    console.log(
      `  ${`${model} / ${level}`.padEnd(22)} ${ms(elapsed).padStart(11)}  ${verdict(elapsed, TARGET_MONTE_CARLO_MS)}  Lab median ${lab?.median ?? 0} (90% ${lab?.p5 ?? 0}–${lab?.p95 ?? 0}), Lab majority ${((result.majority.Lab ?? 0) * 100).toFixed(1)}%`,
    );
  }
}

// 4. The backtest, for reference.
const backtestRun = time(() => backtest(dataset));
console.log(
  `\nBacktest (4 pairs × 4 models × 3 levels = ${backtestRun.result.length} rows): ${ms(backtestRun.elapsed)}`,
);
