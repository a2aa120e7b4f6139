import { readFile } from 'node:fs/promises';
import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from '@playwright/test';
import { registerFreshCompany } from './support/fresh-company';

/**
 * The coordinator builds an agreement with two upgrades and sends it; the company's contact opens
 * the link from the e-mail in the development mailbox and signs without an account; the
 * coordinator countersigns; the case is in implementation and the signed PDF downloads. The case
 * is brought to agreement drafting through the API for a company the test registers itself.
 */

const PASSWORD = 'techpact-demo';
const ADMIN = 'admin@demo.techpact.dk';
const COORDINATOR = 'coordinator@demo.techpact.dk';
const EXPERT = 'expert@demo.techpact.dk';

interface CaseRow {
  id: string;
  version: number;
  state: string;
}

async function signedIn(
  newContext: (options: { baseURL?: string }) => Promise<APIRequestContext>,
  baseURL: string | undefined,
  email: string,
): Promise<APIRequestContext> {
  const request = await newContext({ baseURL });
  await ok(await request.get('/api/health'), 'GET /api/health');
  await send(request, 'POST', '/api/auth/login', { email, password: PASSWORD });
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

async function send<T>(
  request: APIRequestContext,
  method: 'POST' | 'PUT',
  url: string,
  data: object,
): Promise<T> {
  const response = await request.fetch(url, {
    method,
    data,
    headers: { 'X-XSRF-TOKEN': await xsrf(request) },
  });
  return (await (await ok(response, `${method} ${url}`)).json()) as T;
}

async function get<T>(request: APIRequestContext, url: string): Promise<T> {
  return (await (await ok(await request.get(url), `GET ${url}`)).json()) as T;
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const suffix = Date.now().toString(36);
const signer = { name: `Signe Sørensen ${suffix}`, email: `signer-${suffix}@example.test` };
let caseId = '';
let expertName = '';

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const newContext = (options: { baseURL?: string }): Promise<APIRequestContext> =>
    playwright.request.newContext(options);
  const coordinator = await signedIn(newContext, baseURL, COORDINATOR);
  const expert = await signedIn(newContext, baseURL, EXPERT);
  try {
    const company = await registerFreshCompany(coordinator, 'Agreement Test');
    // The person who signs for the company: a contact with an e-mail, no account needed.
    await send(coordinator, 'POST', `/api/companies/${company.id}/contacts`, {
      name: signer.name,
      email: signer.email,
      role: 'Managing director',
    });

    const experts = await get<{ items: { id: string; email: string; name: string }[] }>(
      coordinator,
      '/api/users?role=expert&limit=200',
    );
    const assigned = experts.items.find((user) => user.email === EXPERT);
    expect(assigned, `${EXPERT} is an expert of the programme`).toBeTruthy();
    expertName = assigned?.name ?? '';

    const opened = await send<CaseRow>(coordinator, 'POST', '/api/cases', {
      companyId: company.id,
    });
    caseId = opened.id;
    const scheduled = await send<CaseRow>(coordinator, 'POST', `/api/cases/${caseId}/events`, {
      type: 'SCHEDULE_ASSESSMENT',
      expectedVersion: opened.version,
      expertId: assigned?.id,
      date: new Date().toISOString().slice(0, 10),
    });
    const started = await send<CaseRow>(expert, 'POST', `/api/cases/${caseId}/events`, {
      type: 'START_ASSESSMENT',
      expectedVersion: scheduled.version,
    });

    const t0 = await get<{ dimensions: { id: string }[] }>(
      expert,
      `/api/cases/${caseId}/assessments/t0`,
    );
    await send(expert, 'PUT', `/api/cases/${caseId}/assessments/t0`, {
      summary: 'Baseline for the agreement test.',
      scores: t0.dimensions.map((dimension, i) => ({
        dimensionId: dimension.id,
        score: (i % 4) + 1,
        notes: '',
      })),
    });
    const submitted = await send<CaseRow>(expert, 'POST', `/api/cases/${caseId}/events`, {
      type: 'SUBMIT_ASSESSMENT',
      expectedVersion: started.version,
    });
    expect(submitted.state).toBe('agreement.drafting');
  } finally {
    await coordinator.dispose();
    await expert.dispose();
  }
});

/** The signing link of the newest e-mail to `to`, read as admin from the development mailbox. */
async function signingLinkFor(admin: APIRequestContext, to: string): Promise<string> {
  let link = '';
  await expect(async () => {
    const mails = await get<{ to: string; text: string }[]>(admin, '/api/dev/mailbox?limit=200');
    const mail = mails.find((m) => m.to.includes(to) && /\/sign\/[\w-]+/.test(m.text));
    expect(mail, `an e-mail with a signing link to ${to}`).toBeTruthy();
    link = /\/sign\/[\w-]+/.exec(mail?.text ?? '')?.[0] ?? '';
  }).toPass({ timeout: 30_000 });
  return link;
}

async function addUpgrade(
  page: Page,
  upgrade: { title: string; category: string; hours: string; date: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Add upgrade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an upgrade' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(upgrade.title);
  await dialog.getByRole('textbox', { name: 'Category' }).fill(upgrade.category);
  await dialog.getByRole('combobox', { name: 'Responsible expert' }).click();
  await page.getByRole('option', { name: expertName }).click();
  await dialog.getByRole('spinbutton', { name: 'Planned hours' }).fill(upgrade.hours);
  await dialog.getByLabel('Target date').fill(upgrade.date);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(upgrade.title) })).toBeVisible();
}

test('an agreement is drafted, signed by link, countersigned and its signed PDF downloads', async ({
  page,
  browser,
  playwright,
}, testInfo) => {
  test.setTimeout(180_000);
  const actions = page.getByRole('region', { name: 'Agreement actions' });
  const versions = page.getByRole('table', { name: 'Versions of the agreement' });
  let link = '';

  await test.step('the coordinator opens the agreement from the case page', async () => {
    await logIn(page, COORDINATOR);
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('tab', { name: 'Agreement' }).click();
    await page.getByRole('link', { name: 'Open the agreement page' }).click();
    await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/agreement$`));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Technology agreement' }),
    ).toBeVisible();
  });

  await test.step('writes the text and saves the draft', async () => {
    await page.getByRole('textbox', { name: 'Title' }).fill('Automation and shop-floor data');
    await page.getByRole('textbox', { name: 'Summary' }).fill('Two upgrades to cut scrap.');
    await page
      .getByRole('textbox', { name: 'The company’s goals' })
      .fill('Less scrap, faster quotes.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByText('Draft saved.')).toBeVisible();
  });

  await test.step('adds two upgrades and sees the hours against the budget', async () => {
    await addUpgrade(page, {
      title: 'Robot welding cell',
      category: 'Automation',
      hours: '40',
      date: '2027-03-01',
    });
    await addUpgrade(page, {
      title: 'Shop-floor data capture',
      category: 'Data',
      hours: '25.5',
      date: '2027-05-15',
    });
    const budget = page.getByRole('region', { name: 'Planned hours' });
    await expect(budget).toContainText(/65\.5 of [\d.]+ hours planned/);
    await expect(budget.getByRole('row', { name: new RegExp(expertName) })).toContainText('65.5');
  });

  await test.step('names the signer and sends the agreement', async () => {
    await page.getByRole('checkbox', { name: new RegExp(signer.name) }).check();
    await expect(page.getByText('Signers saved.')).toBeVisible();
    await page.getByRole('button', { name: 'Send for signature' }).click();
    // Sending renders the PDF and its hash.
    await expect(actions.getByRole('status')).toContainText('“Send for signature” done.', {
      timeout: 30_000,
    });
    await expect(versions.locator('tbody tr').first()).toContainText('Sent for signature');
  });

  await test.step('the signing link arrives in the development mailbox', async () => {
    const admin = await signedIn(
      (options) => playwright.request.newContext(options),
      testInfo.project.use.baseURL,
      ADMIN,
    );
    try {
      link = await signingLinkFor(admin, signer.email);
    } finally {
      await admin.dispose();
    }
  });

  await test.step('the signer opens the link without an account and signs', async () => {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    try {
      const signing = await context.newPage();
      await signing.goto(link);
      // The page opens in the signer's language (Danish, loaded on demand); the signer may switch.
      await expect(
        signing.getByRole('heading', { level: 1, name: 'Underskriv teknologiaftalen' }),
      ).toBeVisible();
      await signing.getByRole('radio', { name: 'English' }).click();
      await expect(
        signing.getByRole('heading', { level: 1, name: 'Sign the technology agreement' }),
      ).toBeVisible();
      await expect(signing.getByRole('heading', { name: 'Robot welding cell' })).toBeVisible();
      await expect(signing.getByRole('heading', { name: 'Shop-floor data capture' })).toBeVisible();
      await expect(signing.getByTestId('document-hash')).toHaveText(/^[0-9a-f]{64}$/);
      await signing.getByRole('checkbox', { name: /I have read the agreement/ }).check();
      await signing.getByRole('textbox', { name: 'Your full name' }).fill(signer.name);
      await signing.getByRole('button', { name: 'Sign', exact: true }).click();
      // Signing records evidence and moves the case: give a busy machine time, and show a refusal.
      const thanks = signing.getByRole('heading', { name: 'Thank you' });
      const refusal = signing.getByRole('alert').filter({ hasText: /\S/ });
      await expect(thanks.or(refusal)).toBeVisible({ timeout: 30_000 });
      await expect(refusal).toHaveCount(0);
      await expect(thanks).toBeVisible();

      await signing.goto(link);
      await expect(
        signing.getByRole('heading', { name: 'This link has already been used' }),
      ).toBeVisible();
    } finally {
      await context.close();
    }
  });

  await test.step('the coordinator countersigns', async () => {
    await page.reload();
    await actions.getByRole('button', { name: 'Countersign' }).click();
    // Countersigning makes the final, PAdES-signed PDF: it may take a while.
    await expect(actions.getByRole('status')).toContainText('“Countersign” done.', {
      timeout: 30_000,
    });
    await expect(versions.locator('tbody tr').first()).toContainText('In force');
  });

  await test.step('the case is in implementation', async () => {
    await page.getByRole('link', { name: 'Back to the case' }).click();
    const path = page.getByRole('list', { name: 'Path of the case' });
    await expect(path.locator('[aria-current="step"]')).toContainText('Implementation');
    await page.getByRole('tab', { name: 'Agreement' }).click();
    await expect(
      page
        .getByRole('table', { name: 'Versions of the agreement, newest first' })
        .locator('tbody tr'),
    ).toContainText(['In force']);
  });

  await test.step('the signed PDF downloads', async () => {
    await page.goto(`/cases/${caseId}/agreement`);
    const signedPdf = page.getByRole('link', { name: 'Signed agreement (PDF)' });
    // The final PDF may be made a moment after the countersignature.
    await expect(async () => {
      await page.reload();
      await expect(signedPdf).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), signedPdf.click()]);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });
});
