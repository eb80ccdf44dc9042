import { type Database, enqueueJob } from '@caucus/db';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Email } from '../auth/mailer';
import type { JobHandler } from './job-runner';

/** The queue of outgoing email. */
export const MAIL_QUEUE = 'mail.send';

const emailSchema = z.strictObject({ to: z.string().min(3), subject: z.string().min(1), text: z.string() });

/** Queues an email to be sent by whichever server process takes the job (inside the caller's transaction). */
export async function enqueueEmail(db: Kysely<Database>, email: Email, dedupeKey?: string): Promise<void> {
  await enqueueJob(db, {
    queue: MAIL_QUEUE,
    payload: { ...email },
    ...(dedupeKey === undefined ? {} : { dedupeKey }),
  });
}

/** Sends a queued email with the configured mailer (a failure is retried with back-off). */
export const sendQueuedEmail: JobHandler = async (job, deps) => {
  await deps.mailer.send(emailSchema.parse(job.payload));
};
