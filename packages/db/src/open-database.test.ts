import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseConnectionError, redactUrl } from './database-error';
import { openDatabase } from './open-database';

describe('openDatabase', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('explains a refused connection with the URL (password hidden) and a remedy', async () => {
    const error = await openDatabase({ url: 'postgres://caucus:secret@127.0.0.1:1/caucus' }).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseConnectionError);
    expect(error.message).toContain('postgres://caucus:****@127.0.0.1:1/caucus');
    expect(error.message).toContain('connection refused');
    expect(error.message).toContain('Start PostgreSQL');
    expect(error.message).not.toContain('secret');
  });

  it('explains a missing database by name', async () => {
    const error = await openDatabase({ url: 'postgres://postgres@127.0.0.1:5432/caucus_no_such_db' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DatabaseConnectionError);
    expect(error.message).toContain('database "caucus_no_such_db" does not exist');
    expect(error.message).toContain('createdb caucus_no_such_db');
  });

  it('rejects a URL that is not PostgreSQL', async () => {
    await expect(openDatabase({ url: 'mysql://root@localhost/caucus' })).rejects.toThrow(/not PostgreSQL/);
    await expect(openDatabase({ url: 'not a url' })).rejects.toThrow(/not a valid URL/);
  });

  it('keeps embedded data in its folder across restarts and allows one process at a time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caucus-db-'));
    dirs.push(dir);
    const first = await openDatabase({ dataDir: dir });
    await first.db.schema.createTable('kept').addColumn('x', 'integer').execute();
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    const tables = await second.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toContain('kept');
    await second.close();
  });

  it('refuses a data folder held by another live process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caucus-db-'));
    dirs.push(dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'caucus.pid'), String(process.ppid));
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/another Caucus process/);
  });
});

describe('redactUrl', () => {
  it('hides passwords only', () => {
    expect(redactUrl('postgres://u:p@h:1/d')).toBe('postgres://u:****@h:1/d');
    expect(redactUrl('postgres://u@h/d')).toBe('postgres://u@h/d');
  });
});
