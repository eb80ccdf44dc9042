/**
 * When the reader of our output goes away (`caucus count … | head`), writing fails with EPIPE:
 * stop quietly, as Unix tools do, instead of crashing with a stack trace.
 */
export function handleClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
