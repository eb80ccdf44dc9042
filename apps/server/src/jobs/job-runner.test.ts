import type { CaucusDatabase } from '@caucus/db';
import { listJobs } from '@caucus/db';
import { openTestDatabase, TEST_ENGINES } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Email } from '../auth/mailer';
import { loadConfig } from '../config';
import { createDeps } from '../http/create-deps';
import type { AppDeps } from '../http/env';
import { createLogger } from '../logger';
import { JobRunner, retryDelayMs } from './job-runner';
import { enqueueEmail, MAIL_QUEUE, sendQueuedEmail } from './mail-jobs';

describe.each(TEST_ENGINES)('background jobs on %s', (engine) => {
  let database: CaucusDatabase;
  let deps: AppDeps;
  const sent: Email[] = [];
  let failNext = 0;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    deps = createDeps(config, database, createLogger(config));
    deps.mailer = {
      available: true,
      deliversToLog: false,
      send: async (email) => {
        if (failNext > 0) {
          failNext -= 1;
          throw new Error('SMTP refused the connection');
        }
        sent.push(email);
      },
    };
  });
  afterAll(async () => {
    await database?.close();
  });

  it('sends queued email in the background, woken by the notification of its enqueueing', async () => {
    const runner = new JobRunner(deps, { [MAIL_QUEUE]: sendQueuedEmail });
    await runner.start();
    try {
      await database.db
        .transaction()
        .execute((trx) =>
          enqueueEmail(trx, { to: 'ada@example.org', subject: 'Meeting called', text: 'Thursday 7pm' }),
        );
      const started = Date.now();
      while (sent.length === 0 && Date.now() - started < 4000) await new Promise((r) => setTimeout(r, 20));
      expect(sent).toEqual([{ to: 'ada@example.org', subject: 'Meeting called', text: 'Thursday 7pm' }]);
    } finally {
      await runner.stop();
    }
  });

  it('retries a failed send later instead of losing it', async () => {
    const runner = new JobRunner(deps, { [MAIL_QUEUE]: sendQueuedEmail });
    failNext = 1;
    await enqueueEmail(database.db, { to: 'grace@example.org', subject: 'Reminder', text: 'Vote' });
    expect(await runner.runOnce()).toBe(true);
    const [, failed] = await listJobs(database.db, MAIL_QUEUE);
    expect(failed).toMatchObject({ outcome: null, lastError: 'SMTP refused the connection', attempts: 1 });
    expect(await runner.runOnce()).toBe(false);
    expect(await runner.runOnce(new Date(Date.now() + retryDelayMs(1) + 1000))).toBe(true);
    expect(sent.map((email) => email.to)).toContain('grace@example.org');
  });

  it('backs off 10 s, 20 s, 40 s … up to an hour', () => {
    expect([1, 2, 3, 20].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000, 3_600_000]);
  });
});
