import { expect, test, type Page } from '@playwright/test';

/**
 * A coordinator registers a company: a CVR number with a wrong check digit is refused with a
 * message that says so, the corrected number is accepted and the company page shows the company.
 * Then a two-row CSV with one bad row is previewed: the bad line and its reason are shown and the
 * import stays disabled. Needs the whole system running with demo data; CVR numbers and names are
 * random, so reruns against the same database do not collide.
 */

const PASSWORD = 'techpact-demo';
const COORDINATOR = 'coordinator@demo.techpact.dk';
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A random valid CVR number: 8 digits, no leading zero, weighted sum a multiple of 11. */
function randomCvr(): string {
  for (;;) {
    const digits = [1 + Math.floor(Math.random() * 9)];
    while (digits.length < 7) digits.push(Math.floor(Math.random() * 10));
    const sum = digits.reduce((total, digit, i) => total + digit * CVR_WEIGHTS[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

/** The same number with another last digit: its check digit is wrong (the last weight is 1). */
function withWrongCheckDigit(cvr: string): string {
  const last = Number(cvr[7]);
  return `${cvr.slice(0, 7)}${(last + 1) % 10}`;
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function openCompanies(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Companies', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Companies' })).toBeVisible();
}

/** The first municipality the coordinator serves: companies may be registered only there. */
async function ownMunicipality(page: Page): Promise<string> {
  // As in support/fresh-company.ts: the session cookie may reach the request context late.
  await expect
    .poll(async () => (await page.request.get('/api/auth/me')).status(), { timeout: 10_000 })
    .toBe(200);
  const response = await page.request.get('/api/auth/me');
  expect(response.ok()).toBe(true);
  const me = (await response.json()) as { municipalities: { name: string }[] };
  expect(me.municipalities.length, 'the coordinator serves a municipality').toBeGreaterThan(0);
  return me.municipalities[0].name;
}

test('a coordinator registers a company; a wrong CVR check digit is refused', async ({ page }) => {
  const suffix = Date.now().toString(36);
  const name = `Playwright Maskinfabrik ${suffix} ApS`;
  const cvr = randomCvr();
  let municipality = '';

  await test.step('log in as the coordinator and open the company register', async () => {
    await logIn(page, COORDINATOR);
    municipality = await ownMunicipality(page);
    await openCompanies(page);
  });

  const dialog = page.getByRole('dialog', { name: 'Register a company' });
  const registration = dialog.getByRole('textbox', { name: 'CVR / registration number' });

  await test.step('a CVR number with a wrong check digit is refused with a message', async () => {
    await page.getByRole('button', { name: 'Register a company' }).click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await registration.fill(withWrongCheckDigit(cvr));
    await dialog.getByRole('combobox', { name: 'Municipality' }).click();
    await page.getByRole('option', { name: municipality, exact: true }).click();
    await dialog.getByRole('spinbutton', { name: 'Employees' }).fill('42');
    await dialog.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(dialog.getByText('This CVR number has a wrong check digit.')).toBeVisible();
    await expect(registration).toHaveAttribute('aria-invalid', 'true');
  });

  await test.step('the corrected number is accepted and the company page shows it', async () => {
    await registration.fill(cvr);
    await expect(dialog.getByText('This CVR number has a wrong check digit.')).toBeHidden();
    await dialog.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/companies\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText(`DK ${cvr}`)).toBeVisible();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('Small (10–49)')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cases' })).toContainText('no cases yet');
  });
});

test('a CSV preview with one bad row shows the line and reason; Import stays disabled', async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const good = randomCvr();
  const bad = withWrongCheckDigit(randomCvr());
  let municipality = '';

  await test.step('log in as the coordinator and open the import page', async () => {
    await logIn(page, COORDINATOR);
    municipality = await ownMunicipality(page);
    await openCompanies(page);
    await page.getByRole('link', { name: 'Import from CSV' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import companies' })).toBeVisible();
  });

  await test.step('paste a two-row file whose second row has a wrong CVR number', async () => {
    const csv = [
      'name,cvr,municipality,employees',
      `CSV Good ${suffix} ApS,${good},${municipality},12`,
      `CSV Bad ${suffix} ApS,${bad},${municipality},7`,
    ].join('\n');
    await page.getByRole('textbox', { name: 'CSV' }).fill(csv);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
  });

  await test.step('the preview shows the bad line and why, and Import is disabled', async () => {
    await expect(page.getByRole('list', { name: 'Summary' })).toContainText('To create: 1');
    await expect(page.getByRole('list', { name: 'Summary' })).toContainText('Rejected: 1');
    const table = page.getByRole('table', { name: 'Preview' });
    const goodRow = table.getByRole('row').filter({ hasText: `CSV Good ${suffix}` });
    await expect(goodRow.getByRole('rowheader')).toHaveText('2');
    await expect(goodRow).toContainText('Create');
    const badRow = table.getByRole('row').filter({ hasText: `CSV Bad ${suffix}` });
    await expect(badRow.getByRole('rowheader')).toHaveText('3');
    await expect(badRow).toContainText('Reject');
    await expect(badRow).toContainText('wrong check digit');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await expect(page.getByText('Fix or remove the rejected rows')).toBeVisible();
  });
});
