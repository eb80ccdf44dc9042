import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CountOptions } from '@caucus/count';
import {
  type CountFormat,
  type CountTask,
  type CountTaskOutcome,
  runCountTask,
} from '@caucus/server/count-task';
import { CliError } from '../output';
import { parseConstraints } from '../parse-constraint';
import type { Progress } from '../progress';
import { COUNT_HELP, type CountArguments, parseCountArguments } from './count-arguments';

/** Longest one file of a batch may take before it is reported as failed. */
const FILE_TIMEOUT_MS = 10 * 60_000;

/**
 * `caucus count`: one BLT file is counted in this process and printed (stage sheet, JSON or
 * Droop's report); several files, or folders of them, are counted side by side in worker threads,
 * printed in the order given (`--json`: one JSON line per file) with a progress bar and a summary
 * line on stderr.
 */
export async function countCommand(argv: readonly string[]): Promise<void> {
  const args = parseCountArguments(argv);
  if (args === 'help') {
    process.stdout.write(COUNT_HELP);
    return;
  }
  const options = countOptions(args);
  const single = args.paths.length === 1 && !isDirectory(args.paths[0] ?? '');
  const files = single ? args.paths : expandPaths(args.paths);
  if (single) {
    const file = files[0] ?? '';
    const outcome = runCountTask(task(file, options, args.json ? 'json' : args.format));
    if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message}`);
    process.stdout.write(output(outcome));
    return;
  }
  await countMany(files, options, args);
}

function countOptions(args: CountArguments): CountOptions {
  const constraints = parseConstraints(args.constraints);
  return {
    method: args.method,
    ...(args.seats !== undefined ? { seats: args.seats } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    ...(args.tieOrder !== undefined ? { tieOrder: args.tieOrder } : {}),
    ...(args.batch ? { batchElimination: true } : {}),
    ...(args.positiveSurplus ? { positiveSurplus: true } : {}),
    ...(constraints.length > 0 ? { constraints } : {}),
  };
}

function task(file: string, options: CountOptions, format: CountFormat): CountTask {
  return { source: { file }, options, format, width: process.stdout.columns || 120 };
}

function output(outcome: CountTaskOutcome): string {
  if (!outcome.ok) return '';
  const text = 'output' in outcome ? outcome.output : `${JSON.stringify(outcome.result)}\n`;
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Counts many files in worker threads and prints them in order as they are done. */
async function countMany(
  files: readonly string[],
  options: CountOptions,
  args: CountArguments,
): Promise<void> {
  const started = performance.now();
  const progress = await progressBar(args.json, files.length);
  // Loaded here, so that counting one file does not load the worker machinery.
  const { CountPool } = await import('@caucus/server/count-pool');
  const pool = new CountPool({
    size: Math.min(availableParallelism(), files.length),
    timeoutMs: FILE_TIMEOUT_MS,
    maxQueued: files.length,
  });
  const format: CountFormat = args.json ? 'result' : args.format;
  let failed = 0;
  let done = 0;
  let printed = 0;
  const outcomes: (CountTaskOutcome | Error | undefined)[] = files.map(() => undefined);
  const flush = () => {
    while (printed < files.length) {
      const outcome = outcomes[printed];
      if (outcome === undefined) return;
      const file = files[printed] ?? '';
      if (outcome instanceof Error || !outcome.ok) {
        failed++;
        const message = outcome instanceof Error ? outcome.message : outcome.error.message;
        if (args.json) {
          const type = outcome instanceof Error ? outcome.name : outcome.error.name;
          process.stdout.write(`${JSON.stringify({ file, error: { type, message } })}\n`);
        } else {
          process.stderr.write(`caucus: ${file}: ${message}\n`);
        }
      } else if (args.json && 'result' in outcome) {
        process.stdout.write(`${JSON.stringify({ file, ...outcome.result })}\n`);
      } else {
        process.stdout.write(`${printed > 0 ? '\n' : ''}==> ${file} <==\n${output(outcome)}`);
      }
      outcomes[printed] = undefined;
      printed++;
    }
  };
  try {
    await Promise.all(
      files.map(async (file, index) => {
        try {
          outcomes[index] = await pool.run(task(file, options, format));
        } catch (error) {
          outcomes[index] = error instanceof Error ? error : new Error(String(error));
        }
        done++;
        progress?.update(done, files.length, file);
        flush();
      }),
    );
  } finally {
    progress?.stop();
    await pool.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const counted = files.length - failed;
  process.stderr.write(
    `Counted ${counted} of ${files.length} files in ${seconds} s${failed > 0 ? `; ${failed} could not be counted (see above)` : ''}.\n`,
  );
  if (failed > 0) process.exitCode = 1;
}

/** A progress bar on a terminal (loaded only then); none when stderr is not one or with --json. */
async function progressBar(json: boolean, total: number): Promise<Progress | undefined> {
  if (json || !process.stderr.isTTY) return undefined;
  const { createProgress } = await import('../progress');
  const progress = createProgress('Counting', { json });
  progress.update(0, total, '');
  return progress;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The BLT files named, folders replaced by the .blt files in them (and below), sorted. */
function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (!isDirectory(path)) {
      files.push(path);
      continue;
    }
    const found = readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.blt$/i.test(entry.name))
      .map((entry) => join(entry.parentPath ?? path, entry.name))
      .sort();
    if (found.length === 0) throw new CliError(`${path} holds no .blt files.`);
    files.push(...found);
  }
  return files;
}
