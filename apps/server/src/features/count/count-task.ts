/**
 * One count as plain data, so that it can run in a worker thread (count-pool) or in-process:
 * where the ballots are, the count options, and the form of the answer. The same function
 * serves `POST /api/count` and `caucus count`.
 */
import { readFileSync } from 'node:fs';
import {
  CountError,
  type CountOptions,
  type CountResultJson,
  countElection,
  electionFromJson,
  parseBlt,
  renderMeekTranscript,
  renderStageTable,
  resultToJson,
} from '@caucus/count';

/** Where the ballots of a count are. */
export type CountSource =
  | { readonly blt: string }
  | { readonly file: string }
  | { readonly election: unknown };

/** How the answer is given: the JSON result object, or text (pretty JSON, one JSON line, the stage sheet, Droop's report). */
export type CountFormat = 'result' | 'json' | 'json-line' | 'text' | 'droop';

/** A count to run. */
export interface CountTask {
  readonly source: CountSource;
  readonly options: CountOptions;
  readonly format: CountFormat;
  /** Line width of the stage sheet (`text`). */
  readonly width?: number;
  /** With format `result`: also render Droop's report of a Meek count. */
  readonly droopReport?: boolean;
}

/** Why a count was refused: the engine's error (or an unreadable file), with where it points. */
export interface CountTaskError {
  /** Error class, e.g. `BltParseError`. */
  readonly name: string;
  /** Stable code, e.g. `blt-parse`, `no-valid-ballots`, `file`. */
  readonly code: string;
  /** What is wrong, where, and how to fix it. */
  readonly message: string;
  /** Where in the request: a JSON path, an option name, or `blt (line N)`. */
  readonly where: string;
}

/** What a count task gave. */
export type CountTaskOutcome =
  | { readonly ok: true; readonly result: CountResultJson; readonly droopReport?: string }
  | { readonly ok: true; readonly output: string }
  | { readonly ok: false; readonly error: CountTaskError };

/** Runs a count; bad ballots or options come back as an error outcome, anything else is thrown. */
export function runCountTask(task: CountTask): CountTaskOutcome {
  let text: string | undefined;
  if ('file' in task.source) {
    try {
      text = readFileSync(task.source.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message = code === 'ENOENT' ? 'no such file.' : (error as Error).message;
      return {
        ok: false,
        error: {
          name: 'FileError',
          code: 'file',
          message: `Cannot read ${task.source.file}: ${message}`,
          where: 'file',
        },
      };
    }
  } else if ('blt' in task.source) {
    text = task.source.blt;
  }
  try {
    const election =
      text !== undefined ? parseBlt(text) : electionFromJson((task.source as { election: unknown }).election);
    const result = countElection(election, task.options);
    switch (task.format) {
      case 'droop':
        return { ok: true, output: renderMeekTranscript(result) };
      case 'text':
        return { ok: true, output: renderStageTable(resultToJson(result), { width: task.width ?? 120 }) };
      case 'json':
        return { ok: true, output: `${JSON.stringify(resultToJson(result), null, 2)}\n` };
      case 'json-line':
        return { ok: true, output: `${JSON.stringify(resultToJson(result))}\n` };
      case 'result':
        return {
          ok: true,
          result: resultToJson(result),
          ...(task.droopReport ? { droopReport: renderMeekTranscript(result) } : {}),
        };
    }
  } catch (error) {
    if (error instanceof CountError) {
      return {
        ok: false,
        error: { name: error.name, code: error.code, message: error.message, where: whereIs(error) },
      };
    }
    throw error;
  }
}

/** Where in the request an engine error points: a JSON path, an option name, or a BLT line. */
function whereIs(error: CountError): string {
  if ('path' in error) return String(error.path);
  if ('option' in error) return String(error.option);
  if ('line' in error) return `blt (line ${String(error.line)})`;
  return error.code;
}
