import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/app-under-test';
import { axeViolations, screenshot } from './support/browser';
import { ROOT } from './support/caucus-process';

const FIXTURE = join(ROOT, 'packages', 'count', 'fixtures', 'scotland-2017');

const app = useAppUnderTest();

/** Two seats; unconstrained, the two men win on first preferences. */
const CONSTRAINED_BLT =
  '4 2\n40 1 2 0\n35 2 1 0\n15 3 4 0\n10 4 3 0\n0\n"Adam"\n"Basil"\n"Clara"\n"Dora"\n"Test"\n';
const openCount = (width?: number) => app.open('/ballots/count', width);

describe('count page', () => {
  it('counts a pasted BLT file by Scottish rules and shows the result sheet', async () => {
    const page = await openCount();
    const blt = readFileSync(join(FIXTURE, 'blt', 'fife_ward15.blt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected', 'fife_ward15.json'), 'utf8')) as {
      elected: string[];
    };
    await page.getByLabel('BLT file contents').fill(blt);
    await page.getByLabel('Counting rules').selectOption('scottish');
    await page.getByRole('button', { name: 'Count' }).click();
    await page.getByRole('heading', { name: /^Result/ }).waitFor();
    const elected = await page.locator('.elected-list li').allTextContents();
    expect(elected).toEqual(expected.elected);
    expect(await page.locator('.stage-table thead th').count()).toBeGreaterThan(5);
    expect(await page.locator('.plot-figure svg').count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('Quota1212');
    // Wide stage tables scroll inside their own region; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'count-result');
    await page.close();
  });

  it('counts paper ballot piles entered by hand', async () => {
    const page = await openCount();
    await page.getByLabel('Paper ballots sorted into piles').check();
    await page.getByLabel(/Candidates, one per line/).fill('Ann\nBob\nCy');
    await page.getByLabel('Pile 1 preferences').fill('Ann');
    await page.getByLabel('Pile 1 number of papers').fill('4');
    await page.getByRole('button', { name: 'Add a pile' }).click();
    await page.getByLabel('Pile 2 preferences').fill('Bob, Ann');
    await page.getByLabel('Pile 2 number of papers').fill('3');
    await page.getByRole('button', { name: 'Add a pile' }).click();
    await page.getByLabel('Pile 3 preferences').fill('3, 2');
    await page.getByLabel('Pile 3 number of papers').fill('2');
    await page.getByLabel('Counting rules').selectOption('av');
    await page.getByRole('button', { name: 'Count' }).click();
    await page.getByRole('heading', { name: /^Result/ }).waitFor();
    expect(await page.locator('.elected-list li').allTextContents()).toEqual(['Bob']);
    await screenshot(page, 'count-piles');
    await page.close();
  });

  it('counts with a seat constraint (at least one woman), excluding the candidate it dooms', async () => {
    const page = await openCount();
    await page.getByLabel('BLT file contents').fill(CONSTRAINED_BLT);
    await page.getByLabel('Counting rules').selectOption('scottish');
    await page.getByRole('button', { name: 'Add a constraint' }).click();
    await page.getByLabel('Category').fill('women');
    await page.getByLabel('At least').fill('1');
    const women = page.getByRole('group', { name: 'Candidates in women' });
    await women.getByLabel('Clara').check();
    await women.getByLabel('Dora').check();
    await page.getByRole('button', { name: 'Count' }).click();
    await page.getByRole('heading', { name: /^Result/ }).waitFor();
    expect(await page.locator('.elected-list li').allTextContents()).toEqual(['Adam', 'Clara']);
    expect(await page.locator('.stage-table thead').textContent()).toContain('Exclusion of Basil');
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'count-constrained');
    await page.close();
  });

  it('counts Meek with a tie order, reports the tie procedure and offers the Droop / stv-rs report', async () => {
    const page = await openCount();
    const blt = readFileSync(
      join(
        ROOT,
        'packages',
        'count',
        'fixtures',
        'meek-references',
        'stv-rs',
        'testdata',
        'ballots',
        'ties',
        'tie_break_implicit.blt',
      ),
      'utf8',
    );
    await page.getByLabel('BLT file contents').fill(blt);
    await page.getByLabel('Counting rules').selectOption('meek-droop');
    await page.getByLabel('Tie order fixed before the count').fill('Cherry, Banana, Apple');
    await page.getByRole('button', { name: 'Count' }).click();
    await page.getByRole('heading', { name: /^Result/ }).waitFor();
    expect(await page.locator('.elected-list li').allTextContents()).toEqual(['Apple', 'Banana']);
    expect(await page.locator('.tie-procedure').textContent()).toContain(
      'Tie order (as given): Cherry, Banana, Apple.',
    );
    expect(await page.locator('main').textContent()).toContain(
      'broken by the tie order fixed before the count: Cherry.',
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the Droop / stv-rs report' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Vegetable contest (Droop report).txt');
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'count-meek-tie-order');
    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, 'count-meek-tie-order-phone');
    await page.close();
  });

  it('explains a malformed BLT file with its line number and keeps the form', async () => {
    const page = await openCount();
    await page.getByLabel('BLT file contents').fill('3 1\n1 1 x 0\n0\n"A"\n"B"\n"C"\n');
    await page.getByRole('button', { name: 'Count' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('BLT line 2');
    expect(await page.getByLabel('BLT file contents').inputValue()).toContain('1 1 x 0');
    await page.close();
  });

  it('explains a pile naming someone who is not a candidate, before sending anything', async () => {
    const page = await openCount();
    await page.getByLabel('Paper ballots sorted into piles').check();
    await page.getByLabel(/Candidates, one per line/).fill('Ann\nBob');
    await page.getByLabel('Pile 1 preferences').fill('Zed');
    await page.getByLabel('Pile 1 number of papers').fill('1');
    await page.getByRole('button', { name: 'Count' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('“Zed” is not one of the candidates');
    await page.close();
  });
});
