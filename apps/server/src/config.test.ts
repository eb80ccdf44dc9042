import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { findRootDir } from './find-root-dir';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.caucus$/);
    expect(config.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads PORT, DATABASE_URL and CAUCUS_DATA_DIR', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@h/d',
      CAUCUS_DATA_DIR: '/tmp/x',
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u@h/d', dataDir: '/tmp/x' });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it('lists every invalid variable with what it got', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT: must be a whole number (got "abc")');
    expect(problems).toContain(
      'DATABASE_URL: must start with postgres:// or postgresql:// (got "mysql://x")',
    );
    expect(problems).toContain('LOG_LEVEL');
  });

  it('rejects ports out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/at most 65535/);
  });

  it('finds the checkout root', () => {
    expect(existsSync(join(findRootDir(), 'apps', 'server', 'src', 'config.ts'))).toBe(true);
  });
});
