import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaucusDatabase } from '@caucus/db';
import { openTestDatabase, TEST_ENGINES } from '@caucus/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { type Config, loadConfig } from './config';
import { createDeps } from './http/create-deps';
import { createLogger } from './logger';

interface HealthBody {
  status: string;
  database: { engine: string; ok: boolean; error?: string; migrations: { applied: number; pending: number } };
}

interface OpenApiBody {
  openapi: string;
  paths: Record<string, Record<string, { summary: string }>>;
}

function testConfig(rootDir: string): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), rootDir };
}

describe.each(TEST_ENGINES)('API on %s', (engine) => {
  let database: CaucusDatabase;
  let rootDir: string;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    rootDir = mkdtempSync(join(tmpdir(), 'caucus-root-'));
    mkdirSync(join(rootDir, 'apps', 'web', 'dist', 'assets'), { recursive: true });
    writeFileSync(join(rootDir, 'apps', 'web', 'dist', 'index.html'), '<!doctype html><title>Caucus</title>');
    writeFileSync(join(rootDir, 'apps', 'web', 'dist', 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(rootDir, 'secret.txt'), 'do not serve');
    const config = testConfig(rootDir);
    app = createApp(createDeps(config, database, createLogger(config)));
  });
  afterAll(async () => {
    await database.close();
    rmSync(rootDir, { recursive: true, force: true });
  });

  it('reports health with the engine and migration state', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as HealthBody;
    expect(body).toMatchObject({
      status: 'ok',
      database: { engine, ok: true, migrations: { pending: 0 } },
    });
    expect(body.database.migrations.applied).toBeGreaterThan(0);
  });

  it('publishes an OpenAPI 3.1 document that lists the health endpoint', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as OpenApiBody;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/health']?.get?.summary).toBe('Service and database status');
  });

  it('serves a readable docs page built from the OpenAPI document', async () => {
    const res = await app.request('/api/docs');
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('/api/health');
    expect(html).toContain('id="problem-validation-failed"');
  });

  it('answers unknown API paths with an RFC 9457 problem', async () => {
    const res = await app.request('/api/nope', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toEqual({
      type: '/api/docs#problem-not-found',
      title: 'Not found',
      status: 404,
      detail: 'There is no API endpoint POST /api/nope. See /api/docs.',
      instance: '/api/nope',
    });
  });

  it('refuses oversized bodies with a problem', async () => {
    const res = await app.request('/api/nope', {
      method: 'POST',
      body: 'x'.repeat(21 * 1024 * 1024),
      headers: { 'content-length': String(21 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { type: string }).type).toBe('/api/docs#problem-payload-too-large');
  });

  it('sets security headers on every response', async () => {
    const res = await app.request('/');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('serves the web app, with hashed assets cached and client routes falling back to index.html', async () => {
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    const route = await app.request('/results/E14000001');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Caucus</title>');
  });

  it('never serves files outside the web build', async () => {
    for (const path of [
      '/../../secret.txt',
      '/%2e%2e/%2e%2e/%2e%2e/secret.txt',
      '/..%2f..%2f..%2fsecret.txt',
    ]) {
      const res = await app.request(path);
      expect(await res.text()).not.toContain('do not serve');
    }
  });
});

describe('API when the database has gone away', () => {
  it('reports 503 with the reason', async () => {
    const database = await openTestDatabase('pglite');
    const config = testConfig(tmpdir());
    const app = createApp(createDeps(config, database, createLogger(config)));
    await database.close();
    const res = await app.request('/api/health');
    expect(res.status).toBe(503);
    const body = (await res.json()) as HealthBody;
    expect(body.status).toBe('unavailable');
    expect(body.database.ok).toBe(false);
    expect(body.database.error).toBeTruthy();
  });
});

describe('API without a web build', () => {
  it('explains how to build the web app', async () => {
    const database = await openTestDatabase('pglite');
    const root = mkdtempSync(join(tmpdir(), 'caucus-empty-'));
    const config = testConfig(root);
    const app = createApp(createDeps(config, database, createLogger(config)));
    const res = await app.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
    await database.close();
    rmSync(root, { recursive: true, force: true });
  });
});
