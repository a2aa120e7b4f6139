import { expect, test, type Page } from '@playwright/test';
import { registerFreshCompany } from './support/fresh-company';

/**
 * A coordinator opens a case for a company of their municipality, sees only the actions the
 * lifecycle allows, puts the case on hold with a reason, finds the pause in the timeline, and
 * resumes it. Needs the whole system running with demo data. The test registers its own company,
 * so it depends neither on the demo cases nor on other tests.
 */

const PASSWORD = 'techpact-demo';
const COORDINATOR = 'coordinator@demo.techpact.dk';

interface CompanyRow {
  id: string;
  name: string;
  registrationNumber: string;
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('a coordinator opens a case, puts it on hold with a reason and resumes it', async ({
  page,
}) => {
  const reason = `The owner is on parental leave until spring (${Date.now().toString(36)}).`;
  let company: CompanyRow = { id: '', name: '', registrationNumber: '' };

  const actions = page.getByRole('region', { name: 'Actions' });
  const path = page.getByRole('list', { name: 'Path of the case' });
  const currentStep = path.locator('[aria-current="step"]');
  const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');

  await test.step('log in as the coordinator and register a company of their municipality', async () => {
    await logIn(page, COORDINATOR);
    company = await registerFreshCompany(page.request, 'Pause Test');
  });

  await test.step('open a case for the company from the case list', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Cases', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Cases' })).toBeVisible();

    await page.getByRole('button', { name: 'Open a case' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a case' });
    await dialog.getByRole('combobox', { name: 'Company' }).fill(company.registrationNumber);
    await page.getByRole('option', { name: company.name }).click();
    await dialog.getByRole('button', { name: 'Open case' }).click();

    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: company.name })).toBeVisible();
  });

  await test.step('the case is in intake and offers only the allowed actions', async () => {
    await expect(currentStep).toHaveCount(1);
    await expect(currentStep).toContainText('Intake');
    await expect(actions.getByRole('button')).toHaveText([
      'Schedule assessment',
      'Put on hold',
      'Withdraw',
    ]);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect(timeline.first()).toContainText('Case opened');
  });

  await test.step('putting it on hold asks for a reason', async () => {
    await actions.getByRole('button', { name: 'Put on hold' }).click();
    const dialog = page.getByRole('dialog', { name: 'Put on hold' });
    await dialog.getByRole('button', { name: 'Put on hold' }).click();
    await expect(dialog.getByText('Give a reason.')).toBeVisible();

    await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await dialog.getByRole('button', { name: 'Put on hold' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the case shows "On hold" and the pause with its reason in the timeline', async () => {
    await expect(actions.getByRole('status')).toContainText('the case is now On hold');
    await expect(currentStep).toContainText('Intake');
    await expect(currentStep).toContainText('On hold');
    await expect(actions.getByRole('button')).toHaveText(['Resume', 'Withdraw']);

    const pause = timeline.first();
    await expect(pause).toContainText('Put on hold');
    await expect(pause).toContainText('Intake');
    await expect(pause).toContainText('On hold');
    await expect(pause).toContainText(reason);
    await expect(pause).toContainText('(Coordinator)');
  });

  await test.step('resuming brings it back to intake', async () => {
    await actions.getByRole('button', { name: 'Resume' }).click();
    await expect(actions.getByRole('status')).toContainText('the case is now Intake');
    await expect(currentStep).toContainText('Intake');
    await expect(currentStep).not.toContainText('On hold');
    await expect(actions.getByRole('button')).toHaveText([
      'Schedule assessment',
      'Put on hold',
      'Withdraw',
    ]);
    await expect(timeline.first()).toContainText('Resume');
    await expect(timeline).toHaveCount(3);
  });

  await test.step('opening a second case for the company is refused in plain words', async () => {
    await page.getByRole('link', { name: 'All cases' }).click();
    await page.getByRole('button', { name: 'Open a case' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a case' });
    await dialog.getByRole('combobox', { name: 'Company' }).fill(company.registrationNumber);
    await page.getByRole('option', { name: company.name }).click();
    await dialog.getByRole('button', { name: 'Open case' }).click();
    await expect(dialog.getByRole('alert')).toContainText('already has an open case');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the case list finds the case by the company’s CVR number', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill(company.registrationNumber);
    const row = page.getByRole('row', { name: new RegExp(company.registrationNumber) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Intake');
    await expect(page).toHaveURL(new RegExp(`q=${company.registrationNumber}`));
  });
});
