import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';
import { notify } from './notify';

/** The notification channel that wakes job workers when a job is enqueued. */
export const JOBS_CHANNEL = 'caucus_jobs';

/** Background work to enqueue. */
export interface NewJob {
  /** Which handler runs it, e.g. `mail.send`. */
  readonly queue: string;
  /** What the handler needs (JSON; never secrets a log or a failed job could reveal to the wrong person). */
  readonly payload: Readonly<Record<string, unknown>>;
  /** When it may run; now unless given. */
  readonly runAt?: Date;
  /** Tries before it is given up as failed; 5 unless given. */
  readonly maxAttempts?: number;
  /** While a job with this key waits, enqueueing another with the same key does nothing. */
  readonly dedupeKey?: string;
}

/** A job claimed by a worker. */
export interface ClaimedJob {
  readonly id: number;
  readonly queue: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** This try's number, from 1. */
  readonly attempt: number;
  readonly maxAttempts: number;
}

/** How a job stands, for tests and the operator. */
export interface JobRecord {
  readonly id: number;
  readonly queue: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly runAt: Date;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly outcome: 'done' | 'failed' | null;
}

/**
 * Enqueues a job (inside the caller's transaction, so it exists only if the write that caused it commits) and
 * wakes the workers of every process. Returns the job's id, or null when a waiting job already has its dedupe key.
 */
export async function enqueueJob(db: Kysely<Database>, job: NewJob): Promise<number | null> {
  const row = await db
    .insertInto('job')
    .values({
      queue: job.queue,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt ?? new Date(),
      max_attempts: job.maxAttempts ?? 5,
      dedupe_key: job.dedupeKey ?? null,
    })
    .onConflict((conflict) =>
      conflict
        .column('dedupe_key')
        .where('finished_at', 'is', null)
        .where('dedupe_key', 'is not', null)
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  if (row === undefined) return null;
  await notify(db, JOBS_CHANNEL, job.queue);
  return Number(row.id);
}

/**
 * Claims the next due job of the given queues for `leaseMs` (another worker may take it once the lease lapses, so a
 * crashed worker's job is retried). Concurrent claimers never get the same job (FOR UPDATE SKIP LOCKED).
 */
export async function claimJob(
  db: Kysely<Database>,
  queues: readonly string[],
  workerId: string,
  leaseMs: number,
  now: Date = new Date(),
): Promise<ClaimedJob | undefined> {
  if (queues.length === 0) return undefined;
  const result = await sql<{
    id: string | number;
    queue: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
  }>`
    update job set attempts = attempts + 1, locked_by = ${workerId},
      locked_until = ${new Date(now.getTime() + leaseMs)}
    where id = (
      select id from job
      where finished_at is null and run_at <= ${now} and queue in (${sql.join(queues)})
        and (locked_until is null or locked_until < ${now})
      order by run_at, id
      limit 1
      for update skip locked
    )
    returning id, queue, payload, attempts, max_attempts`.execute(db);
  const row = result.rows[0];
  if (row === undefined) return undefined;
  return {
    id: Number(row.id),
    queue: row.queue,
    // Sound: written by enqueueJob from an object.
    payload: row.payload as Readonly<Record<string, unknown>>,
    attempt: row.attempts,
    maxAttempts: row.max_attempts,
  };
}

/** Marks a claimed job done. */
export async function completeJob(db: Kysely<Database>, id: number, now: Date = new Date()): Promise<void> {
  await db
    .updateTable('job')
    .set({ finished_at: now, outcome: 'done', locked_by: null, locked_until: null })
    .where('id', '=', id)
    .execute();
}

/**
 * Records a failed try: the job runs again after `retryInMs`, or is given up as failed after its last try.
 * Returns whether it will be retried.
 */
export async function failJob(
  db: Kysely<Database>,
  job: ClaimedJob,
  error: string,
  retryInMs: number,
  now: Date = new Date(),
): Promise<boolean> {
  const retry = job.attempt < job.maxAttempts;
  await db
    .updateTable('job')
    .set(
      retry
        ? {
            run_at: new Date(now.getTime() + retryInMs),
            locked_by: null,
            locked_until: null,
            last_error: error,
          }
        : { finished_at: now, outcome: 'failed', locked_by: null, locked_until: null, last_error: error },
    )
    .where('id', '=', job.id)
    .execute();
  return retry;
}

/** Jobs of a queue, oldest first (for tests and the operator's view). */
export async function listJobs(db: Kysely<Database>, queue: string): Promise<JobRecord[]> {
  const rows = await db.selectFrom('job').selectAll().where('queue', '=', queue).orderBy('id').execute();
  return rows.map((row) => ({
    id: Number(row.id),
    queue: row.queue,
    // Sound: written by enqueueJob from an object.
    payload: row.payload as Readonly<Record<string, unknown>>,
    runAt: row.run_at,
    attempts: row.attempts,
    lastError: row.last_error,
    outcome: row.outcome,
  }));
}
