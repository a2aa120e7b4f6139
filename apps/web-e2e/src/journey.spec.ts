import { join } from 'node:path';
import { test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { AxeAudit } from './support/axe';
import { randomCvr } from './support/fresh-company';
import {
  COORDINATOR,
  EXPERT,
  PHONE,
  Screenshots,
  choose,
  escapeRegExp,
  expect,
  expectNoSidewaysScroll,
  languageOf,
  linkFromMailbox,
  logIn,
  mainNavigation,
  stepWithShot,
  switchLanguage,
} from './support/session';

/**
 * Issue 10: the whole journey of one company, by the three roles in their own browsers, through
 * the UI only. The coordinator registers the company, invites its contact as SME user and opens
 * a case; the expert runs the baseline assessment; the coordinator drafts and sends the
 * agreement; the SME (on a phone) accepts the invitation, signs from the e-mail link; the
 * coordinator countersigns; the expert and the SME log hours; the expert completes the
 * activities; the coordinator approves the hours, records the outcomes and completes the case,
 * and the dashboard counts it. Each step leaves a screenshot, and axe-core checks every page of
 * the journey in English and Danish: apps/web-e2e/test-output/journey/ (screenshots, axe.json).
 */

const suffix = Date.now().toString(36);
const company = { name: `Journey Maskinfabrik ${suffix} ApS`, cvr: randomCvr() };
const sme = {
  name: `Sofie Smed ${suffix}`,
  email: `sofie.smed-${suffix}@example.test`,
  password: `Journey-${suffix}-phone`,
};
const upgrades = [
  { title: 'Robot welding cell', category: 'Automation', hours: '30', date: '2027-03-01' },
  { title: 'Shop-floor data capture', category: 'Data', hours: '20', date: '2027-05-15' },
];

// A locator that finds nothing fails the step in half a minute, not at the end of the journey.
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });

/** Today as the browser's date input takes it. */
function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The number behind a dashboard funnel link such as "Completed: 12, show the cases". */
async function funnelCount(page: Page, label: string): Promise<number> {
  const link = page
    .getByRole('list', { name: 'Cases per state', exact: true })
    .getByRole('link', { name: new RegExp(`^${label}: [\\d,.]+, show the cases$`) });
  const name = (await link.getAttribute('aria-label')) ?? '';
  return Number(/: ([\d,.]+),/.exec(name)?.[1]?.replace(/[,.]/g, '') ?? 'NaN');
}

/** The case page's lifecycle path and its current step. */
function currentStep(page: Page): Locator {
  return page.getByRole('list', { name: 'Path of the case' }).locator('[aria-current="step"]');
}

/** Sends a case event that needs no input from the case page's Actions. */
async function caseAction(page: Page, event: string, stateAfter: string): Promise<void> {
  const actions = page.getByRole('region', { name: 'Actions', exact: true });
  await actions.getByRole('button', { name: event, exact: true }).click();
  await expect(actions.getByRole('status')).toContainText(`the case is now ${stateAfter}`, {
    timeout: 30_000,
  });
}

async function openCaseTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // The tab is kept in the address (`?tab=`).
  await expect(page).toHaveURL(new RegExp(`[?&]tab=${tab.toLowerCase()}(&|$)`));
}

async function addUpgrade(page: Page, upgrade: (typeof upgrades)[number], expert: string) {
  await page.getByRole('button', { name: 'Add upgrade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an upgrade' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(upgrade.title);
  await dialog.getByRole('textbox', { name: 'Category' }).fill(upgrade.category);
  await choose(page, dialog.getByRole('combobox', { name: 'Responsible expert' }), expert);
  await dialog.getByRole('spinbutton', { name: 'Planned hours' }).fill(upgrade.hours);
  await dialog.getByLabel('Target date').fill(upgrade.date);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(upgrade.title) })).toBeVisible();
}

/** Types hours into today's cell of an activity in the weekly grid and submits the week. */
async function logTodayAndSubmit(page: Page, activity: string, hours: string): Promise<void> {
  const row = page.getByRole('table', { name: 'Hours per activity and day' }).getByRole('row', {
    name: new RegExp(`${escapeRegExp(activity)}[\\s\\S]*${escapeRegExp(company.name)}`),
  });
  // Later days of the week are read-only: today is the last cell that takes hours.
  const cells = row.getByRole('textbox');
  await expect(cells).toHaveCount(7);
  const readOnly = await cells.evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).readOnly),
  );
  expect(readOnly, 'a day of this week takes hours').toContain(false);
  const cell = cells.nth(readOnly.lastIndexOf(false));
  await cell.fill(hours);
  await cell.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Submit week' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /The week was submitted for approval/ }),
  ).toBeVisible();
  await expect(cell).toHaveAttribute('readonly');
}

test('three roles take a new company from registration to a completed case', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(10 * 60_000);
  const baseURL = testInfo.project.use.baseURL;
  const shots = new Screenshots(testInfo, 'journey');
  const axe = new AxeAudit();
  const step = stepWithShot(shots);

  const coordinator = page;
  const contexts: BrowserContext[] = [];
  const expertContext = await browser.newContext({ baseURL });
  contexts.push(expertContext);
  const expert = await expertContext.newPage();
  // The SME works on a phone.
  const smeContext = await browser.newContext({ baseURL, ...PHONE });
  contexts.push(smeContext);
  const phone = await smeContext.newPage();

  let expertName = '';
  let caseId = '';
  let completedBefore = 0;
  let signedBefore = 0;

  try {
    await step('the coordinator opens the login page', coordinator, async () => {
      await coordinator.goto('/login');
      await expect(coordinator.getByRole('heading', { name: 'Log in to TechPact' })).toBeVisible();
      await axe.check(coordinator, 'Login');
    });

    await step('the coordinator logs in and sees the dashboard', coordinator, async () => {
      await logIn(coordinator, COORDINATOR, '/dashboard');
      const funnel = coordinator.getByRole('list', { name: 'Cases per state', exact: true });
      await expect(funnel).toBeVisible();
      completedBefore = await funnelCount(coordinator, 'Completed');
      const signed = coordinator
        .getByRole('list', { name: 'Agreements and activities against targets' })
        .getByRole('link', { name: /^Agreements signed: / });
      signedBefore = Number(await signed.textContent());
      expect(completedBefore).not.toBeNaN();
      await axe.check(coordinator, 'Dashboard');
    });

    await step('the expert logs in to My work', expert, async () => {
      await logIn(expert, EXPERT, '/my-work');
      await expect(expert.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
      // The expert's name, as the account menu in the top bar shows it.
      const account = expert.getByRole('button', { name: /^Account menu for / });
      await expect(account).toBeVisible();
      expertName = ((await account.getAttribute('aria-label')) ?? '').replace(
        /^Account menu for /,
        '',
      );
      expect(expertName).not.toBe('');
      await axe.check(expert, 'My work (expert)');
    });

    await step('the coordinator registers the company', coordinator, async () => {
      await mainNavigation(coordinator)
        .getByRole('link', { name: 'Companies', exact: true })
        .click();
      await expect(coordinator.getByRole('table', { name: 'Companies' })).toBeVisible();
      await axe.check(coordinator, 'Companies');

      await coordinator.getByRole('button', { name: 'Register a company' }).click();
      const dialog = coordinator.getByRole('dialog', { name: 'Register a company' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(company.name);
      await dialog.getByRole('textbox', { name: 'CVR / registration number' }).fill(company.cvr);
      // The coordinator may register companies of their own municipalities only: take the first.
      await choose(coordinator, dialog.getByRole('combobox', { name: 'Municipality' }), /\S/);
      await dialog.getByRole('spinbutton', { name: 'Employees' }).fill('24');
      await dialog.getByRole('button', { name: 'Register', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(coordinator).toHaveURL(/\/companies\/[0-9a-f-]{36}$/);
      await expect(
        coordinator.getByRole('heading', { level: 1, name: company.name }),
      ).toBeVisible();
    });

    await step(
      'the coordinator invites the company’s contact as SME user',
      coordinator,
      async () => {
        await coordinator.getByRole('button', { name: 'Add contact person' }).click();
        const dialog = coordinator.getByRole('dialog', { name: 'Add contact person' });
        await dialog.getByRole('textbox', { name: 'Name' }).fill(sme.name);
        await dialog.getByRole('textbox', { name: 'Role' }).fill('Managing director');
        await dialog.getByRole('textbox', { name: 'Email' }).fill(sme.email);
        await dialog.getByRole('button', { name: 'Save' }).click();
        await expect(dialog).toBeHidden();
        await coordinator.getByRole('button', { name: `Invite ${sme.name} as SME user` }).click();
        await expect(
          coordinator.getByRole('status').filter({ hasText: `${sme.name} is invited` }),
        ).toContainText(sme.email);
        await expect(
          coordinator.getByRole('listitem').filter({ hasText: sme.name }).getByText('Invited'),
        ).toBeVisible();
        await axe.check(coordinator, 'Company page');
      },
    );

    await step(
      'the SME accepts the invitation on the phone and sets a password',
      phone,
      async () => {
        const invitation = await linkFromMailbox(
          coordinator,
          sme.email,
          /Your invitation to TechPact/,
          /\/invitation\//,
        );
        await axe.check(coordinator, 'Mailbox');
        await phone.goto(invitation);
        await expect(
          phone.getByRole('heading', { level: 1, name: 'Welcome to TechPact' }),
        ).toBeVisible();
        await expect(phone.getByText(`Hi ${sme.name}, you are invited`)).toBeVisible();
        await expectNoSidewaysScroll(phone);
        await axe.check(phone, 'Invitation (SME, phone)');
        await phone.getByLabel('New password').fill(sme.password);
        await phone.getByLabel('Repeat the password').fill(sme.password);
        await phone.getByRole('button', { name: 'Set password and log in' }).click();
        await expect(phone).toHaveURL(/\/my-case$/, { timeout: 30_000 });
        await expect(phone.getByRole('heading', { level: 1, name: 'My case' })).toBeVisible();
        await expect(
          phone.getByText(/Your company has no case in the programme yet/),
        ).toBeVisible();
      },
    );

    await step('the coordinator opens a case for the company', coordinator, async () => {
      await mainNavigation(coordinator).getByRole('link', { name: 'Cases', exact: true }).click();
      await expect(coordinator.getByRole('table', { name: 'Cases' })).toBeVisible();
      await axe.check(coordinator, 'Cases');
      await coordinator.getByRole('button', { name: 'Open a case' }).click();
      const dialog = coordinator.getByRole('dialog', { name: 'Open a case' });
      await dialog.getByRole('combobox', { name: 'Company' }).fill(company.cvr);
      await coordinator.getByRole('option', { name: company.name }).click();
      await dialog.getByRole('button', { name: 'Open case' }).click();
      await expect(dialog).toBeHidden();
      await expect(coordinator).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
      caseId = /\/cases\/([0-9a-f-]{36})/.exec(coordinator.url())?.[1] ?? '';
      await expect(
        coordinator.getByRole('heading', { level: 1, name: company.name }),
      ).toBeVisible();
      await expect(currentStep(coordinator)).toContainText('Intake');
    });

    await step(
      'the coordinator schedules the assessment with the expert',
      coordinator,
      async () => {
        const actions = coordinator.getByRole('region', { name: 'Actions', exact: true });
        await actions.getByRole('button', { name: 'Schedule assessment' }).click();
        const dialog = coordinator.getByRole('dialog', { name: 'Schedule assessment' });
        await choose(
          coordinator,
          dialog.getByRole('combobox', { name: 'Expert' }),
          new RegExp(`^${escapeRegExp(expertName)}`),
        );
        await dialog.getByLabel('Date of the assessment').fill(today());
        await dialog.getByRole('button', { name: 'Schedule assessment' }).click();
        await expect(dialog).toBeHidden();
        await expect(actions.getByRole('status')).toContainText(
          'the case is now Assessment scheduled',
        );
      },
    );

    await step(
      'the expert finds the case on My work and starts the assessment',
      expert,
      async () => {
        await expert.reload();
        await expert
          .getByRole('region', { name: 'Cases I work on' })
          .getByRole('link', { name: company.name })
          .click();
        await expect(expert.getByRole('heading', { level: 1, name: company.name })).toBeVisible();
        await caseAction(expert, 'Start assessment', 'Assessment in progress');
      },
    );

    await step('the expert scores every dimension and submits the assessment', expert, async () => {
      await openCaseTab(expert, 'Assessment');
      const open = expert.getByRole('link', { name: 'Open the baseline assessment (T0)' });
      await expect(open).toBeVisible();
      await axe.check(expert, 'Case page, assessment tab (expert)');
      await open.click();
      await expect(
        expert.getByRole('heading', { level: 1, name: 'Technology assessment' }),
      ).toBeVisible();
      const missing = expert.getByRole('region', { name: 'Missing scores' });
      await expect(missing.getByRole('listitem')).toHaveCount(6);
      await axe.check(expert, 'Assessment form');
      const dimensions = (await missing.getByRole('listitem').allTextContents()).map((name) =>
        name.trim(),
      );
      for (const [i, name] of dimensions.entries()) {
        const level = (i % 4) + 1;
        await expert
          .getByRole('radiogroup', { name: `Score for ${name}` })
          .getByRole('radio', { name: new RegExp(`^Level ${level}:`) })
          .check();
      }
      await expect(missing.getByText('Every dimension has a score.')).toBeVisible();
      await expect(expert.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
      await expert.getByRole('button', { name: 'Submit assessment' }).click();
      await expect(expert).toHaveURL(new RegExp(`/cases/${caseId}$`));
      await expect(currentStep(expert)).toContainText('Agreement');
    });

    await step('the coordinator drafts the agreement', coordinator, async () => {
      await coordinator.reload();
      await expect(currentStep(coordinator)).toContainText('Agreement');
      await openCaseTab(coordinator, 'Agreement');
      const open = coordinator.getByRole('link', { name: 'Open the agreement page' });
      await expect(open).toBeVisible();
      await axe.check(coordinator, 'Case page, agreement tab (coordinator)');
      await open.click();
      await expect(coordinator).toHaveURL(new RegExp(`/cases/${caseId}/agreement$`));
      await expect(
        coordinator.getByRole('heading', { level: 1, name: 'Technology agreement' }),
      ).toBeVisible();
      await coordinator
        .getByRole('textbox', { name: 'Title' })
        .fill('Automation and shop-floor data');
      await coordinator
        .getByRole('textbox', { name: 'Summary' })
        .fill('Two upgrades to cut scrap and quote faster.');
      await coordinator
        .getByRole('textbox', { name: 'The company’s goals' })
        .fill('Less scrap, faster quotes.');
      await coordinator.getByRole('button', { name: 'Save draft' }).click();
      await expect(coordinator.getByText('Draft saved.')).toBeVisible();
      for (const upgrade of upgrades) await addUpgrade(coordinator, upgrade, expertName);
      await coordinator.getByRole('checkbox', { name: new RegExp(sme.name) }).check();
      await expect(coordinator.getByText('Signers saved.')).toBeVisible();
      await axe.check(coordinator, 'Agreement page, draft');
    });

    await step('the coordinator sends the agreement for signature', coordinator, async () => {
      await coordinator.getByRole('button', { name: 'Send for signature' }).click();
      // Sending renders the PDF and its hash.
      await expect(
        coordinator.getByRole('region', { name: 'Agreement actions' }).getByRole('status'),
      ).toContainText('“Send for signature” done.', { timeout: 60_000 });
    });

    await step('the SME sees on the phone that the agreement waits for them', phone, async () => {
      await phone.reload();
      await expect(phone.getByRole('heading', { level: 1, name: 'My case' })).toBeVisible();
      await expect(phone.getByText(/Please read and sign the agreement/)).toBeVisible();
      await expectNoSidewaysScroll(phone);
    });

    await step('the SME signs from the link in the e-mail', phone, async () => {
      const link = await linkFromMailbox(
        coordinator,
        sme.email,
        /technology agreement|teknologiaftalen/,
        /\/sign\//,
      );
      await phone.goto(link);
      const heading = phone.getByRole('heading', {
        level: 1,
        name: /^(Sign the technology agreement|Underskriv teknologiaftalen)$/,
      });
      await expect(heading).toBeVisible();
      await expect(phone.getByRole('heading', { name: upgrades[0].title })).toBeVisible();
      await expectNoSidewaysScroll(phone);
      await axe.check(phone, 'Signing page (SME, phone)');
      await phone.getByRole('checkbox', { name: /I have read the agreement/ }).check();
      await phone.getByRole('textbox', { name: 'Your full name' }).fill(sme.name);
      await phone.getByRole('button', { name: 'Sign', exact: true }).click();
      // Signing records evidence and moves the case: give a busy machine time, and show a refusal.
      const thanks = phone.getByRole('heading', { name: 'Thank you' });
      const refusal = phone.getByRole('alert').filter({ hasText: /\S/ });
      await expect(thanks.or(refusal)).toBeVisible({ timeout: 30_000 });
      await expect(refusal).toHaveCount(0);
    });

    await step('the SME’s case now waits for the countersignature', phone, async () => {
      await phone.goto('/my-case');
      await expect(
        phone.getByText(/You have signed\. The coordinator countersigns next/),
      ).toBeVisible();
      // Analysed here rather than above: with nothing to do and no agreement in force yet the
      // page holds no link, so its scrolling region must be focusable itself.
      await axe.check(phone, 'My case (SME, phone)');
    });

    await step('the coordinator countersigns', coordinator, async () => {
      // The coordinator went to the mailbox for the signing link: back to the agreement.
      await coordinator.goto(`/cases/${caseId}/agreement`);
      const actions = coordinator.getByRole('region', { name: 'Agreement actions' });
      await actions.getByRole('button', { name: 'Countersign' }).click();
      // Countersigning makes the final, PAdES-signed PDF: it may take a while.
      await expect(actions.getByRole('status')).toContainText('“Countersign” done.', {
        timeout: 60_000,
      });
      await coordinator.getByRole('link', { name: 'Back to the case' }).click();
      await expect(currentStep(coordinator)).toContainText('Implementation');
    });

    await step('the expert logs hours on an activity', expert, async () => {
      await mainNavigation(expert).getByRole('link', { name: 'Hours', exact: true }).click();
      await expect(expert.getByRole('heading', { level: 1, name: 'Hours' })).toBeVisible();
      await logTodayAndSubmit(expert, upgrades[0].title, '3,5');
      await axe.check(expert, 'Hours (expert)');
    });

    await step('the SME logs co-financing hours on the phone', phone, async () => {
      await phone.goto('/my-case');
      await expect(phone.getByText(/Log the hours your company spends/)).toBeVisible();
      await phone.getByRole('link', { name: 'Log hours' }).click();
      await expect(phone.getByRole('heading', { level: 1, name: 'Hours' })).toBeVisible();
      await logTodayAndSubmit(phone, upgrades[0].title, '2');
      await expectNoSidewaysScroll(phone);
      await axe.check(phone, 'Hours (SME, phone)');
    });

    await step('the expert completes the activities', expert, async () => {
      await expert.goto(`/cases/${caseId}?tab=activities`);
      const table = expert.getByRole('table', { name: 'Innovation activities' });
      await expect(table).toBeVisible();
      for (const upgrade of upgrades) {
        const start = table.getByRole('button', { name: `Start: ${upgrade.title}` });
        const done = table.getByRole('button', { name: `Mark done: ${upgrade.title}` });
        await expect(start.or(done).first()).toBeVisible();
        if (await start.isVisible()) {
          await start.click();
          await expect(done).toBeVisible();
        }
        await done.click();
        const dialog = expert.getByRole('dialog', { name: 'Mark activity done' });
        await dialog
          .getByRole('textbox', { name: 'Outcome notes (optional)' })
          .fill(`${upgrade.title} is in production.`);
        await dialog.getByRole('button', { name: 'Mark done' }).click();
        await expect(dialog).toBeHidden();
        await expect(table.getByRole('row', { name: new RegExp(upgrade.title) })).toContainText(
          'Done',
        );
      }
      await axe.check(expert, 'Case page, activities (expert)');
    });

    await step('the coordinator approves the hours', coordinator, async () => {
      await mainNavigation(coordinator)
        .getByRole('link', { name: 'Approvals', exact: true })
        .click();
      await expect(coordinator.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
      const approveGroup = coordinator.getByRole('button', {
        name: new RegExp(`^Approve all hours of ${escapeRegExp(company.name)}, `),
      });
      // One group for the expert, one for the SME's co-financing hours.
      await expect(approveGroup).toHaveCount(2);
      await axe.check(coordinator, 'Approvals');
      for (let i = 0; i < 2; i++) {
        await approveGroup.first().click();
        await expect(
          coordinator.getByRole('status').filter({ hasText: 'entries approved' }),
        ).toBeVisible();
        await expect(approveGroup).toHaveCount(1 - i);
      }
    });

    await step(
      'the coordinator begins completion and records the outcomes',
      coordinator,
      async () => {
        await coordinator.goto(`/cases/${caseId}`);
        await expect(
          coordinator.getByRole('heading', { level: 1, name: company.name }),
        ).toBeVisible();
        await caseAction(coordinator, 'Begin completion', 'Completion');
        const outcomes = coordinator.getByRole('region', { name: 'Outcomes' });
        await outcomes.getByRole('textbox', { name: 'Jobs created' }).fill('2');
        await outcomes.getByRole('textbox', { name: 'New products' }).fill('1');
        await outcomes.getByRole('textbox', { name: 'New processes' }).fill('2');
        await outcomes.getByRole('textbox', { name: 'Private investment (DKK)' }).fill('850000');
        await choose(
          coordinator,
          outcomes.getByRole('combobox', { name: 'Expected turnover effect per year' }),
          '5–15 %',
        );
        await outcomes
          .getByRole('textbox', { name: 'Closing summary' })
          .fill('The welding cell and the shop-floor data capture are in daily use.');
        // Saving records an audit event: the page fetches the case again for its new version.
        const refreshed = coordinator.waitForResponse(
          (response) =>
            response.request().method() === 'GET' &&
            /^\/api\/cases\/[\w-]+$/.test(new URL(response.url()).pathname),
        );
        await outcomes.getByRole('button', { name: 'Save outcomes' }).click();
        await expect(
          outcomes.getByRole('status').filter({ hasText: 'The outcomes were saved.' }),
        ).toBeVisible();
        await refreshed;
        // The case page's overview, analysed here where it holds the most: the outcomes form.
        await axe.check(coordinator, 'Case page, overview in completion (coordinator)');
      },
    );

    await step('the coordinator completes the case', coordinator, async () => {
      await caseAction(coordinator, 'Complete', 'Completed');
    });

    await step('the SME sees the completed case on the phone', phone, async () => {
      await phone.goto('/my-case');
      await expect(phone.getByRole('heading', { level: 1, name: 'My case' })).toBeVisible();
      await expect(phone.getByText(/Version 1 is in force since/)).toBeVisible();
      await expectNoSidewaysScroll(phone);
    });

    await step('the dashboard counts the completed case', coordinator, async () => {
      await mainNavigation(coordinator)
        .getByRole('link', { name: 'Dashboard', exact: true })
        .click();
      await expect(
        coordinator.getByRole('list', { name: 'Cases per state', exact: true }),
      ).toBeVisible();
      await expect.poll(() => funnelCount(coordinator, 'Completed')).toBe(completedBefore + 1);
      await expect(
        coordinator
          .getByRole('list', { name: 'Agreements and activities against targets' })
          .getByRole('link', { name: /^Agreements signed: / }),
      ).toHaveText(String(signedBefore + 1));
    });
  } finally {
    axe.write(join(shots.dir, 'axe.json'));
    // Leave the demo users in English whatever happened, for the next test on this system.
    for (const open of [coordinator, expert, phone]) {
      if (!open.isClosed() && (await languageOf(open).catch(() => 'en')) === 'da') {
        await switchLanguage(open, 'en').catch(() => undefined);
      }
    }
    for (const context of contexts) await context.close();
  }

  const failures = axe.failures();
  expect(
    failures,
    `axe found serious or critical violations (details in ${join(shots.dir, 'axe.json')}):\n` +
      failures.join('\n'),
  ).toEqual([]);
});
