import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Locator,
  type Page,
} from '@playwright/test';

/**
 * The expert logs a week of hours in the weekly grid with the keyboard alone (Tab between cells,
 * typing "1,5", "2", "1:30"…), submits the week; the coordinator approves the hours in
 * /approvals; back in the grid the approved hours are read-only for the expert.
 *
 * Activities come from agreements in force, which this test cannot create on its own yet, so it
 * uses the demo expert's seeded activities and a past week in which nobody logged anything (the
 * seed logs hours for the last four months only) and whose months are not locked.
 */

const PASSWORD = 'techpact-demo';
const EXPERT = 'expert@demo.techpact.dk';
const COORDINATOR = 'coordinator@demo.techpact.dk';
const ADMIN = 'admin@demo.techpact.dk';

/** Monday to Friday of the first row, typed the ways people type hours. */
const TYPED = ['1,5', '2', '1:30', '3', '0.75'];
const SHOWN = ['1.5', '2', '1.5', '3', '0.75'];
const ROW_TOTAL = '8.75';

interface WeekRow {
  activity: {
    id: string;
    title: string;
    caseId: string;
    company: { name: string };
    status: string;
  };
  cells: (object | null)[];
}

interface Week {
  user: { name: string };
  days: string[];
  rows: WeekRow[];
  lockedMonths: string[];
}

interface Plan {
  week: string;
  days: string[];
  expertName: string;
  row: WeekRow['activity'];
  approver: string;
}

let plan: Plan | null = null;

async function ok(response: APIResponse, what: string): Promise<APIResponse> {
  expect(response.ok(), `${what} answers ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return response;
}

async function signedIn(
  newContext: (options: { baseURL?: string }) => Promise<APIRequestContext>,
  baseURL: string | undefined,
  email: string,
): Promise<APIRequestContext> {
  const request = await newContext({ baseURL });
  await request.get('/api/health');
  const { cookies } = await request.storageState();
  const xsrf = decodeURIComponent(cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '');
  await ok(
    await request.post('/api/auth/login', {
      data: { email, password: PASSWORD },
      headers: { 'X-XSRF-TOKEN': xsrf },
    }),
    `log in as ${email}`,
  );
  return request;
}

/** ISO week (`2026-W25`) of a UTC day. */
function isoWeek(day: Date): string {
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const firstThursday = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - firstThursday) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function monthLabel(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The grid's row of an activity (the activity list below the grid names it too). */
/** The grid row of one activity: by title and company, as two cases may share an upgrade title. */
function gridRow(page: Page, activity: { title: string; company: { name: string } }): Locator {
  return page.getByRole('table', { name: 'Hours per activity and day' }).getByRole('row', {
    name: new RegExp(
      `${escapeRegExp(activity.title)}[\\s\\S]*${escapeRegExp(activity.company.name)}`,
    ),
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const newContext = (options: { baseURL?: string }): Promise<APIRequestContext> =>
    playwright.request.newContext(options);
  const expert = await signedIn(newContext, baseURL, EXPERT);
  const coordinator = await signedIn(newContext, baseURL, COORDINATOR);
  const coordinatorSees = new Map<string, boolean>();
  try {
    // Twenty weeks back is before the seed's first hours; go further back if needed.
    const today = new Date();
    const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    for (let back = 20; back <= 60 && !plan; back++) {
      const week = isoWeek(new Date(midnight - back * 7 * 86_400_000));
      const answer = await ok(
        await expert.get(`/api/timesheets/week?week=${week}`),
        `GET the week ${week}`,
      );
      const sheet = (await answer.json()) as Week;
      if (sheet.lockedMonths.length > 0) continue;
      if (sheet.rows.some((row) => row.cells.some((cell) => cell !== null))) continue;
      const open = sheet.rows.filter((row) =>
        ['planned', 'in_progress'].includes(row.activity.status),
      );
      let chosen: { row: WeekRow; approver: string } | null = null;
      for (const row of open) {
        const caseId = row.activity.caseId;
        if (!coordinatorSees.has(caseId)) {
          coordinatorSees.set(caseId, (await coordinator.get(`/api/cases/${caseId}`)).ok());
        }
        if (coordinatorSees.get(caseId)) {
          chosen = { row, approver: COORDINATOR };
          break;
        }
      }
      // No case of the demo coordinator's municipality: the admin approves instead.
      chosen ??= open[0] ? { row: open[0], approver: ADMIN } : null;
      if (chosen) {
        plan = {
          week,
          days: sheet.days,
          expertName: sheet.user.name,
          row: chosen.row.activity,
          approver: chosen.approver,
        };
      }
    }
    expect(
      plan,
      `the demo expert ${EXPERT} has an open activity and an empty past week`,
    ).toBeTruthy();
  } finally {
    await expert.dispose();
    await coordinator.dispose();
  }
});

test('the expert logs a week by keyboard, submits it, and approved hours become read-only', async ({
  page,
  browser,
}) => {
  if (!plan) throw new Error('no week to log');
  const { week, days, row, expertName, approver } = plan;
  const rowCells = gridRow(page, row).getByRole('textbox');

  await test.step('log in as the expert and open the week', async () => {
    await logIn(page, EXPERT);
    await page.goto(`/hours?week=${week}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Hours' })).toBeVisible();
    await expect(rowCells).toHaveCount(7);
    for (const cell of await rowCells.all()) {
      await expect(cell).toHaveValue('');
      await expect(cell).not.toHaveAttribute('readonly');
    }
  });

  await test.step('type Monday to Friday, moving with Tab only', async () => {
    await rowCells.first().focus();
    for (const [i, text] of TYPED.entries()) {
      await expect(rowCells.nth(i)).toBeFocused();
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    await expect(rowCells.nth(5)).toBeFocused();
    for (const [i, shown] of SHOWN.entries()) {
      await expect(rowCells.nth(i)).toHaveValue(shown);
    }
    // Totals add up saved hours only: the row total is complete once every cell is saved.
    await expect(gridRow(page, row).getByRole('cell').last()).toHaveText(ROW_TOTAL);
    await expect(page.getByText('All changes saved')).toBeVisible();
  });

  await test.step('submit the week with the keyboard', async () => {
    const submit = page.getByRole('button', { name: 'Submit week' });
    await expect(submit).toBeEnabled();
    await submit.focus();
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'The week was submitted for approval. Entries submitted: 5.' }),
    ).toBeVisible();
    await expect(rowCells.first()).toHaveAttribute('readonly');
    await expect(page.getByText('Submitted', { exact: true })).toHaveCount(5);
  });

  await test.step('the coordinator approves the submitted hours', async () => {
    const context = await browser.newContext();
    const other = await context.newPage();
    try {
      await logIn(other, approver);
      await other.goto('/approvals');
      await expect(other.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
      // A week can span two months: one group per month.
      const months = [...new Set(days.slice(0, 5).map(monthLabel))];
      for (const month of months) {
        const group = `${row.company.name}, ${expertName}, ${month}`;
        await other.getByRole('button', { name: `Approve all hours of ${group}` }).click();
        await expect(
          other.getByRole('status').filter({ hasText: 'entries approved' }),
        ).toBeVisible();
        await expect(
          other.getByRole('button', { name: `Approve all hours of ${group}` }),
        ).toBeHidden();
      }
    } finally {
      await context.close();
    }
  });

  await test.step('the approved hours are read-only for the expert', async () => {
    await page.reload();
    await expect(rowCells).toHaveCount(7);
    for (const [i, shown] of SHOWN.entries()) {
      await expect(rowCells.nth(i)).toHaveValue(shown);
      await expect(rowCells.nth(i)).toHaveAttribute('readonly');
    }
    await expect(page.getByText('Approved', { exact: true })).toHaveCount(5);
    await rowCells.first().focus();
    await page.keyboard.type('9');
    await page.keyboard.press('Tab');
    await expect(rowCells.first()).toHaveValue(SHOWN[0]);
  });
});
