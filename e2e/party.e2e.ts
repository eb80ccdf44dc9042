import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/app-under-test';
import { axeViolations, screenshot } from './support/browser';
import { freshDataDir, removeDataDir, runCaucus } from './support/caucus-process';

const app = useAppUnderTest();
const PASSWORD = 'caucus-demo-password';

async function signIn(path: string, email: string, width?: number): Promise<Page> {
  const page = await app.open(`/sign-in?next=${encodeURIComponent(path)}`, width);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: /^Sign in/ }).click();
  await page.waitForURL((url) => url.pathname === path);
  return page;
}

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe('party area', () => {
  it('shows a branch secretary their membership, then the branch member list with search and filters', async () => {
    const page = await signIn('/party', 'demo.branch-secretary@example.org');
    await page.getByRole('heading', { name: 'Offices and roles' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('branch secretary of');
    await expectAccessible(page);
    await screenshot(page, 'party-membership');

    await page.getByRole('link', { name: /^branch secretary of/ }).click();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.locator('table caption', { hasText: 'Members' }).waitFor();
    expect(await page.locator('.party-table').last().locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('main').textContent()).toContain('@');
    await expectAccessible(page);
    await screenshot(page, 'party-unit-secretary');

    await page.getByLabel('Subscriptions').selectOption('yes');
    // Wait for the filtered list itself: the unfiltered count is already on the page.
    const filtered = page.waitForResponse(
      (res) => res.url().includes('/members?') && res.url().includes('arrears=yes'),
    );
    await page.getByRole('button', { name: 'Search' }).click();
    await filtered;
    await page.getByText(/members? found/).waitFor();
    const rows = () => page.locator('.party-table').last().locator('tbody tr').allTextContents();
    await expect.poll(async () => (await rows()).every((row) => row.includes('(arrears)'))).toBe(true);
    expect((await rows()).length).toBeGreaterThan(0);

    await page.getByLabel('What it is for').fill('Branch AGM 2026');
    await page.getByLabel('Who may vote (rule)').selectOption({ label: 'Vote at a branch or CLP meeting' });
    await page.getByRole('button', { name: 'Freeze the roll' }).click();
    await page.getByText(/^Frozen: \d+ of \d+ members can vote/).waitFor();
    await page.locator('table caption', { hasText: 'Electorates frozen' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('heading', { name: 'Frozen rolls' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'party-rolls');
    await page.close();
  });

  it('lets a CLP secretary dry-run an import and see row errors with line and column', async () => {
    const page = await signIn('/party', 'demo.clp-secretary@example.org');
    await page.getByRole('link', { name: /^CLP secretary of/ }).click();
    await page.getByRole('link', { name: 'Import members' }).click();
    await page.getByRole('heading', { name: 'Import members' }).waitFor();
    const branch = await page.evaluate(async () => {
      const me = (await (await fetch('/api/me/membership')).json()) as {
        units: { id: string; kind: string }[];
      };
      return me.units.find((unit) => unit.kind === 'branch')?.id ?? '';
    });
    const csv = [
      'membership_number,first_name,last_name,email,branch,joined_on,status,paid_up_to',
      `E2E0001,Nova,Tester,nova@example.org,${branch},2024-01-15,active,2030-12-31`,
      `E2E0002,Bad,Date,bad@example.org,${branch},2024-13-45,active,2030-12-31`,
    ].join('\n');
    await page.getByLabel('…or paste it here').fill(csv);
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByRole('heading', { name: 'What the import would do' }).waitFor();
    const errors = page.locator('table', { has: page.locator('caption', { hasText: 'Errors' }) });
    expect(await errors.locator('tbody tr').first().textContent()).toContain('joined_on');
    expect(await errors.locator('tbody th').first().textContent()).toBe('3');
    expect(await page.locator('main').textContent()).toContain('Fix the errors above');
    await expectAccessible(page);
    await screenshot(page, 'party-import-dry-run');

    await page.getByLabel('…or paste it here').fill(csv.split('\n').slice(0, 2).join('\n'));
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByRole('button', { name: 'Import all rows' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('1 new');

    await page.goto(`${app.server.url}${new URL(page.url()).pathname.replace('/import', '/audit')}`);
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.locator('table caption').waitFor();
    expect(await page.locator('main').textContent()).toContain('member.import');
    await expectAccessible(page);
    await screenshot(page, 'party-audit');
    await page.close();
  });

  it('answers a member "can I vote, and why?" and hides the member list from them', async () => {
    const page = await signIn('/party/eligibility', 'demo.member@example.org', 390);
    const roll = page.locator('#eligibility-question option', { hasText: 'Branch AGM 2026' });
    await page
      .getByLabel('What do you want to vote in or stand for?')
      .selectOption({ label: (await roll.textContent()) ?? '' });
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: 'Why' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Branch AGM 2026');
    await page
      .getByLabel('What do you want to vote in or stand for?')
      .selectOption({ label: 'Stand for selection as a Westminster candidate' });
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText(/^Stand for selection as a Westminster candidate on /).waitFor();
    expect(await page.locator('.reason-list li').count()).toBeGreaterThan(1);
    await expectAccessible(page);
    await screenshot(page, 'party-eligibility-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto(`${app.server.url}/party`);
    await page.getByRole('link', { name: 'Download my data' }).waitFor();
    const branchLink = page
      .getByRole('heading', { name: 'Where you belong' })
      .locator('..')
      .getByRole('link')
      .first();
    await branchLink.click();
    await page.getByRole('heading', { name: 'Officers' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Members' }).count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain("shown to the unit's officers");
    expect(await page.locator('main').textContent()).not.toContain('@example.org');
    await expectAccessible(page);
    await screenshot(page, 'party-unit-member-phone');
    const list = await page.evaluate(async () => {
      const path = window.location.pathname.replace('/party/units/', '/api/units/');
      return (await fetch(`${path}/members`)).status;
    });
    expect(list).toBe(403);
    await page.close();
  });

  it('lets a branch secretary open a member from the list and check their eligibility with reasons', async () => {
    const page = await signIn('/party', 'demo.branch-secretary@example.org');
    await page.getByRole('link', { name: /^branch secretary of/ }).click();
    await page.locator('table caption', { hasText: 'Members' }).waitFor();
    const first = page.locator('.party-table').last().locator('tbody th a').first();
    const listed = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { name: 'Membership record' }).waitFor();
    const [last = '', firstName = ''] = listed.split(', ');
    expect(await page.locator('h1').textContent()).toBe(`${firstName} ${last}`);
    await page.getByRole('navigation', { name: 'Where this member belongs' }).waitFor();
    const record = (await page.locator('.facts').textContent()) ?? '';
    expect(record).toContain('Membership number');
    expect(record).toContain('Email');
    expect(record).not.toContain('Ethnicity');

    await page.getByLabel('Rule or open roll').selectOption({ label: 'Vote at a branch or CLP meeting' });
    const answered = page.waitForResponse((res) => res.url().includes('/api/eligibility?'));
    await page.getByRole('button', { name: 'Check eligibility' }).click();
    expect((await answered).status()).toBe(200);
    const answer = page.getByRole('status').filter({ hasText: 'Vote at a branch or CLP meeting' });
    await answer.getByRole('heading', { name: /^(Yes: eligible|No: not eligible)$/ }).waitFor();
    expect(await answer.locator('.reason-list li').count()).toBeGreaterThan(1);
    // Status changes and branch moves are for national officers and CLP secretaries, so none are offered here.
    expect(await page.getByRole('heading', { name: 'Change status' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Move to another branch' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'party-member-secretary');
    await page.close();
  });

  it("lets a national officer change a member's status on a phone and see the new status", async () => {
    const page = await signIn('/party', 'demo.national-officer@example.org', 390);
    // A branch outside the demo officers' CLP, so no demo sign-in is suspended.
    const branchId = await page.evaluate(async () => {
      const { units } = (await (await fetch('/api/units')).json()) as {
        units: { id: string; kind: string }[];
      };
      return units.filter((unit) => unit.kind === 'branch').at(-1)?.id ?? '';
    });
    await page.goto(`${app.server.url}/party/units/${branchId}`);
    await page.locator('table caption', { hasText: 'Members' }).waitFor();
    await page
      .locator('.party-table')
      .last()
      .locator('tbody tr', { hasText: 'active' })
      .first()
      .getByRole('link')
      .click();
    await page.getByRole('heading', { name: 'Change status' }).waitFor();
    expect(await page.locator('.lede').textContent()).toContain('· active');

    await page.getByLabel('New status').selectOption('suspended');
    await page.getByLabel('Note (optional)').fill('Suspended pending investigation (e2e)');
    const changed = page.waitForResponse(
      (res) => res.url().endsWith('/status') && res.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Change status' }).click();
    expect((await changed).status()).toBe(200);
    await page.getByText('Status is now suspended.').waitFor();
    expect(await page.locator('.lede').textContent()).toContain('· suspended');
    const history = page.locator('table', { has: page.locator('caption', { hasText: 'Status history' }) });
    expect(await history.locator('tbody tr').last().textContent()).toContain(
      'Suspended pending investigation (e2e)',
    );
    await expectAccessible(page);
    await screenshot(page, 'party-member-status-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('explains a branch move blocked by an open roll, and lets a CLP secretary record an officer', async () => {
    const page = await signIn('/party', 'demo.clp-secretary@example.org');
    await page.getByRole('link', { name: /^CLP secretary of/ }).click();
    await page.getByRole('heading', { name: 'Branches', exact: true }).waitFor();
    const clpPath = new URL(page.url()).pathname;
    await page
      .getByRole('heading', { name: 'Branches', exact: true })
      .locator('..')
      .locator('tbody a')
      .first()
      .click();
    await page.getByRole('heading', { name: 'Freeze a roll' }).waitFor();
    await page.getByLabel('What it is for').fill('Branch selection meeting 2026');
    await page.getByLabel('Who may vote (rule)').selectOption({ label: 'Vote at a branch or CLP meeting' });
    const frozen = page.waitForResponse(
      (res) => res.url().endsWith('/rolls') && res.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Freeze the roll' }).click();
    const roll = (await (await frozen).json()) as { id: string; eligible: number };
    expect(roll.eligible).toBeGreaterThan(0);
    const voter = await page.evaluate(async (rollId) => {
      const detail = (await (await fetch(`/api/rolls/${rollId}`)).json()) as {
        lines: { memberId: string; eligible: boolean }[];
      };
      const memberId = detail.lines.find((line) => line.eligible)?.memberId ?? '';
      return (await (await fetch(`/api/members/${memberId}`)).json()) as {
        id: string;
        firstName: string;
        lastName: string;
      };
    }, roll.id);

    await page.goto(`${app.server.url}/party/members/${voter.id}`);
    await page.getByRole('heading', { name: 'Move to another branch' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Change status' }).count()).toBe(0);
    await page.getByLabel('New branch').selectOption({ index: 1 });
    const moved = page.waitForResponse(
      (res) => res.url().endsWith('/branch') && res.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Move member' }).click();
    expect((await moved).status()).toBe(409);
    const blocked = page.getByRole('alert').filter({ hasText: 'Branch selection meeting 2026' });
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('once the roll closes');
    await expectAccessible(page);
    await page.getByRole('heading', { name: 'Move to another branch' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'party-member-move-blocked');

    await page.goto(`${app.server.url}${clpPath}`);
    await page.getByRole('heading', { name: 'Record an office holder' }).waitFor();
    await page.getByRole('searchbox', { name: /^Find a member/ }).fill(voter.lastName);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByText(/^\d[\d,]* found/).waitFor();
    const option = page.locator('#officer-member option', {
      hasText: `${voter.lastName}, ${voter.firstName}`,
    });
    await page
      .getByLabel('Member', { exact: true })
      .selectOption((await option.first().getAttribute('value')) ?? '');
    await page.getByLabel('Office', { exact: true }).selectOption('treasurer');
    const assigned = page.waitForResponse(
      (res) => res.url().endsWith('/officers') && res.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Record office holder' }).click();
    expect((await assigned).status()).toBe(200);
    const name = `${voter.firstName} ${voter.lastName}`;
    await page.getByText(`${name} is Treasurer from`).waitFor();
    const treasurer = page.locator('.party-table tr', {
      has: page.locator('th', { hasText: /^Treasurer$/ }),
    });
    await expect.poll(async () => await treasurer.textContent()).toContain(name);
    await expectAccessible(page);
    await page.getByRole('heading', { name: 'Officers' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'party-unit-officer-form');
    await page.close();
  });
});

describe('caucus demo reset and caucus members import', () => {
  it('creates the demo, imports all or nothing, and re-imports without changes', () => {
    const dir = freshDataDir();
    const env = { CAUCUS_DATA_DIR: dir };
    try {
      const refused = runCaucus(['demo', 'reset'], env);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('add --yes');
      const reset = runCaucus(['demo', 'reset', '--yes', '--json'], env);
      expect(reset.status, reset.stderr).toBe(0);
      expect((JSON.parse(reset.stdout) as { password: string }).password).toBe(PASSWORD);

      const file = join(dir, 'import.csv');
      const rows = [
        'membership_number,first_name,last_name,email,branch,joined_on,status,paid_up_to',
        'CLI0001,Ann,Cli,ann@example.org,clp-E14001101-b1,2024-01-15,active,2030-12-31',
      ];
      writeFileSync(file, `${rows.join('\n')}\n`);
      const dry = runCaucus(['members', 'import', file, '--unit', 'clp-E14001101', '--dry-run'], env);
      expect(dry.status, dry.stderr).toBe(0);
      expect(dry.stdout).toMatch(/new members: +1/);
      expect(dry.stdout).toContain('Dry run: nothing was changed');
      const applied = runCaucus(['members', 'import', file, '--unit', 'clp-E14001101', '--json'], env);
      expect(JSON.parse(applied.stdout)).toMatchObject({ applied: true, counts: { creates: 1 } });
      const again = runCaucus(['members', 'import', file, '--unit', 'clp-E14001101', '--json'], env);
      expect(JSON.parse(again.stdout)).toMatchObject({ counts: { creates: 0, updates: 0, unchanged: 1 } });

      writeFileSync(
        file,
        `${rows.join('\n')}\nCLI0002,Bad,Row,,clp-E14001101-b1,2024-99-01,active,2030-12-31\n`,
      );
      const bad = runCaucus(['members', 'import', file, '--unit', 'clp-E14001101', '--json'], env);
      expect(bad.status).toBe(1);
      const plan = JSON.parse(bad.stdout) as { applied: boolean; errors: { line: number; column: string }[] };
      expect(plan.applied).toBe(false);
      expect(plan.errors.some((error) => error.line === 3 && error.column === 'joined_on')).toBe(true);
      const unknown = runCaucus(['members', 'import', file, '--unit', 'nope'], env);
      expect(unknown.stderr).toContain('There is no unit "nope"');
    } finally {
      removeDataDir(dir);
    }
  });
});
