/**
 * A pool of worker threads that run counts (count-task) off the main thread, so that a long
 * count never holds up other requests. Each count has a time limit: a worker that overruns it
 * is stopped and replaced. Each worker has a heap limit, and only so many counts may wait for a
 * free worker. The worker is count-worker.js beside the bundle (apps/cli/dist), or
 * count-worker.ts run through tsx when the code runs from source (tests).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CountTask, CountTaskOutcome } from './count-task';

/** Limits of a count pool. */
export interface CountPoolOptions {
  /** Worker threads at most (default: the number of cores). */
  readonly size?: number;
  /** Longest a count may run, in milliseconds, before its worker is stopped. */
  readonly timeoutMs: number;
  /** Counts that may wait for a free worker; more are refused (default 64). */
  readonly maxQueued?: number;
  /** Heap limit of each worker, in MB (default 1024). */
  readonly maxMemoryMb?: number;
  /** A worker idle this long, in milliseconds, is stopped to give its memory back (default 60 s). */
  readonly idleMs?: number;
  /** Run the workers at the lowest CPU priority, so that a server's request thread always comes first (Linux). */
  readonly lowPriority?: boolean;
}

/** A count ran longer than its time limit and was stopped. */
export class CountTimeoutError extends Error {
  override readonly name = 'CountTimeoutError';
  constructor(
    /** The limit, in milliseconds. */
    readonly timeoutMs: number,
  ) {
    super(
      `The count took longer than ${timeoutMs / 1000} s and was stopped. Count fewer ballots, or count them with caucus count on your own computer.`,
    );
  }
}

/** Every worker is busy and the queue is full. */
export class CountPoolBusyError extends Error {
  override readonly name = 'CountPoolBusyError';
  constructor(
    /** Counts already waiting. */
    readonly queued: number,
  ) {
    super(`All counting workers are busy and ${queued} counts are waiting. Try again in a moment.`);
  }
}

/** A worker died during a count (for example, it ran out of memory). */
export class CountWorkerError extends Error {
  override readonly name = 'CountWorkerError';
}

interface Job {
  readonly task: CountTask;
  readonly timeoutMs: number;
  resolve(outcome: CountTaskOutcome): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  job?: Job;
  /** The running job's time limit, or the idle timeout between jobs. */
  timer?: NodeJS.Timeout;
}

type WorkerMessage = { id: number; outcome: CountTaskOutcome } | { id: number; failure: string };

/** Runs counts in worker threads with time, memory and queue limits. */
export class CountPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly size: number;
  private readonly maxQueued: number;
  private readonly maxMemoryMb: number;
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: CountPoolOptions) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.maxQueued = options.maxQueued ?? 64;
    this.maxMemoryMb = options.maxMemoryMb ?? 1024;
  }

  /** Counts in a worker; rejects with CountTimeoutError, CountPoolBusyError or CountWorkerError. */
  run(task: CountTask, timeoutMs = this.options.timeoutMs): Promise<CountTaskOutcome> {
    if (this.closed) return Promise.reject(new CountWorkerError('The count pool has been closed.'));
    if (this.queue.length >= this.maxQueued) return Promise.reject(new CountPoolBusyError(this.queue.length));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, timeoutMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; counts still waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0))
      job.reject(new CountWorkerError('The count pool has been closed.'));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const job = this.queue.shift();
      if (!job) return;
      this.start(slot, job);
    }
  }

  private start(slot: Slot, job: Job): void {
    clearTimeout(slot.timer);
    slot.job = job;
    const id = this.nextId++;
    slot.timer = setTimeout(() => {
      this.retire(slot);
      job.reject(new CountTimeoutError(job.timeoutMs));
    }, job.timeoutMs);
    slot.worker.ref();
    slot.worker.postMessage({ id, task: job.task });
  }

  private spawn(): Slot {
    const options = {
      resourceLimits: { maxOldGenerationSizeMb: this.maxMemoryMb },
      workerData: { lowPriority: this.options.lowPriority ?? false },
    };
    const entry = workerEntry();
    const worker =
      typeof entry === 'string' ? new Worker(entry, { eval: true, ...options }) : new Worker(entry, options);
    const slot: Slot = { worker };
    worker.on('message', (message: WorkerMessage) => {
      const { job } = slot;
      if (!job) return;
      this.finish(slot);
      if ('outcome' in message) job.resolve(message.outcome);
      else job.reject(new CountWorkerError(`The count failed: ${message.failure}`));
    });
    const fail = (error: Error) => {
      const { job } = slot;
      this.retire(slot);
      job?.reject(new CountWorkerError(`A counting worker stopped: ${error.message}`));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`it exited with code ${code}`));
    });
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  /** Frees a slot after its job is done and hands it the next job, or stops it after a while idle. */
  private finish(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.worker.unref();
    this.dispatch();
    if (!slot.job) {
      slot.timer = setTimeout(() => this.retire(slot), this.options.idleMs ?? 60_000);
      slot.timer.unref();
    }
  }

  /** Removes a slot whose worker overran, crashed or exited, and starts a replacement if work is waiting. */
  private retire(slot: Slot): void {
    clearTimeout(slot.timer);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.job = undefined;
    void this.stop(slot);
    if (!this.closed) this.dispatch();
  }

  private async stop(slot: Slot): Promise<void> {
    clearTimeout(slot.timer);
    await slot.worker.terminate();
  }
}

/**
 * The worker script: the bundled count-worker.js beside this chunk, or — when running from
 * source, as in tests — a small script that registers tsx and then imports count-worker.ts.
 */
function workerEntry(): URL | string {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new URL('./count-worker.js', here);
  // tsx's ESM API (its package "exports" map `tsx/esm/api` to this file for import).
  const tsx = new URL(
    './dist/esm/api/index.mjs',
    pathToFileURL(createRequire(here).resolve('tsx/package.json')),
  ).href;
  const worker = new URL('./count-worker.ts', here).href;
  return `(async () => { (await import(${JSON.stringify(tsx)})).register(); await import(${JSON.stringify(worker)}); })();`;
}
