import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type CaucusServer, removeDataDir, startCaucus } from './caucus-process';

/** A running Caucus and a browser for one test file, started before its tests and stopped after. */
export interface AppUnderTest {
  readonly server: CaucusServer;
  readonly browser: Browser;
  /** Opens a new page at `path`, at the given viewport width, once its heading is shown. */
  open(path: string, width?: number): Promise<Page>;
}

/** Starts `caucus serve` on a fresh embedded database and Chromium for the current test file. */
export function useAppUnderTest(env: Record<string, string> = {}): AppUnderTest {
  let server: CaucusServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startCaucus(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDataDir(server.dataDir);
  });
  const started = () => {
    if (!server || !browser)
      throw new Error('useAppUnderTest: the app is started in beforeAll; use it inside tests');
    return { server, browser };
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    async open(path, width = 1280) {
      const { server: s, browser: b } = started();
      const page = await b.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${s.url}${path}`);
      await page.locator('h1').first().waitFor();
      return page;
    },
  };
}
