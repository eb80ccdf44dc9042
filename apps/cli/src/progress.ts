import cliProgress from 'cli-progress';

/** A progress display for long work; silent when output is not a terminal or is JSON. */
export interface Progress {
  /** Moves the bar to `value` of `total`, naming the current step. */
  update(value: number, total: number, step: string): void;
  stop(): void;
}

/** Creates a progress bar on stderr, or a silent one where a bar would corrupt output. */
export function createProgress(label: string, options: { json?: boolean } = {}): Progress {
  if (options.json || !process.stderr.isTTY) {
    return { update: () => {}, stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} {step}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(value, total, step) {
      if (!started) {
        bar.start(total, 0, { step });
        started = true;
      }
      bar.setTotal(total);
      bar.update(value, { step });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
