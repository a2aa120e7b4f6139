import { expect, test, type Page } from '@playwright/test';

/**
 * Logging in through the login page with each demo role, the navigation each role gets, logging
 * out, and switching the UI language. Needs the whole system running with demo data.
 */

const PASSWORD = 'techpact-demo';

type DemoRole = 'admin' | 'coordinator' | 'expert' | 'sme';

const NAVIGATION: Record<DemoRole, { startPath: string; items: string[] }> = {
  admin: {
    startPath: '/dashboard',
    items: ['Dashboard', 'Cases', 'Companies', 'Programmes', 'Municipalities', 'Users', 'Mailbox'],
  },
  coordinator: {
    startPath: '/dashboard',
    items: ['Dashboard', 'Cases', 'Companies', 'Approvals', 'Mailbox'],
  },
  expert: { startPath: '/my-work', items: ['My work', 'My assessments', 'Cases', 'Hours'] },
  sme: { startPath: '/my-case', items: ['My case', 'Hours'] },
};

const ALL_ITEMS = [...new Set(Object.values(NAVIGATION).flatMap((role) => role.items))];

function emailOf(role: DemoRole): string {
  return `${role}@demo.techpact.dk`;
}

function mainNavigation(page: Page, name = 'Main navigation') {
  return page.getByRole('navigation', { name });
}

async function logIn(page: Page, role: DemoRole, email = emailOf(role)): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in to TechPact' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  // The start page is a lazy chunk that loads its data first: allow a busy machine its time.
  await expect(page).toHaveURL(new RegExp(`${NAVIGATION[role].startPath}$`), { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Waits until the language choice is saved on the signed-in person's profile. */
function languageSaved(page: Page) {
  return page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/auth/me') &&
      response.request().method() === 'PATCH' &&
      response.ok(),
  );
}

// The language test saves a language on a demo user's profile (one no other test logs in as) and
// restores it; keep this file's tests in order all the same.
test.describe.configure({ mode: 'serial' });

test.describe('login and navigation by role', () => {
  for (const role of Object.keys(NAVIGATION) as DemoRole[]) {
    test(`${role} logs in, sees their navigation and logs out`, async ({ page }) => {
      const { items } = NAVIGATION[role];

      await test.step('log in through the login page', async () => {
        await logIn(page, role);
      });

      await test.step('see exactly the navigation of the role', async () => {
        const nav = mainNavigation(page);
        await expect(nav).toBeVisible();
        for (const item of items) {
          await expect(nav.getByRole('link', { name: item, exact: true })).toBeVisible();
        }
        for (const item of ALL_ITEMS.filter((name) => !items.includes(name))) {
          await expect(nav.getByRole('link', { name: item, exact: true })).toHaveCount(0);
        }
      });

      await test.step('log out from the user menu', async () => {
        await page.getByRole('button', { name: /^Account menu for / }).click();
        await page.getByRole('menuitem', { name: 'Log out' }).click();
        await expect(page).toHaveURL(/\/login$/);
        await expect(page.getByRole('heading', { name: 'Log in to TechPact' })).toBeVisible();
        await expect(page.getByRole('navigation')).toHaveCount(0);
      });

      await test.step('a protected page now asks for login again', async () => {
        await page.goto(NAVIGATION[role].startPath);
        await expect(page).toHaveURL(/\/login\?returnUrl=/);
      });
    });
  }

  test('a wrong password is explained and the email is kept', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(emailOf('coordinator'));
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toContainText('The email or password is not right.');
    await expect(page.getByLabel('Email')).toHaveValue(emailOf('coordinator'));
  });
});

test.describe('language', () => {
  test('switching to Danish shows Danish navigation and survives a reload', async ({ page }) => {
    await test.step('log in as an expert whose language is English', async () => {
      await logIn(page, 'expert', 'data.expert@demo.techpact.dk');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });

    try {
      await test.step('switch to Danish', async () => {
        const saved = languageSaved(page);
        await page.getByRole('radio', { name: 'Dansk' }).click();
        await saved;
        const nav = mainNavigation(page, 'Hovednavigation');
        await expect(nav.getByRole('link', { name: 'Mit arbejde', exact: true })).toBeVisible();
        await expect(nav.getByRole('link', { name: 'Sager', exact: true })).toBeVisible();
        await expect(nav.getByRole('link', { name: 'Timer', exact: true })).toBeVisible();
        await expect(nav.getByRole('link', { name: 'Cases', exact: true })).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1, name: 'Mit arbejde' })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', 'da');
      });

      await test.step('the choice survives a reload', async () => {
        await page.reload();
        const nav = mainNavigation(page, 'Hovednavigation');
        await expect(nav.getByRole('link', { name: 'Mit arbejde', exact: true })).toBeVisible();
        await expect(nav.getByRole('link', { name: 'Timer', exact: true })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', 'da');
        await expect(page.getByRole('radio', { name: 'Dansk' })).toBeChecked();
      });
    } finally {
      await test.step('switch back to English for the other tests', async () => {
        const saved = languageSaved(page);
        await page.getByRole('radio', { name: 'English' }).click();
        await saved;
        await expect(
          mainNavigation(page).getByRole('link', { name: 'Cases', exact: true }),
        ).toBeVisible();
      });
    }
  });

  test('the language can be chosen before logging in', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('radio', { name: 'Dansk' }).click();
    await expect(page.getByRole('heading', { name: 'Log ind på TechPact' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Log ind på TechPact' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  });
});
