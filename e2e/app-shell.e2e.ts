import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/app-under-test';
import { axeViolations, screenshot } from './support/browser';

const app = useAppUnderTest();
const open = (path: string, width?: number) => app.open(path, width);

describe('app shell', () => {
  it('shows the home page with live system status from the API', async () => {
    const page = await open('/');
    await expect.poll(() => page.getByText('Running').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Caucus');
    expect(await page.getByText('Embedded PostgreSQL (PGlite)').count()).toBe(1);
    expect(await page.title()).toBe('Caucus');
    await screenshot(page, 'home-desktop');
    await page.close();
  });

  it('has landmarks and a labelled main navigation listing every area', async () => {
    const page = await open('/');
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.locator('footer').count()).toBe(1);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const area of [
      'Results',
      'Party',
      'Meetings',
      'Motions',
      'Selections',
      'Ballots',
      'Organise',
      'About',
    ]) {
      expect(await nav.getByText(area, { exact: false }).count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('passes axe-core accessibility checks on every page, at desktop and phone widths', async () => {
    for (const width of [1280, 375]) {
      for (const path of ['/', '/about', '/no-such-page']) {
        const page = await open(path, width);
        await page.locator('h1').waitFor();
        await page.waitForLoadState('networkidle');
        const violations = await axeViolations(page);
        expect(violations, `${path} at ${width}px: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
        await page.close();
      }
    }
  });

  it('can be used from the keyboard: skip link first, visible focus, nav reachable', async () => {
    const page = await open('/');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // From the top, Tab reaches the About link in the navigation and Enter follows it.
    await page.goto(`${app.server.url}/`);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'About');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/about$/);
    await page.waitForFunction(() => document.title === 'About — Caucus');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('works at phone width with a menu button that opens the navigation', async () => {
    const page = await open('/', 375);
    const button = page.getByRole('button', { name: 'Menu' });
    expect(await button.isVisible()).toBe(true);
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await screenshot(page, 'home-phone');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#main-nav').isVisible()).toBe(true);
    await screenshot(page, 'home-phone-menu');
    await page.getByRole('link', { name: 'About' }).first().click();
    await page.waitForURL(/\/about$/);
    await expect.poll(() => page.locator('#main-nav').isVisible()).toBe(false);
    await page.close();
  });

  it('credits the data on the About page', async () => {
    const page = await open('/about');
    const text = await page.locator('main').textContent();
    expect(text).toContain(
      'Contains Parliamentary information licensed under the Open Parliament Licence v3.0.',
    );
    expect(text).toContain(
      'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2024.',
    );
    expect(text).toContain('Open Innovations');
    await screenshot(page, 'about');
    await page.close();
  });

  it('shows a helpful page for unknown addresses', async () => {
    const page = await open('/nowhere/at/all');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('main').textContent()).toContain('/nowhere/at/all');
    await page.close();
  });

  it('serves a readable API reference', async () => {
    const page = await open('/api/docs');
    expect(await page.locator('h1').textContent()).toContain('Caucus API');
    expect(await page.getByText('/api/health').count()).toBeGreaterThan(0);
    await screenshot(page, 'api-docs');
    await page.close();
  });
});
