import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaucusDatabase } from '@caucus/db';
import { openTestDatabase } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { RateLimiter } from '../../auth/rate-limiter';
import { loadConfig } from '../../config';
import { findRootDir } from '../../find-root-dir';
import { createDeps } from '../../http/create-deps';
import type { AppDeps } from '../../http/env';
import { createLogger } from '../../logger';

const FIXTURES = join(findRootDir(), 'packages', 'count', 'fixtures', 'scotland-2017');

interface CountBody {
  method: string;
  quota: string;
  elected: string[];
  stages: { stage: number; totals: Record<string, string> }[];
}

interface ProblemBody {
  detail: string;
  errors: { path: string; message: string }[];
}

describe('POST /api/count', () => {
  let database: CaucusDatabase;
  let app: ReturnType<typeof createApp>;
  let deps: AppDeps;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    deps = createDeps(config, database, createLogger(config));
    deps.limiters.countByAddress = new RateLimiter(database, 'count-test', { limit: 1000, windowMs: 60_000 });
    app = createApp(deps);
  });
  afterAll(() => database.close());

  const count = (body: unknown) =>
    app.request('/api/count', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  it('counts a real Scottish ward from its BLT file and matches the published result', async () => {
    const blt = readFileSync(join(FIXTURES, 'blt', 'fife_ward15.blt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected', 'fife_ward15.json'), 'utf8')) as {
      elected: string[];
      quota: number;
      stages: { totals: Record<string, string> }[];
    };
    const res = await count({ method: 'scottish', blt });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CountBody;
    expect(body.elected).toEqual(expected.elected);
    expect(body.quota).toBe(String(expected.quota));
    expect(body.stages[0]?.totals).toEqual(expected.stages[0]?.totals);
  });

  it('counts JSON ballots (paper piles), with equal rankings', async () => {
    const res = await count({
      method: 'av',
      election: {
        candidates: ['Ann', 'Bob', 'Cy'],
        seats: 1,
        ballots: [
          { weight: 4, ranking: ['Ann'] },
          { weight: 3, ranking: ['Bob', 'Ann'] },
          { weight: 2, ranking: ['Cy', 'Bob'] },
        ],
      },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CountBody;
    expect(body.elected).toEqual(['Bob']);
    expect(body.stages.length).toBe(2);
  });

  it('names the BLT line that is wrong', async () => {
    const res = await count({ method: 'scottish', blt: '3 1\n1 1 2 x 0\n0\n"A"\n"B"\n"C"\n' });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as ProblemBody;
    expect(problem.detail).toContain('line 2');
    expect(problem.errors[0]?.path).toBe('blt (line 2)');
  });

  it('names the JSON path that is wrong', async () => {
    const res = await count({
      method: 'fptp',
      election: { candidates: ['Ann', 'Bob'], seats: 1, ballots: [{ weight: 1, ranking: ['Zed'] }] },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).errors[0]?.path).toBe('ballots[0].ranking[0]');
  });

  it('refuses impossible options and malformed requests', async () => {
    const tooMany = await count({ method: 'scottish', seats: 5, blt: '2 1\n1 1 0\n0\n"A"\n"B"\n' });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as ProblemBody).errors[0]?.path).toBe('seats');
    const both = await count({ method: 'av', blt: 'x', election: {} });
    expect(both.status).toBe(400);
    const unknown = await count({ method: 'borda', blt: '2 1\n0\n"A"\n"B"\n' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as ProblemBody).errors[0]?.path).toBe('method');
  });

  it('says when no ballot is valid instead of declaring a winner', async () => {
    const res = await count({ method: 'scottish', blt: '2 1\n3 1=2 0\n0\n"A"\n"B"\n' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).detail).toContain(
      'None of the 3 ballot papers has a valid preference',
    );
  });

  it('breaks Meek ties by a given tie order, reports the procedure and returns Droop’s report on request', async () => {
    const blt =
      '3 2\n[nick apple banana cherry]\n3 apple 0\n0\n"Apple"\n"Banana"\n"Cherry"\n"Vegetable contest"\n';
    const res = await count({
      method: 'meek-droop',
      blt,
      tieOrder: ['cherry', 'Banana', '1'],
      report: 'droop',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      elected: string[];
      tieProcedure: { final: string; order: { from: string; candidates: string[] } };
      ties: { by: string; chosen: string[] }[];
      droopReport: string;
    };
    expect(body.elected).toEqual(['Apple', 'Banana']);
    expect(body.tieProcedure).toMatchObject({
      final: 'order',
      order: { from: 'option', candidates: ['Cherry', 'Banana', 'Apple'] },
    });
    expect(body.ties[0]).toMatchObject({ by: 'tie-order', chosen: ['Cherry'] });
    expect(body.droopReport).toContain('Action: Break tie (defeat): [Banana, Cherry] -> Cherry');
  });

  it('refuses a count without signing in above the anonymous size limit, naming the limit', async () => {
    const res = await count({ method: 'av', blt: `2 1\n${'1 1 2 0\n'.repeat(300_000)}0\n"A"\n"B"\n` });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ProblemBody).detail).toContain('limited to 2 MB');
  });

  it('rate-limits counts without signing in per address', async () => {
    const saved = deps.limiters.countByAddress;
    deps.limiters.countByAddress = new RateLimiter(database, 'count-test-1', { limit: 1, windowMs: 60_000 });
    const limited = createApp(deps);
    try {
      const send = () =>
        limited.request('/api/count', {
          method: 'POST',
          body: JSON.stringify({ method: 'fptp', blt: '2 1\n1 1 0\n0\n"A"\n"B"\n' }),
          headers: { 'content-type': 'application/json' },
        });
      expect((await send()).status).toBe(200);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as ProblemBody).detail).toContain('Too many counts from your address');
    } finally {
      deps.limiters.countByAddress = saved;
    }
  });

  it('counts off the request thread: the health check answers while a long count runs', async () => {
    const lines = ['14 5'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`1 ${(i % 14) + 1} ${((i * 5) % 14) + 1} ${((i * 3 + 1) % 14) + 1} 0`);
    lines.push('0', ...Array.from({ length: 14 }, (_, i) => `"C${i + 1}"`));
    const order: string[] = [];
    const counting = Promise.resolve(count({ method: 'meek', blt: lines.join('\n') })).then((res) => {
      order.push(`count ${res.status}`);
    });
    const health = Promise.resolve(app.request('/api/health')).then((res) => {
      order.push(`health ${res.status}`);
    });
    await Promise.all([counting, health]);
    expect(order).toEqual(['health 200', 'count 200']);
  });
});
