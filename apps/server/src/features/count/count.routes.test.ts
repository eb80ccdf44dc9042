import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaucusDatabase } from '@caucus/db';
import { openTestDatabase } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { findRootDir } from '../../find-root-dir';
import { createDeps } from '../../http/create-deps';
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
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    app = createApp(createDeps(config, database, createLogger(config)));
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
});
