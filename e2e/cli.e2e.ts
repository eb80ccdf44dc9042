import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface HealthBody {
  status: string;
  database: { engine: string; ok: boolean; migrations: { pending: number } };
}

async function health(url: string): Promise<HealthBody> {
  return (await (await fetch(`${url}/api/health`)).json()) as HealthBody;
}

import { BIN, freshDataDir, ROOT, removeDataDir, runCaucus, startCaucus } from './support/caucus-process';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) removeDataDir(dir);
});

describe('caucus command', () => {
  it('prints help with the serve and db commands', () => {
    const { status, stdout } = runCaucus(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('serve');
    expect(stdout).toContain('db');
  });

  it('migrates the embedded database and reports in JSON; a second run applies nothing', () => {
    const dir = freshDataDir();
    dirs.push(dir);
    const first = runCaucus(['db', 'migrate', '--json'], { CAUCUS_DATA_DIR: dir });
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.engine).toBe('pglite');
    expect(report.applied.length).toBe(report.total);
    const second = JSON.parse(runCaucus(['db', 'migrate', '--json'], { CAUCUS_DATA_DIR: dir }).stdout);
    expect(second.applied).toEqual([]);
    const status = JSON.parse(runCaucus(['db', 'status', '--json'], { CAUCUS_DATA_DIR: dir }).stdout);
    expect(status.pending).toEqual([]);
  });

  it('explains a wrong DATABASE_URL in one paragraph, without a stack trace, and exits non-zero', () => {
    const { status, stdout, stderr } = runCaucus(['db', 'migrate'], {
      DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/caucus',
    });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('postgres://postgres:****@127.0.0.1:1/caucus');
    expect(stderr).toContain('connection refused');
    expect(stderr).not.toContain('hunter2');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports JSON errors on stderr with --json', () => {
    const { status, stderr } = runCaucus(['db', 'status', '--json'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/caucus_missing_db',
    });
    expect(status).toBe(1);
    expect(JSON.parse(stderr)).toMatchObject({ error: { type: 'DatabaseConnectionError' } });
  });

  it('counts a BLT file with a seat constraint and explains a bad one', () => {
    const dir = freshDataDir();
    dirs.push(dir);
    const file = join(dir, 'constrained.blt');
    writeFileSync(file, '4 2\n40 1 2 0\n35 2 1 0\n15 3 4 0\n10 4 3 0\n0\n"Adam"\n"Basil"\n"Clara"\n"Dora"\n');
    const plain = JSON.parse(runCaucus(['count', file, '-m', 'scottish', '--json']).stdout) as {
      elected: string[];
    };
    expect(plain.elected).toEqual(['Adam', 'Basil']);
    const constrained = runCaucus([
      'count',
      file,
      '-m',
      'scottish',
      '--constraint',
      'women>=1:3,Dora',
      '--json',
    ]);
    expect((JSON.parse(constrained.stdout) as { elected: string[] }).elected).toEqual(['Adam', 'Clara']);
    const bad = runCaucus(['count', file, '-m', 'scottish', '--constraint', 'women>=1:7']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('names "7", who is not a candidate');
  });

  it('counts a folder of wards in one process: one JSON line per file, a summary, and a bad file reported', () => {
    const dir = freshDataDir();
    dirs.push(dir);
    const wards = join(ROOT, 'packages', 'count', 'fixtures', 'scotland-2017', 'blt');
    for (const ward of ['fife_ward15', 'edinburgh_ward02']) {
      writeFileSync(join(dir, `${ward}.blt`), readFileSync(join(wards, `${ward}.blt`)));
    }
    writeFileSync(join(dir, 'broken.blt'), '2 1\n1 1 x 0\n0\n"A"\n"B"\n');
    const run = runCaucus(['count', dir, '-m', 'scottish', '--json']);
    expect(run.status).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; elected?: string[]; error?: { message: string } });
    expect(lines.map((line) => line.file.split('/').pop())).toEqual([
      'broken.blt',
      'edinburgh_ward02.blt',
      'fife_ward15.blt',
    ]);
    expect(lines[0]?.error?.message).toContain('BLT line 2');
    expect(lines[2]?.elected).toEqual(['Ross VETTRAINO (SNP)', 'Derek NOBLE (Lab)', 'Vikki WILTON (SNP)']);
    expect(run.stderr).toContain('Counted 2 of 3 files');
  });

  it('prints a Meek count as Droop and stv-rs print it, and stops quietly when its output is cut off', () => {
    const references = join(ROOT, 'packages', 'count', 'fixtures', 'meek-references', 'stv-rs', 'testdata');
    const report = runCaucus([
      'count',
      join(references, 'ballots', 'vegetables.blt'),
      '-m',
      'meek-droop',
      '--format',
      'droop',
    ]);
    expect(report.status).toBe(0);
    const reference = readFileSync(join(references, 'meek', 'vegetables.fixed9.log'), 'utf8');
    expect(report.stdout.replace('Implementation: Caucus', 'Implementation: STV-rs')).toBe(reference);
    const wards = join(ROOT, 'packages', 'count', 'fixtures', 'scotland-2017', 'blt');
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${BIN}" count "${wards}" -m scottish | head -n 2; echo "caucus exited \${PIPESTATUS[0]}" >&2`,
      ],
      {
        encoding: 'utf8',
        cwd: ROOT,
      },
    );
    expect(piped.stdout.split('\n')).toHaveLength(3);
    expect(piped.stderr).toContain('caucus exited 0');
    expect(piped.stderr).not.toContain('EPIPE');
  });

  it('explains an invalid PORT', async () => {
    const { status, stderr } = runCaucus(['serve'], { PORT: 'eighty' });
    expect(status).toBe(1);
    expect(stderr).toContain('PORT: must be a whole number (got "eighty")');
  });

  it('serves, stops cleanly on SIGTERM, and reuses its data on the next start', async () => {
    const dir = freshDataDir();
    dirs.push(dir);
    const first = await startCaucus({}, dir);
    const firstHealth = await health(first.url);
    expect(firstHealth.status).toBe('ok');
    expect(first.output()).toContain('Press Ctrl+C to stop.');
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain('Caucus stopped.');
    const second = await startCaucus({}, dir);
    const again = await health(second.url);
    expect(again.database.migrations.pending).toBe(0);
    expect(await second.stop()).toBe(0);
  });

  it('refuses to open an embedded database another Caucus is using', async () => {
    const dir = freshDataDir();
    dirs.push(dir);
    const running = await startCaucus({}, dir);
    const { status, stderr } = runCaucus(['db', 'status'], { CAUCUS_DATA_DIR: dir });
    expect(status).toBe(1);
    expect(stderr).toContain('another Caucus process');
    await running.stop();
  });

  it('runs on the real PostgreSQL server via DATABASE_URL', async () => {
    const admin = 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `caucus_e2e_${process.pid}`;
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: admin });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
    try {
      const server = await startCaucus({ DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${name}` });
      dirs.push(server.dataDir);
      const onPostgres = await health(server.url);
      expect(onPostgres.database).toMatchObject({ engine: 'postgres', ok: true, migrations: { pending: 0 } });
      expect(await server.stop()).toBe(0);
    } finally {
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    }
  });
});
