import type { CaucusDatabase } from '@caucus/db';
import { openTestDatabase } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { findRootDir } from '../../find-root-dir';
import { createDeps } from '../../http/create-deps';
import { createLogger } from '../../logger';
import { loadResultsData } from './load-results-data';

interface Problem {
  status: number;
  detail: string;
}

describe('election results API', () => {
  let database: CaucusDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await loadResultsData(database, findRootDir());
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    app = createApp(createDeps(config, database, createLogger(config)));
  }, 120_000);
  afterAll(() => database.close());

  const get = async <T>(path: string, status = 200): Promise<T> => {
    const res = await app.request(path);
    expect(res.status, `${path}: ${res.status}`).toBe(status);
    return (await res.json()) as T;
  };
  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  it('lists the general elections and notional sets', async () => {
    const elections = await get<{ id: string }[]>('/api/results/elections');
    expect(elections.map((e) => e.id)).toEqual([
      'notional2005',
      'ge2010',
      'ge2015',
      'ge2017',
      'ge2019',
      'notional2019',
      'ge2024',
    ]);
  });

  it('summarises 2019 with the published seat totals and a 650-hex map', async () => {
    const body = await get<{
      year: number;
      seats: Record<string, number>;
      votes: Record<string, number>;
      map: { layout: string; hexes: { code: string; winner: string | null }[] };
    }>('/api/results/elections/2019');
    expect(body.year).toBe(2019);
    expect(body.seats).toMatchObject({ Con: 365, Lab: 202, SNP: 48, LD: 11 });
    expect(body.votes.Con).toBe(13966454);
    expect(body.map.layout).toBe('odd-r');
    expect(body.map.hexes).toHaveLength(650);
    expect(body.map.hexes.every((hex) => hex.winner !== null)).toBe(true);
  });

  it('answers an unknown election with a 404 listing those available', async () => {
    const body = await get<Problem>('/api/results/elections/1997', 404);
    expect(body.detail).toContain('2019');
  });

  it('finds seats for a picker, with the areas', async () => {
    const body = await get<{ seats: { name: string; boundarySet: string }[]; counties: string[] }>(
      '/api/results/seats?q=hartlepool&boundarySet=2024',
    );
    expect(body.seats.map((seat) => seat.name)).toEqual(['Hartlepool']);
    expect(body.counties).toContain('Kent');
  });

  it('gives a seat’s history, oldest first', async () => {
    const body = await get<{ name: string; contests: { date: string; kind: string; winner: string }[] }>(
      '/api/results/seats/Hartlepool?boundarySet=2010',
    );
    expect(body.name).toBe('Hartlepool');
    expect(body.contests[0]?.date).toBe('2010-05-06');
    expect(body.contests.some((contest) => contest.kind === 'by-election' && contest.winner === 'Con')).toBe(
      true,
    );
  });

  it('answers an unknown seat with a 404 naming the closest', async () => {
    const body = await get<Problem>('/api/results/seats/Hartlepol', 404);
    expect(body.detail).toContain('Hartlepool');
  });

  it('sums vote changes over a county, with exclusions', async () => {
    const all = await get<{ seats: string[]; votes: Record<string, { change: number }> }>(
      '/api/results/change?from=2015&to=2017&county=Kent',
    );
    const some = await get<{ seats: string[] }>(
      `/api/results/change?from=2015&to=2017&county=Kent&exclude=${all.seats[0]}`,
    );
    expect(all.seats.length).toBeGreaterThan(10);
    expect(some.seats).toHaveLength(all.seats.length - 1);
    expect(all.votes.Lab?.change).toBeGreaterThan(0);
  });

  it('refuses an unknown county with the closest names', async () => {
    const body = await get<Problem>('/api/results/change?from=2015&to=2017&county=Kentt', 400);
    expect(body.detail).toContain('Kent');
  });

  it('gives a Butler swing over an area', async () => {
    const body = await get<{ swing: number; swingFrom: string; swingTo: string }>(
      '/api/results/swing?from=2019&to=2024&parties=Con,Lab&nation=Wales',
    );
    expect(body.swingFrom).toBe('Con');
    expect(body.swing).toBeGreaterThan(0);
  });

  it('refuses a swing without two parties', async () => {
    await get<Problem>('/api/results/swing?from=2019&to=2024&parties=Con', 400);
  });

  it('lists targets, smallest swing first, and refuses unknown parties', async () => {
    const body = await get<{ rank: number; swingNeeded: number }[]>(
      '/api/results/targets?party=Lab&election=2019&limit=10',
    );
    expect(body).toHaveLength(10);
    expect(body[0]?.rank).toBe(1);
    expect(body[0]?.swingNeeded).toBeLessThanOrEqual(body[9]?.swingNeeded ?? 0);
    await get<Problem>('/api/results/targets?party=Labour%20Party&election=2019', 400);
  });

  it('lists by-elections and analyses one', async () => {
    const list = await get<{ code: string; date: string; name: string }[]>('/api/results/by-elections');
    expect(list.length).toBeGreaterThan(50);
    const body = await get<{ analysis: { winner: string; gain: boolean }; repeated: { changes: unknown[] } }>(
      '/api/results/by-elections/Hartlepool?date=2021-05-06',
    );
    expect(body.analysis).toMatchObject({ winner: 'Con', gain: true });
    expect(body.repeated.changes.length).toBeGreaterThan(0);
    await get<Problem>('/api/results/by-elections/Hartlepool?date=2020-01-01', 404);
  });

  it('projects shares with every model and reports the spread', async () => {
    const res = await post('/api/results/projection', {
      shares: { Lab: 34, Con: 24, RUK: 15, LD: 12, Green: 7, SNP: 3, Oth: 5 },
      model: 'stm',
      level: 'region',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      model: string;
      seats: Record<string, number>;
      constituencies: { winner: string }[];
      spread: Record<string, { min: number; max: number }>;
    };
    expect(body.model).toBe('stm');
    expect(body.constituencies).toHaveLength(650);
    expect(Object.values(body.seats).reduce((a, b) => a + b, 0)).toBe(650);
    expect(body.spread.Lab?.min).toBeLessThanOrEqual(body.spread.Lab?.max ?? 0);
  });

  it('refuses shares that do not add up, are negative or name unknown parties', async () => {
    for (const shares of ['Lab=45,Con=39', 'Lab=110,Con=-10', 'Lab=50,Xyz=50', 'Lab=abc']) {
      const res = await post('/api/results/projection', { shares });
      expect(res.status, shares).toBe(400);
      const body = (await res.json()) as Problem;
      expect(body.detail.length).toBeGreaterThan(10);
    }
    const res = await post('/api/results/projection', { shares: 'Lab=50,Con=50', model: 'magic' });
    expect(res.status).toBe(400);
  });

  it('serves the projection baseline as plain arrays', async () => {
    const body = await get<{ parties: string[]; seats: unknown[]; shares: number[] }>(
      '/api/results/projection/baseline',
    );
    expect(body.parties.at(-1)).toBe('Oth');
    expect(body.seats).toHaveLength(650);
    expect(body.shares).toHaveLength(650 * body.parties.length);
  });

  it('runs the backtest for every pair, model and level', async () => {
    const body =
      await get<{ from: number; to: number; model: string; level: string }[]>('/api/results/backtest');
    expect(body).toHaveLength(4 * 4 * 3);
    expect(body[0]).toMatchObject({ from: 2010, to: 2015 });
  });

  it('serves both hex maps', async () => {
    for (const set of ['2010', '2024']) {
      const body = await get<{ layout: string; hexes: unknown[] }>(`/api/results/hexes/${set}`);
      expect(body.hexes).toHaveLength(650);
    }
    await get<Problem>('/api/results/hexes/2015', 400);
  });
});

describe('election results API before a load', () => {
  it('says the results are not loaded (503)', async () => {
    const database = await openTestDatabase('pglite');
    try {
      const config = loadConfig({ LOG_LEVEL: 'silent' });
      const app = createApp(createDeps(config, database, createLogger(config)));
      const res = await app.request('/api/results/elections');
      expect(res.status).toBe(503);
      expect(((await res.json()) as Problem).detail).toContain('caucus data load');
    } finally {
      await database.close();
    }
  });
});
