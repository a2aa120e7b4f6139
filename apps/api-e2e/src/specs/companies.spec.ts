import {
  type ApiErrorBody,
  type CompanyContact,
  type CompanyDetail,
  type CompanySummary,
  type MunicipalityResponse,
  type Page,
} from '@techpact/contracts';
import { type ApiClient, signIn } from '../support/client';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A valid CVR number no other spec uses (random 7 digits and the check digit). */
function freshCvr(): string {
  for (;;) {
    const digits = String(5_000_000 + Math.floor(Math.random() * 4_999_999));
    const sum = [...digits].reduce((t, d, i) => t + Number(d) * (WEIGHTS[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return digits + String(check);
  }
}

describe('companies API', () => {
  let admin: ApiClient;
  let coordinator: ApiClient;
  let municipalities: MunicipalityResponse[];
  const municipality = (name: string) => {
    const found = municipalities.find((m) => m.name === name);
    if (!found) throw new Error(`No demo municipality ${name}`);
    return found.id;
  };

  beforeAll(async () => {
    admin = await signIn('admin@demo.techpact.dk');
    coordinator = await signIn('coordinator@demo.techpact.dk');
    municipalities = (await admin.get<MunicipalityResponse[]>('/api/municipalities')).body;
  });

  it('registers a company, derives its size band and edits it', async () => {
    const created = await coordinator.post<CompanyDetail>('/api/companies', {
      name: 'Farsø Laser ApS',
      registrationNumber: freshCvr(),
      country: 'DK',
      municipalityId: municipality('Vesthimmerland'),
      employees: 9,
      sectorCode: '25.62',
      turnoverBand: 'upTo2m',
      address: { line: 'Industrivej 40', postalCode: '9640', city: 'Farsø' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      sizeBand: 'micro',
      sectorCode: '25.62',
      municipality: { name: 'Vesthimmerland' },
      cases: [],
      contacts: [],
    });
    const edited = await coordinator.patch<CompanyDetail>(`/api/companies/${created.body.id}`, {
      employees: 55,
      address: { city: 'Aars' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      sizeBand: 'medium',
      address: { line: 'Industrivej 40', city: 'Aars' },
    });
    const search = await coordinator.get<Page<CompanySummary>>(
      `/api/companies?q=Farsø Laser&size=medium&sector=25`,
    );
    expect(search.body.items.map((c) => c.id)).toEqual([created.body.id]);
    expect(search.body.items[0]).toMatchObject({ employees: 55, sizeBand: 'medium' });
  });

  it('refuses a CVR number with a wrong check digit with a message that says so', async () => {
    const good = freshCvr();
    const wrong = good.slice(0, 7) + String((Number(good[7]) + 1) % 10);
    const reply = await admin.post<ApiErrorBody>('/api/companies', {
      name: 'Typo ApS',
      registrationNumber: wrong,
      municipalityId: municipality('Thisted'),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/wrong check digit/);
    expect(reply.body.details).toEqual([
      { field: 'registrationNumber', message: reply.body.message },
    ]);
    const none = await admin.get<Page<CompanySummary>>(`/api/companies?q=${wrong}`);
    expect(none.body.total).toBe(0);
  });

  it('refuses a duplicate registration number in the same programme', async () => {
    const registrationNumber = freshCvr();
    const body = {
      name: 'Original A/S',
      registrationNumber,
      municipalityId: municipality('Thisted'),
    };
    expect((await admin.post('/api/companies', body)).status).toBe(201);
    const duplicate = await admin.post<ApiErrorBody>('/api/companies', {
      ...body,
      name: 'Copy A/S',
      municipalityId: municipality('Jammerbugt'),
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toContain('Original A/S');
    // Other countries: a country code and a free registration number.
    const german = await admin.post<CompanyDetail>('/api/companies', {
      ...body,
      registrationNumber: `HRB ${registrationNumber}`,
      country: 'DE',
    });
    expect(german.status).toBe(201);
    expect(german.body).toMatchObject({
      country: 'DE',
      registrationNumber: `HRB ${registrationNumber}`,
    });
  });

  it('validates input and scope', async () => {
    const unknownField = await admin.post<ApiErrorBody>('/api/companies', {
      name: 'X',
      registrationNumber: freshCvr(),
      municipalityId: municipality('Thisted'),
      vatRate: 25,
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.message).toContain('Unknown field "vatRate"');
    const badNace = await admin.post<ApiErrorBody>('/api/companies', {
      name: 'X',
      registrationNumber: freshCvr(),
      municipalityId: municipality('Thisted'),
      sectorCode: 'C25',
    });
    expect(badNace.status).toBe(400);
    const outside = await coordinator.post<ApiErrorBody>('/api/companies', {
      name: 'Elsewhere ApS',
      registrationNumber: freshCvr(),
      municipalityId: municipality('Thisted'),
    });
    expect(outside.status).toBe(403);
    const sme = await signIn('sme@demo.techpact.dk');
    expect(
      (
        await sme.post('/api/companies', {
          name: 'X',
          registrationNumber: freshCvr(),
          municipalityId: municipality('Thisted'),
        })
      ).status,
    ).toBe(403);
  });

  it('shows a company with its cases and contacts, and invites a contact as SME user', async () => {
    const list = await coordinator.get<Page<CompanySummary>>('/api/companies?q=Farsø Stål');
    const farsoe = list.body.items[0];
    if (!farsoe) throw new Error('The demo company Farsø Stål & Maskin ApS is missing');
    const detail = await coordinator.get<CompanyDetail>(`/api/companies/${farsoe.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ sectorCode: '25.62', address: { city: 'Farsø' } });
    expect(detail.body.cases.length).toBeGreaterThan(0);
    expect(detail.body.contacts.map((c) => c.account).sort()).toEqual(['active', 'none']);

    const contact = await coordinator.post<CompanyContact>(`/api/companies/${farsoe.id}/contacts`, {
      name: 'Pia Quality',
      role: 'Quality manager',
      email: `pia.${Date.now()}@farsoe.example`,
      phone: '+45 11 22 33 44',
    });
    expect(contact.status).toBe(201);
    expect(contact.body.invitation).toMatchObject({ role: 'sme', companyId: farsoe.id });
    const invited = await coordinator.post('/api/invitations', contact.body.invitation);
    expect(invited.status).toBe(201);
    const after = await coordinator.get<CompanyContact[]>(`/api/companies/${farsoe.id}/contacts`);
    expect(after.body.find((c) => c.id === contact.body.id)).toMatchObject({
      account: 'invited',
      invitation: null,
    });
  });
});
