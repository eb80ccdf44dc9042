import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findRootDir } from '../../find-root-dir';
import { CountPool, CountPoolBusyError, CountTimeoutError } from './count-pool';
import type { CountTask } from './count-task';

const WARD = join(findRootDir(), 'packages', 'count', 'fixtures', 'scotland-2017', 'blt', 'fife_ward15.blt');

/** A Meek count big enough to take well over a few milliseconds. */
function bigMeek(): CountTask {
  const lines = ['12 4'];
  for (let i = 0; i < 30_000; i++)
    lines.push(`1 ${(i % 12) + 1} ${((i * 7) % 12) + 1} ${((i * 5 + 3) % 12) + 1} 0`);
  lines.push('0', ...Array.from({ length: 12 }, (_, i) => `"C${i + 1}"`));
  return { source: { blt: lines.join('\n') }, options: { method: 'meek' }, format: 'result' };
}

describe('CountPool', () => {
  let pool: CountPool | undefined;
  afterEach(async () => {
    await pool?.close();
  });

  it('counts in a worker thread and gives the same result as in-process', async () => {
    pool = new CountPool({ size: 2, timeoutMs: 20_000 });
    const outcome = await pool.run({
      source: { file: WARD },
      options: { method: 'scottish' },
      format: 'result',
    });
    expect(outcome.ok && 'result' in outcome && outcome.result.elected).toEqual(
      JSON.parse(readFileSync(WARD.replace('/blt/', '/expected/').replace('.blt', '.json'), 'utf8')).elected,
    );
  });

  it('reports bad ballots as an error outcome naming the line', async () => {
    pool = new CountPool({ size: 1, timeoutMs: 20_000 });
    const outcome = await pool.run({
      source: { blt: '2 1\n1 1 x 0\n0\n"A"\n"B"\n' },
      options: { method: 'av' },
      format: 'result',
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'blt-parse', where: 'blt (line 2)' } });
  });

  it('stops a count that overruns its time limit, and goes on counting with a fresh worker', async () => {
    pool = new CountPool({ size: 1, timeoutMs: 20_000 });
    await expect(pool.run(bigMeek(), 1)).rejects.toBeInstanceOf(CountTimeoutError);
    const after = await pool.run({
      source: { file: WARD },
      options: { method: 'scottish' },
      format: 'json-line',
    });
    expect(after.ok).toBe(true);
  });

  it('stops workers that stay idle, and starts new ones for the next count', async () => {
    pool = new CountPool({ size: 1, timeoutMs: 20_000, idleMs: 1 });
    const task: CountTask = { source: { file: WARD }, options: { method: 'scottish' }, format: 'json-line' };
    expect((await pool.run(task)).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await pool.run(task)).ok).toBe(true);
  });

  it('refuses counts beyond the queue limit instead of piling them up', async () => {
    pool = new CountPool({ size: 1, timeoutMs: 20_000, maxQueued: 1 });
    const first = pool.run(bigMeek());
    const second = pool.run(bigMeek());
    await expect(pool.run(bigMeek())).rejects.toBeInstanceOf(CountPoolBusyError);
    expect((await first).ok).toBe(true);
    expect((await second).ok).toBe(true);
  });
});
