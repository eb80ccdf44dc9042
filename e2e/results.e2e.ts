import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/app-under-test';
import { axeViolations, screenshot } from './support/browser';
import { runCaucus } from './support/caucus-process';

const app = useAppUnderTest();

/** Labour's map colour (features/results/party-colours.ts). */
const LABOUR = '#e4003b';

describe('election results pages', () => {
  it('shows the 2024 hex map with 650 seats coloured by winner, and links to a seat', async () => {
    const page = await app.open('/results');
    await page.locator('.hex-map a').first().waitFor();
    expect(await page.locator('.hex-map a').count()).toBe(650);
    const hartlepool = page.locator('.hex-map a[data-code="E14001272"]');
    expect(await hartlepool.getAttribute('aria-label')).toBe('Hartlepool: Labour (Lab)');
    expect(await hartlepool.locator('polygon').getAttribute('fill')).toBe(LABOUR);
    expect(await page.locator('.party-legend').textContent()).toContain('Labour (Lab) 411');
    expect(await page.locator('.plot-figure svg').count()).toBe(1);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'results-election-2024');

    await hartlepool.click();
    await page.getByRole('heading', { name: 'Hartlepool', level: 1 }).waitFor();
    await page.locator('table caption', { hasText: 'Results at each election' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Jonathan Brash');
    const seatViolations = await axeViolations(page);
    expect(seatViolations, JSON.stringify(seatViolations, null, 2)).toEqual([]);
    await screenshot(page, 'results-constituency');
    await page.close();
  });

  it('shows the 2010-set map for 2019 and a 2010-set seat with its by-election', async () => {
    const page = await app.open('/results/elections/2019');
    await page.locator('.hex-map a').first().waitFor();
    expect(await page.locator('.hex-map a').count()).toBe(650);
    expect(await page.locator('.party-legend').textContent()).toContain('Conservative (Con) 365');
    await page.locator('.hex-map a[data-code="E14000733"]').click();
    await page.getByRole('heading', { name: 'Hartlepool', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'By-election', exact: true }).click();
    await page.getByRole('heading', { name: /Hartlepool by-election/ }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Conservative gain from Labour');
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'results-by-election');
    await page.close();
  });

  it('moves the projection when a share slider moves', async () => {
    const page = await app.open('/results/projection');
    const labourSeats = page.locator('#projected-seats td[data-party="Lab"]');
    await labourSeats.waitFor();
    expect(await page.locator('.notice').textContent()).toContain('not a forecast');
    const before = Number(await labourSeats.textContent());
    const slider = page.getByLabel('Labour', { exact: true });
    await slider.focus();
    for (let i = 0; i < 10; i++) await slider.press('ArrowLeft');
    await page.waitForFunction(
      (seats) => Number(document.querySelector('#projected-seats td[data-party="Lab"]')?.textContent) < seats,
      before,
    );
    const after = Number(await labourSeats.textContent());
    expect(after).toBeLessThan(before);
    expect(await page.locator('.hex-map a').count()).toBe(650);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'results-projection');
    await page.close();
  });

  it('fits a phone screen without sideways page scrolling', async () => {
    for (const path of ['/results', '/results/projection', '/results/seats/E14001272?set=2024']) {
      const page = await app.open(path, 375);
      await page.locator('main table, main .hex-map').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      if (path === '/results') await screenshot(page, 'results-election-phone');
      await page.close();
    }
  });

  it('lists targets, by-elections and the backtest, accessibly', async () => {
    for (const [path, name] of [
      ['/results/targets', 'results-targets'],
      ['/results/by-elections', 'results-by-elections'],
      ['/results/backtest', 'results-backtest'],
      ['/results/change', 'results-change'],
    ] as const) {
      const page = await app.open(path);
      if (path === '/results/change') {
        await page.getByLabel('County', { exact: true }).selectOption('Kent');
        await page.getByRole('button', { name: 'Add up the votes' }).click();
      }
      await page.locator('main table').first().waitFor();
      const violations = await axeViolations(page);
      expect(violations, `${path}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      await screenshot(page, name);
      await page.close();
    }
  });

  it('answers analytics commands from data/ while the server holds the embedded database', () => {
    const env = { CAUCUS_DATA_DIR: app.server.dataDir };
    const election = runCaucus(['election', '2019', '--json'], env);
    expect(election.status).toBe(0);
    expect(JSON.parse(election.stdout)).toMatchObject({ year: 2019, seats: { Con: 365, Lab: 202 } });
    const unknown = runCaucus(['results', 'Hartlepol'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Hartlepool (E14001272');
    const shares = runCaucus(['project', '--shares', 'Lab=45,Con=39'], env);
    expect(shares.status).toBe(2);
    expect(shares.stderr).toContain('add up to 84, not 100');
  });
});
