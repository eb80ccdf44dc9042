import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../output';
import { backtestCommand } from './backtest';
import { byelectionCommand } from './byelection';
import { changeCommand, swingCommand } from './change';
import { electionCommand } from './election';
import { projectCommand } from './project';
import { resultsCommand } from './results';
import { targetsCommand } from './targets';

let written: string[] = [];
beforeEach(() => {
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const json = <T>(): T => JSON.parse(written.join('')) as T;
const text = (): string => written.join('');

describe('analytics commands (reading data/ directly)', () => {
  it('election --json gives the published 2019 totals in the documented shape', async () => {
    await electionCommand('2019', { json: true });
    const body = json<{ year: number; seats: Record<string, number>; votes: Record<string, number> }>();
    expect(body).toMatchObject({ year: 2019, seats: { Con: 365, Lab: 202 }, votes: { Con: 13966454 } });
  });

  it('election prints an aligned table with percentages', async () => {
    await electionCommand('2024', {});
    expect(text()).toMatch(/Lab\s+411\s+9,70\d,\d{3}\s+33\.\d%/);
  });

  it('results --json lists contests oldest first with candidates', async () => {
    await resultsCommand('Hartlepool', { json: true, boundaries: '2010' });
    const body = json<{ code: string; contests: { date: string; kind: string; candidates: unknown[] }[] }>();
    expect(body.code).toBe('E14000733');
    expect(body.contests.map((c) => c.date)).toEqual([...body.contests.map((c) => c.date)].sort());
    expect(body.contests.some((c) => c.kind === 'by-election')).toBe(true);
  });

  it('an unknown seat lists the closest matches (exit code 2)', async () => {
    const error = await resultsCommand('Hartlepol', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toContain('Hartlepool');
    expect((error as CliError).exitCode).toBe(2);
  });

  it('change sums a county without some seats', async () => {
    await changeCommand({ from: '2015', to: '2017', county: 'Kent', json: true });
    const all = json<{
      seats: string[];
      votes: Record<string, { from: number; to: number; change: number }>;
    }>();
    written = [];
    await changeCommand({ from: '2015', to: '2017', county: 'Kent', exclude: 'Canterbury', json: true });
    expect(json<{ seats: string[] }>().seats).toHaveLength(all.seats.length - 1);
    const lab = all.votes.Lab;
    expect(lab && lab.to - lab.from).toBe(lab?.change);
  });

  it('swing needs exactly two parties', async () => {
    await expect(swingCommand({ from: '2019', to: '2024', parties: 'Con' })).rejects.toThrow(/two parties/);
    await swingCommand({ from: '2019', to: '2024', parties: 'Con,Lab', nation: 'Wales', json: true });
    expect(json<{ swing: number }>().swing).toBeGreaterThan(0);
  });

  it('targets are ordered by swing needed and validate --limit', async () => {
    await targetsCommand({ party: 'Lab', election: '2019', limit: '3', json: true });
    const list = json<{ rank: number }[]>();
    expect(list.map((seat) => seat.rank)).toEqual([1, 2, 3]);
    await expect(targetsCommand({ party: 'Lab', election: '2019', limit: 'ten' })).rejects.toThrow(/--limit/);
  });

  it('byelection compares with the previous general election', async () => {
    await byelectionCommand('Hartlepool', '2021-05-06', { json: true });
    expect(json<{ winner: string; gain: boolean }>()).toMatchObject({ winner: 'Con', gain: true });
  });

  it('project --json gives the documented shape; bad shares and models are refused', async () => {
    await projectCommand({
      model: 'stm',
      level: 'region',
      shares: 'Lab=34,Con=24,RUK=15,LD=12,Green=7,SNP=3,Oth=5',
      json: true,
    });
    const body = json<{
      model: string;
      level: string;
      seats: Record<string, number>;
      constituencies: unknown[];
    }>();
    expect(body).toMatchObject({ model: 'stm', level: 'region' });
    expect(body.constituencies).toHaveLength(650);
    for (const shares of ['Lab=45,Con=39', 'Lab=-5,Con=105', 'Lab=x,Con=100', 'Labour=50,Con=50']) {
      await expect(projectCommand({ model: 'uns', level: 'gb', shares }), shares).rejects.toBeInstanceOf(
        CliError,
      );
    }
    await expect(projectCommand({ model: 'magic', level: 'gb', shares: 'Lab=100' })).rejects.toThrow(
      /--model/,
    );
  });

  it('backtest covers every pair, model and level', async () => {
    await backtestCommand({ json: true });
    const rows = json<{ from: number; to: number; model: string; level: string; miscalled: number }[]>();
    expect(rows).toHaveLength(48);
    expect(rows.map((row) => `${row.from}-${row.to}`)).toContain('2019-2024');
  });
});
