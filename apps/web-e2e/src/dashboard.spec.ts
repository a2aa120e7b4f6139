import { expect, test, type APIResponse, type Page, type Response } from '@playwright/test';
import {
  type CaseSummary,
  type DashboardResponse,
  type FunderReport,
  type FunnelStage,
  type Page as ResultPage,
} from '@techpact/contracts';
import { Workbook } from 'exceljs';

/**
 * The demo coordinator opens the dashboard, sees the charts, follows a number of the funnel to the
 * case list filtered the same way, and downloads the funder report as XLSX, whose figures the test
 * reads and compares with the report's JSON. Needs the whole system running with demo data; it
 * changes nothing.
 */

const PASSWORD = 'techpact-demo';
const COORDINATOR = 'coordinator@demo.techpact.dk';
const PAGE_SIZE = 25;

/** The funnel's labels as the English UI writes them. */
const STAGE_LABELS: Record<FunnelStage, string> = {
  intake: 'Intake',
  assessment: 'Assessment',
  agreement: 'Agreement',
  implementation: 'Implementation',
  completion: 'Completion',
  completed: 'Completed',
  onHold: 'On hold',
  withdrawn: 'Withdrawn',
};

async function json<T>(response: APIResponse | Response, what: string): Promise<T> {
  expect(response.ok(), `${what} answers ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

async function logIn(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(COORDINATOR);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the coordinator follows a dashboard number to its cases and reads the funder report', async ({
  page,
}) => {
  let dashboard: DashboardResponse | null = null;

  await test.step('log in and see the charts of the dashboard', async () => {
    const answer = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/dashboard',
    );
    await logIn(page);
    dashboard = await json<DashboardResponse>(await answer, 'GET /api/dashboard');
    for (const name of [
      'Cases per state',
      'Agreements and activities against targets',
      'Approved hours against budget',
      'Results against targets',
      'Average days per stage',
    ]) {
      await expect(page.getByRole('list', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('region', { name: 'Needs attention' })).toBeVisible();
    const signed = page
      .getByRole('list', { name: 'Agreements and activities against targets' })
      .getByRole('link', { name: /^Agreements signed: / });
    await expect(signed).toHaveText(String(dashboard.agreementsSigned.value));
  });

  await test.step('the table alternative holds the same numbers', async () => {
    const funnel = page.getByRole('region', { name: 'Cases per state' });
    await funnel.getByRole('button', { name: /^Show as table/ }).click();
    const table = funnel.getByRole('table', { name: 'Cases per state' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount((dashboard?.funnel.length ?? 0) + 1);
  });

  await test.step('click a number of the funnel and land on the filtered case list', async () => {
    // The fullest stage that fits on one page of the list, so that every row can be compared.
    const steps = (dashboard?.funnel ?? []).filter((s) => s.count > 0 && s.count <= PAGE_SIZE);
    steps.sort((a, b) => b.count - a.count);
    const step = steps[0];
    expect(step, 'the demo data has a stage with cases').toBeTruthy();
    if (!step) return;

    const label = STAGE_LABELS[step.state];
    await page
      .getByRole('list', { name: 'Cases per state' })
      .getByRole('link', { name: `${label}: ${step.count}, show the cases` })
      .click();

    await expect(page).toHaveURL(/\/cases\?/);
    const address = new URL(page.url());
    for (const [name, value] of Object.entries(step.cases)) {
      expect(address.searchParams.get(name), `the address carries ${name}`).toBe(value);
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    await expect(page.getByText(/^Also filtered by: /)).toContainText(`stage ${label}`);

    const expected = await json<ResultPage<CaseSummary>>(
      await page.request.get('/api/cases', {
        params: { ...step.cases, sort: 'updatedAt', order: 'desc', limit: PAGE_SIZE },
      }),
      'GET /api/cases with the link of the number',
    );
    expect(expected.total).toBe(step.count);
    const rows = page.getByRole('table', { name: 'Cases' }).locator('tbody tr');
    await expect(rows).toHaveCount(step.count);
    const companies = await rows.locator('td:first-child a').allTextContents();
    expect(companies.map((name) => name.trim())).toEqual(
      expected.items.map((item) => item.company.name),
    );
  });

  await test.step('download the funder report as XLSX and read it', async () => {
    // The figures the page shows (for its default period), to compare the file with.
    const answer = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/reports/funder',
    );
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Reports', exact: true })
      .click();
    const report = await json<FunderReport>(await answer, 'GET /api/reports/funder');
    await expect(page.getByRole('heading', { level: 1, name: 'Funder report' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Indicators' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download XLSX' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();

    const workbook = new Workbook();
    await workbook.xlsx.readFile(await file.path());
    const sheet = workbook.getWorksheet('Indicators');
    expect(sheet, 'the workbook has the Indicators sheet').toBeTruthy();
    const values = new Map<string, unknown>();
    sheet?.eachRow((row) => {
      const code = row.getCell(1).value;
      if (typeof code === 'string') values.set(code, row.getCell(3).value);
    });
    expect(report.indicators.map((indicator) => indicator.code)).toEqual([
      'RCO01',
      'RCO02',
      'RCR01',
      'RCR02',
    ]);
    for (const indicator of report.indicators) {
      expect(values.get(indicator.code), `${indicator.code} in the XLSX`).toBe(indicator.value);
    }
  });
});
