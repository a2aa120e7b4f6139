import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  expect as baseExpect,
  test,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

/**
 * Small helpers of the browser tests that act as a person would: log in through the login page,
 * switch the UI language, read a link out of the development mailbox page, take numbered
 * screenshots. Copied from (and kept in the spirit of) the other specs.
 */

/**
 * `expect` with room for a loaded machine: a journey waits on many pages that load their data
 * while a CI run and other tests share the two cores.
 */
export const expect = baseExpect.configure({ timeout: 30_000 });

export const PASSWORD = 'techpact-demo';
/**
 * The journey's staff: demo accounts no other browser spec signs in with, because the journey
 * switches their language and the specs run side by side. Both prefer Danish: `logIn` switches
 * to English, the language of the test's locators.
 */
export const COORDINATOR = 'thisted.coordinator@demo.techpact.dk';
export const EXPERT = 'robotics.expert@demo.techpact.dk';

/** The phone the SME uses: an iPhone 12/13/14-sized screen. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

export type UiLanguage = 'en' | 'da';

/** The language switch names each option in its own language. */
const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', da: 'Dansk' };

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Logs in through the login page and waits for the role's start page. */
export async function logIn(
  page: Page,
  email: string,
  startPath: string,
  password = PASSWORD,
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  // The start page is a lazy chunk that loads its data first: allow a busy machine its time.
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(startPath)}$`), { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await switchLanguage(page, 'en');
}

/** The UI language the page is shown in now (`<html lang>`, set once the texts are there). */
export async function languageOf(page: Page): Promise<UiLanguage> {
  const lang = await page.locator('html').getAttribute('lang');
  return lang === 'da' ? 'da' : 'en';
}

/**
 * Switches the UI language with the switch in the top bar, as a person would. Signed in, the
 * choice is saved on the profile: wait for that save, so that it does not race the next page.
 */
export async function switchLanguage(page: Page, language: UiLanguage): Promise<void> {
  if ((await languageOf(page)) === language) return;
  const option = page.getByRole('radio', { name: LANGUAGE_NAMES[language] });
  // Signed in, the shell has its navigation (hidden in a closed drawer on a phone).
  const signedIn = (await page.getByRole('navigation', { includeHidden: true }).count()) > 0;
  const saved = signedIn
    ? page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/api/auth/me' &&
          response.request().method() === 'PATCH',
      )
    : null;
  await option.click();
  if (saved) expect((await saved).ok(), 'the language choice is saved').toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(option).toHaveAttribute('aria-checked', 'true');
}

/**
 * The page fits the screen's width: neither the page nor its top bar scrolls sideways (WCAG
 * 1.4.10, reflow), which on a phone hides what overflows.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const doc = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(doc.scrollWidth, 'the page is no wider than the screen').toBeLessThanOrEqual(
    doc.clientWidth,
  );
  const banner = page.getByRole('banner');
  if ((await banner.count()) > 0) {
    const bar = await banner.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    expect(bar.scrollWidth, 'the top bar is no wider than the screen').toBeLessThanOrEqual(
      bar.clientWidth,
    );
  }
}

/**
 * Chooses an option of a Material select with the keyboard: on an empty select the floating
 * label lies over the box and takes the pointer (a person's click on it still opens the select,
 * through the form field; Playwright's actionability check refuses it).
 */
export async function choose(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.focus();
  await select.press('Enter');
  await expect(select).toHaveAttribute('aria-expanded', 'true');
  // A text names the option exactly; a pattern takes the first option it matches.
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
  await expect(select).toHaveAttribute('aria-expanded', 'false');
}

/** The main navigation of the shell, in English. */
export function mainNavigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

/**
 * Follows a link of the newest e-mail to `to` whose body holds a path like `pathPattern`, read
 * on the development mailbox page (admin and coordinator see it; staff pass invitation links on
 * from there when no mail server is set up). Returns the path: the link's host is the configured
 * public address of the web app, which a test system on other ports does not share.
 */
export async function linkFromMailbox(
  page: Page,
  to: string,
  subject: RegExp,
  pathPattern: RegExp,
): Promise<string> {
  await mainNavigation(page).getByRole('link', { name: 'Mailbox', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mailbox' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Emails, newest first' });
  const message = list.getByRole('button').filter({ hasText: to }).filter({ hasText: subject });
  // The e-mail is written by the API (and sent by the worker): refresh until it is there.
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(message.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await message.first().click();
  const link = page.getByRole('link', { name: pathPattern });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href')) ?? '';
  return new URL(href).pathname;
}

/** Numbered screenshots of one test, in `apps/web-e2e/test-output/<name>/`. */
export class Screenshots {
  readonly dir: string;
  private count = 0;

  constructor(testInfo: TestInfo, name: string) {
    // testDir is apps/web-e2e/src; test-output is gitignored and kept by CI as an artifact.
    this.dir = join(testInfo.project.testDir, '..', 'test-output', name);
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
  }

  async take(page: Page, label: string): Promise<void> {
    this.count += 1;
    const slug = label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const file = join(this.dir, `${String(this.count).padStart(2, '0')}-${slug}.png`);
    await page.screenshot({ path: file });
  }
}

/** `test.step` that ends with a screenshot of `page`, the page of the person who acted. */
export function stepWithShot(shots: Screenshots) {
  return async <T>(title: string, page: Page, body: () => Promise<T>): Promise<T> =>
    test.step(title, async () => {
      const result = await body();
      await shots.take(page, title);
      return result;
    });
}
