import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type ClaimedJob, claimJob, completeJob, failJob, JOBS_CHANNEL } from '@caucus/db';
import type { AppDeps } from '../http/env';

/** Runs one kind of job; throwing fails the try (it is retried with back-off until its last try). */
export type JobHandler = (job: ClaimedJob, deps: AppDeps) => Promise<void>;

/** The handlers of every queue, keyed by queue name (each feature contributes its own). */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** How long a claimed job is reserved before another process may take it over (a crashed worker's job). */
const LEASE_MS = 5 * 60_000;
/** How often an idle worker looks for due jobs even without a wake-up notification (delayed jobs, lost notices). */
const IDLE_POLL_MS = 5_000;

/** The wait before try `attempt + 1`: 10 s, 20 s, 40 s … up to an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(10_000 * 2 ** (attempt - 1), 60 * 60_000);
}

/**
 * Takes due jobs from the shared queue one at a time and runs their handlers, in every server process: a job is
 * claimed by exactly one process (the queue's row lock), woken at once by NOTIFY when enqueued anywhere.
 */
export class JobRunner {
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  #running = false;
  #wake: (() => void) | undefined;
  #loop: Promise<void> | undefined;
  #unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly deps: AppDeps,
    private readonly handlers: JobHandlers,
  ) {}

  /** Claims and runs one due job; false when there was none. */
  async runOnce(now: Date = new Date()): Promise<boolean> {
    const job = await claimJob(
      this.deps.database.db,
      Object.keys(this.handlers),
      this.workerId,
      LEASE_MS,
      now,
    );
    if (job === undefined) return false;
    const handler = this.handlers[job.queue];
    try {
      if (handler === undefined) throw new Error(`no handler for queue "${job.queue}"`);
      await handler(job, this.deps);
      await completeJob(this.deps.database.db, job.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retried = await failJob(this.deps.database.db, job, message, retryDelayMs(job.attempt));
      this.deps.logger.warn(
        { jobId: job.id, queue: job.queue, attempt: job.attempt, retried, error: message },
        'job failed',
      );
    }
    return true;
  }

  /** Runs every job that is due now (for tests and `caucus jobs run`). */
  async drain(): Promise<number> {
    let ran = 0;
    while (await this.runOnce()) ran += 1;
    return ran;
  }

  /** Starts working in the background until `stop`. */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    const wake = () => this.#wake?.();
    this.#unlisten = await this.deps.database.listen(JOBS_CHANNEL, { onMessage: wake, onGap: wake });
    this.#loop = this.#work();
  }

  /** Stops taking jobs and waits for the one running to finish. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    await this.#unlisten?.();
  }

  async #work(): Promise<void> {
    while (this.#running) {
      let ran = false;
      try {
        ran = await this.runOnce();
      } catch (error) {
        this.deps.logger.error({ err: error }, 'job queue unavailable');
      }
      if (ran || !this.#running) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, IDLE_POLL_MS);
        timer.unref();
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
    }
  }
}
