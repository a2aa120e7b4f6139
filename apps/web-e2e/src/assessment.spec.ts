import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from '@playwright/test';
import { registerFreshCompany } from './support/fresh-company';

/**
 * The expert fills the baseline assessment of an assigned case with the keyboard, submits it, and
 * the case moves on to the agreement stage with the radar chart of the scores on its page. The
 * case is opened, scheduled and started through the API for a company the test registers itself,
 * so it depends neither on the demo cases nor on other tests.
 */

const PASSWORD = 'techpact-demo';
const COORDINATOR = 'coordinator@demo.techpact.dk';
const EXPERT = 'expert@demo.techpact.dk';

interface CaseRow {
  id: string;
  version: number;
  state: string;
}

/** An API client that signs in and sends the CSRF token the way the web app does. */
async function signedIn(
  newContext: (options: { baseURL?: string }) => Promise<APIRequestContext>,
  baseURL: string | undefined,
  email: string,
): Promise<APIRequestContext> {
  const request = await newContext({ baseURL });
  await ok(await request.get('/api/health'), 'GET /api/health');
  await post(request, '/api/auth/login', { email, password: PASSWORD });
  return request;
}

async function xsrf(request: APIRequestContext): Promise<string> {
  const { cookies } = await request.storageState();
  const token = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  expect(token, 'an XSRF-TOKEN cookie').toBeTruthy();
  return decodeURIComponent(token ?? '');
}

async function ok(response: APIResponse, what: string): Promise<APIResponse> {
  expect(response.ok(), `${what} answers ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return response;
}

async function post<T>(request: APIRequestContext, url: string, data: object): Promise<T> {
  const response = await request.post(url, {
    data,
    headers: { 'X-XSRF-TOKEN': await xsrf(request) },
  });
  return (await (await ok(response, `POST ${url}`)).json()) as T;
}

async function items<T>(request: APIRequestContext, url: string): Promise<T[]> {
  const response = await ok(await request.get(url), `GET ${url}`);
  return ((await response.json()) as { items: T[] }).items;
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

let caseId = '';
let companyName = '';

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const newContext = (options: { baseURL?: string }): Promise<APIRequestContext> =>
    playwright.request.newContext(options);
  const coordinator = await signedIn(newContext, baseURL, COORDINATOR);
  const expert = await signedIn(newContext, baseURL, EXPERT);
  try {
    // Its own company: no other test competes for it.
    const company = await registerFreshCompany(coordinator, 'Assessment Test');
    companyName = company.name;

    const experts = await items<{ id: string; email: string }>(
      coordinator,
      '/api/users?role=expert&limit=200',
    );
    const expertId = experts.find((user) => user.email === EXPERT)?.id;
    expect(expertId, `${EXPERT} is an expert of the programme`).toBeTruthy();

    const opened = await post<CaseRow>(coordinator, '/api/cases', { companyId: company.id });
    caseId = opened.id;
    const scheduled = await post<CaseRow>(coordinator, `/api/cases/${caseId}/events`, {
      type: 'SCHEDULE_ASSESSMENT',
      expectedVersion: opened.version,
      expertId,
      date: new Date().toISOString().slice(0, 10),
    });
    const started = await post<CaseRow>(expert, `/api/cases/${caseId}/events`, {
      type: 'START_ASSESSMENT',
      expectedVersion: scheduled.version,
    });
    expect(started.state).toBe('assessment.inProgress');
  } finally {
    await coordinator.dispose();
    await expert.dispose();
  }
});

test('the expert fills the assessment with the keyboard, submits it and sees the radar', async ({
  page,
}) => {
  // Six dimensions typed key by key, then submit and the radar: slower than a minute when busy.
  test.setTimeout(180_000);
  const path = page.getByRole('list', { name: 'Path of the case' });
  const currentStep = path.locator('[aria-current="step"]');
  const dimensions: string[] = [];

  await test.step('log in as the expert and open the assigned case', async () => {
    await logIn(page, EXPERT);
    await page.goto(`/cases/${caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
    await expect(currentStep).toContainText('Assessment');
  });

  await test.step('go to the baseline assessment', async () => {
    await page.getByRole('tab', { name: 'Assessment' }).click();
    await page.getByRole('link', { name: 'Open the baseline assessment (T0)' }).click();
    await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/assessment/t0$`));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Technology assessment' }),
    ).toBeVisible();
    const missing = page.getByRole('region', { name: 'Missing scores' });
    await expect(missing.getByRole('listitem')).toHaveCount(6);
    for (const name of await missing.getByRole('listitem').allTextContents()) {
      dimensions.push(name.trim());
    }
  });

  await test.step('score every dimension with the arrow keys and write a note', async () => {
    for (const [i, name] of dimensions.entries()) {
      const level = (i % 5) + 1;
      const group = page.getByRole('radiogroup', { name: `Score for ${name}` });
      // Into the group, then only the keyboard: each arrow key chooses the next level.
      await group.getByRole('radio').first().focus();
      for (let step = 0; step < level; step++) {
        await page.keyboard.press('ArrowRight');
      }
      await expect(
        group.getByRole('radio', { name: new RegExp(`^Level ${level}:`) }),
      ).toBeChecked();
      await page.keyboard.press('Tab');
      const notes = page.getByRole('textbox', { name: `Notes on ${name}` });
      await expect(notes).toBeFocused();
      await page.keyboard.type(`Observed on site: level ${level} for ${name}.`);
    }
    await expect(
      page
        .getByRole('region', { name: 'Missing scores' })
        .getByText('Every dimension has a score.'),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
  });

  await test.step('submit it: the case moves to the agreement stage', async () => {
    await page.getByRole('button', { name: 'Submit assessment' }).click();
    await expect(page).toHaveURL(new RegExp(`/cases/${caseId}$`));
    await expect(currentStep).toContainText('Agreement');
  });

  await test.step('the case shows the radar chart and its table', async () => {
    await page.getByRole('tab', { name: 'Assessment' }).click();
    const section = page.getByRole('region', { name: 'Technology assessment' });
    await expect(section).toContainText('Baseline (T0): Submitted');
    await expect(
      section.getByRole('img', { name: 'Radar chart of the scores per dimension' }),
    ).toBeVisible();
    await expect(section.locator('canvas')).toBeVisible();
    await section.getByRole('button', { name: 'Show as table' }).click();
    const table = section.getByRole('table', { name: 'Scores per dimension' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(dimensions.length + 1);
    await expect(table.getByRole('row', { name: new RegExp(dimensions[0]) })).toContainText('1');
    await expect(section.getByRole('heading', { name: 'Suggested upgrades' })).toBeVisible();
  });
});
