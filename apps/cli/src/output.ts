/** Options every command accepts. */
export interface OutputOptions {
  json?: boolean;
}

/** An error the CLI reports as one paragraph, without a stack trace, and exits with `exitCode`. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Prints a command's result: the JSON document with --json, otherwise the human-readable text. */
export function emit<T>(result: T, options: OutputOptions, toText: (result: T) => string): void {
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const text = toText(result);
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}

/** Error names whose message already says what, where and how to fix; shown without a stack. */
const EXPLAINED_ERRORS = new Set([
  'CliError',
  'ConfigError',
  'DatabaseConnectionError',
  'PortInUseError',
  'MigrationError',
]);

/** Reports an error on stderr (as JSON with --json) and returns the exit code to use. */
export function reportError(error: unknown, options: OutputOptions): number {
  const explained = error instanceof Error && (EXPLAINED_ERRORS.has(error.name) || 'explained' in error);
  const message = error instanceof Error ? error.message : String(error);
  const exitCode = error instanceof CliError ? error.exitCode : 1;
  if (options.json) {
    const type = error instanceof Error ? error.name : 'Error';
    process.stderr.write(`${JSON.stringify({ error: { type, message } })}\n`);
  } else if (explained) {
    process.stderr.write(`caucus: ${message}\n`);
  } else {
    process.stderr.write(
      `caucus: unexpected error (please report it): ${error instanceof Error ? error.stack : message}\n`,
    );
  }
  return exitCode;
}
