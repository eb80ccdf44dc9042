import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../output';
import { dataCheckCommand, dataLoadCommand } from './data';

describe('caucus data load / check (embedded database)', () => {
  let dir: string;
  let written: string[] = [];
  const previous = process.env.CAUCUS_DATA_DIR;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'caucus-data-cmd-'));
    process.env.CAUCUS_DATA_DIR = dir;
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
    if (previous === undefined) delete process.env.CAUCUS_DATA_DIR;
    else process.env.CAUCUS_DATA_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  });
  const json = <T>(): T => {
    const body = JSON.parse(written.join('')) as T;
    written = [];
    return body;
  };

  it('refuses to check a database that has not been migrated and loaded', async () => {
    await expect(dataCheckCommand({})).rejects.toBeInstanceOf(CliError);
  });

  it('loads, reloads without duplicating, and checks the published totals', async () => {
    await dataLoadCommand({ json: true });
    const first = json<{ contests: number; steps: unknown[] }>();
    expect(first.contests).toBeGreaterThan(4000);
    await dataLoadCommand({ json: true });
    expect(json<{ contests: number }>().contests).toBe(first.contests);
    await dataCheckCommand({ json: true });
    const check = json<{
      elections: { election: string; seats: Record<string, number>; validVotes: number }[];
    }>();
    const ge2019 = check.elections.find((election) => election.election === 'ge2019');
    expect(ge2019?.seats).toMatchObject({ Con: 365, Lab: 202, SNP: 48, LD: 11 });
    expect(ge2019?.validVotes).toBe(32014110);
  }, 120_000);
});
