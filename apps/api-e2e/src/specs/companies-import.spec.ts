import {
  type ApiErrorBody,
  type ImportPreviewResponse,
  type ImportResultResponse,
  type Page,
  type CompanySummary,
} from '@techpact/contracts';
import { type ApiClient, baseUrl, signIn } from '../support/client';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** Distinct valid CVR numbers from a random start, so reruns never collide. */
function cvrNumbers(count: number): string[] {
  const numbers: string[] = [];
  let base = 6_000_000 + Math.floor(Math.random() * 1_000_000) * 3;
  while (numbers.length < count) {
    base += 1;
    const digits = String(base);
    const sum = [...digits].reduce((t, d, i) => t + Number(d) * (WEIGHTS[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) numbers.push(digits + String(check));
  }
  return numbers;
}

/** POSTs a text/csv body with the client's session and CSRF token. */
async function postCsv<T>(client: ApiClient, path: string, csv: string) {
  const session = client.cookie('tp_session');
  const xsrf = client.cookie('XSRF-TOKEN') ?? '';
  const response = await fetch(baseUrl() + path, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      accept: 'application/json',
      cookie: `tp_session=${session ?? ''}; XSRF-TOKEN=${xsrf}`,
      'x-xsrf-token': decodeURIComponent(xsrf),
    },
    body: csv,
  });
  return { status: response.status, body: (await response.json()) as T };
}

describe('companies CSV import', () => {
  let admin: ApiClient;

  beforeAll(async () => {
    admin = await signIn('admin@demo.techpact.dk');
    await admin.get('/api/health');
  });

  const total = async () =>
    (await admin.get<Page<CompanySummary>>('/api/companies?limit=1')).body.total;

  it('previews row by row what will be created, updated or rejected and why (text/csv)', async () => {
    const existing = (await admin.get<Page<CompanySummary>>('/api/companies?q=Hobro Automation'))
      .body.items[0];
    const [fresh] = cvrNumbers(1);
    const csv = [
      'name;cvr;kommune;ansatte',
      `Nordjysk Robot ApS;${fresh};Mariagerfjord;14`,
      `Hobro Automation A/S;${existing?.registrationNumber ?? ''};;120`,
      'Wrong Digit ApS;10150818;Thisted;3',
    ].join('\r\n');
    const reply = await postCsv<ImportPreviewResponse>(admin, '/api/companies/import/preview', csv);
    expect(reply.status).toBe(200);
    expect(reply.body.counts).toEqual({ create: 1, update: 1, reject: 1 });
    expect(reply.body.rows.map((r) => [r.line, r.action])).toEqual([
      [2, 'create'],
      [3, 'update'],
      [4, 'reject'],
    ]);
    expect(reply.body.rows[1]).toMatchObject({ companyId: existing?.id, changes: ['employees'] });
    expect(reply.body.rows[2]?.reason).toMatch(/wrong check digit/);
  });

  it('takes the file as JSON {csv} too and refuses other fields', async () => {
    const [fresh] = cvrNumbers(1);
    const ok = await admin.post<ImportPreviewResponse>('/api/companies/import/preview', {
      csv: `name,registrationNumber,municipality\nA ApS,${fresh},Thisted\n`,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.counts.create).toBe(1);
    const extra = await admin.post<ApiErrorBody>('/api/companies/import/preview', {
      csv: 'x',
      dryRun: true,
    });
    expect(extra.status).toBe(400);
  });

  it('rejects a file with one bad row without creating anything and reports the line and reason', async () => {
    const before = await total();
    const numbers = cvrNumbers(20);
    const rows = numbers.map(
      (cvr, i) => `Campaign Lead ${i} ApS,${i === 13 ? 'DK12345' : cvr},Jammerbugt,${i}`,
    );
    const reply = await admin.post<ApiErrorBody>('/api/companies/import', {
      csv: ['name,registrationNumber,municipality,employees', ...rows].join('\n'),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/^Nothing was imported: 1 row was rejected \(line 15: /);
    expect(reply.body.details).toEqual([
      { field: 'line.15', message: expect.stringMatching(/exactly 8 digits/) as string },
    ]);
    expect(await total()).toBe(before);
  });

  it('imports 1,000 rows in under 5 seconds, all or nothing', async () => {
    const before = await total();
    const numbers = cvrNumbers(1000);
    const csv = [
      'name,registrationNumber,municipality,employees,sectorCode,city,contactName,contactEmail',
      ...numbers.map(
        (cvr, i) =>
          `"Zz Import Lead ${i}, Metal",${cvr},${['Thisted', 'Jammerbugt', 'Mariagerfjord', 'Vesthimmerland'][i % 4] ?? ''},${i % 400},25.${(i % 9) + 1},By ${i},Kontakt ${i},lead${i}.${cvr}@import.example`,
      ),
    ].join('\r\n');
    const started = performance.now();
    const reply = await postCsv<ImportResultResponse>(admin, '/api/companies/import', csv);
    const elapsed = Math.round(performance.now() - started);
    console.log(
      `HTTP import of 1,000 companies: ${elapsed} ms (server transaction ${reply.body.durationMs} ms)`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ created: 1000, updated: 0, contactsAdded: 1000 });
    expect(elapsed).toBeLessThan(5000);
    expect(await total()).toBe(before + 1000);
  });
});
