import { expect, type APIRequestContext } from '@playwright/test';

export interface FreshCompany {
  id: string;
  name: string;
  registrationNumber: string;
}

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A random CVR number with a valid check digit. */
export function randomCvr(): string {
  for (;;) {
    const digits = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * CVR_WEIGHTS[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return digits + String(check);
  }
}

/**
 * Registers a new company in the signed-in coordinator's first municipality, so that a test
 * opening a case never competes with another test (or the demo data) for a company.
 * `request` must carry the coordinator's session cookies.
 */
export async function registerFreshCompany(
  request: APIRequestContext,
  label: string,
): Promise<FreshCompany> {
  // Under load the login's session cookie has reached the request context a moment after the
  // page moved on (a 401 here in CI): give it that moment.
  await expect
    .poll(async () => (await request.get('/api/auth/me')).status(), { timeout: 10_000 })
    .toBe(200);
  const me = await request.get('/api/auth/me');
  expect(me.ok(), `GET /api/auth/me answers ${me.status()}`).toBe(true);
  const { municipalities } = (await me.json()) as { municipalities: { id: string }[] };
  const { cookies } = await request.storageState();
  const xsrf = decodeURIComponent(cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '');
  const registrationNumber = randomCvr();
  const response = await request.post('/api/companies', {
    headers: { 'X-XSRF-TOKEN': xsrf },
    data: {
      name: `${label} ${registrationNumber} ApS`,
      registrationNumber,
      country: 'DK',
      municipalityId: municipalities[0]?.id,
      employees: 12,
    },
  });
  expect(
    response.ok(),
    `POST /api/companies answers ${response.status()}: ${await response.text()}`,
  ).toBe(true);
  return (await response.json()) as FreshCompany;
}
