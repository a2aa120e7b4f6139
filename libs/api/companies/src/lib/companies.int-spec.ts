import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { DataSource } from 'typeorm';
import { createCompanyWorld, testCvr, type CompanyWorld } from '../testing/company-world';
import { CompaniesService } from './companies.service';
import { CompanyContactsService } from './company-contacts.service';
import { CompanyImportService } from './company-import.service';
import { type CreateCompanyDto } from './dto/company.dto';
import { ListCompaniesQuery } from './dto/list-companies.query';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

const query = (values: Partial<ListCompaniesQuery> = {}) =>
  Object.assign(new ListCompaniesQuery(), values);

describe('company register (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let companies: CompaniesService;
  let contacts: CompanyContactsService;
  let imports: CompanyImportService;
  let world: CompanyWorld;
  let n = 0;
  const nextCvr = () => testCvr((n += 1));

  beforeAll(async () => {
    testDb = await createTestDatabase('companies');
    db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    companies = new CompaniesService(db);
    contacts = new CompanyContactsService(db);
    imports = new CompanyImportService(db);
    world = await createCompanyWorld(db);
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  const companyCount = async () =>
    (
      (await db.query(`SELECT count(*)::int AS n FROM company WHERE programme_id = $1`, [
        world.programmeId,
      ])) as [{ n: number }]
    )[0].n;

  const input = (values: Partial<CreateCompanyDto> = {}): CreateCompanyDto => ({
    name: 'Farsø Stål & Maskin ApS',
    registrationNumber: nextCvr(),
    municipalityId: world.municipalityA,
    employees: 42,
    ...values,
  });

  it('registers a company with its register fields and derives the size band', async () => {
    const created = await companies.create(
      world.coordinatorA,
      input({
        registrationNumber: 'DK 1015 0817',
        sectorCode: '25.62',
        turnoverBand: 'upTo10m',
        address: { line: ' Industrivej 12 ', postalCode: '9640', city: 'Farsø' },
      }),
    );
    expect(created).toMatchObject({
      registrationNumber: '10150817',
      country: 'DK',
      employees: 42,
      sizeBand: 'small',
      sectorCode: '25.62',
      turnoverBand: 'upTo10m',
      address: { line: 'Industrivej 12', postalCode: '9640', city: 'Farsø' },
      municipality: { id: world.municipalityA, name: 'Vesthimmerland' },
      contacts: [],
      cases: [],
    });
    const edited = await companies.update(world.coordinatorA, created.id, {
      employees: 300,
      sectorCode: null,
      address: { city: 'Aars' },
    });
    expect(edited).toMatchObject({
      sizeBand: 'large',
      sectorCode: null,
      address: { line: 'Industrivej 12', city: 'Aars' },
    });
  });

  it('refuses a CVR number with a wrong check digit, saying so', async () => {
    const before = await companyCount();
    const error = await refusal(
      companies.create(world.admin, input({ registrationNumber: '10150818' })),
    );
    expect(error.code).toBe(ErrorCode.Validation);
    expect(error.message).toMatch(/wrong check digit/);
    expect(error.details).toEqual([{ field: 'registrationNumber', message: error.message }]);
    expect(await companyCount()).toBe(before);
  });

  it('refuses a duplicate registration number in the programme, naming the company', async () => {
    const registrationNumber = nextCvr();
    await companies.create(world.admin, input({ registrationNumber, name: 'First ApS' }));
    const error = await refusal(
      companies.create(
        world.admin,
        input({ registrationNumber, name: 'Second ApS', municipalityId: world.municipalityB }),
      ),
    );
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toContain('First ApS');
    // The same number in another country is another company.
    await expect(
      companies.create(world.admin, input({ registrationNumber, country: 'de' })),
    ).resolves.toMatchObject({ country: 'DE' });
  });

  it('takes free registration numbers for other countries', async () => {
    const company = await companies.create(
      world.admin,
      input({ country: 'SE', registrationNumber: '556036-0793', employees: 5 }),
    );
    expect(company).toMatchObject({
      country: 'SE',
      registrationNumber: '556036-0793',
      sizeBand: 'micro',
    });
  });

  it('keeps coordinators to their municipalities', async () => {
    const error = await refusal(
      companies.create(world.coordinatorA, input({ municipalityId: world.municipalityB })),
    );
    expect(error.code).toBe(ErrorCode.Forbidden);
    const elsewhere = await companies.create(
      world.admin,
      input({ municipalityId: world.municipalityB }),
    );
    expect((await refusal(companies.get(world.coordinatorA, elsewhere.id))).code).toBe(
      ErrorCode.Forbidden,
    );
    expect(
      (await refusal(companies.update(world.coordinatorA, elsewhere.id, { employees: 1 }))).code,
    ).toBe(ErrorCode.Forbidden);
    const list = await companies.list(world.coordinatorA, query({ limit: 200 }));
    expect(list.items.every((c) => c.municipality.id === world.municipalityA)).toBe(true);
    expect((await companies.list(world.expert, query())).total).toBe(0);
  });

  it('filters by sector prefix, size band, municipality and search text', async () => {
    const tag = `Filter${Date.now()}`;
    await companies.create(
      world.admin,
      input({ name: `${tag} One`, sectorCode: '25.62', employees: 5 }),
    );
    await companies.create(
      world.admin,
      input({ name: `${tag} Two`, sectorCode: '25.11', employees: 60 }),
    );
    await companies.create(
      world.admin,
      input({ name: `${tag} Three`, sectorCode: '10.13', employees: 60 }),
    );
    const names = async (values: Partial<ListCompaniesQuery>) =>
      (await companies.list(world.admin, query({ q: tag, ...values }))).items.map((c) => c.name);
    expect(await names({ sector: '25' })).toEqual([`${tag} One`, `${tag} Two`]);
    expect(await names({ sector: '25.6' })).toEqual([`${tag} One`]);
    expect(await names({ size: 'medium' })).toEqual([`${tag} Three`, `${tag} Two`]);
    expect(await names({ sort: 'employees', order: 'desc', size: 'medium' })).toHaveLength(2);
    expect(await names({ municipalityId: world.municipalityB })).toEqual([]);
  });

  it('keeps contact people and offers the invitation body for those without an account', async () => {
    const company = await companies.create(world.coordinatorA, input());
    const contact = await contacts.create(world.coordinatorA, company.id, {
      name: 'Karen Holm',
      role: 'Production manager',
      email: 'Karen.Holm@Example.com',
      phone: '+45 98 63 12 12',
    });
    expect(contact).toMatchObject({
      email: 'karen.holm@example.com',
      account: 'none',
      invitation: {
        email: 'karen.holm@example.com',
        name: 'Karen Holm',
        role: 'sme',
        companyId: company.id,
      },
    });
    const duplicate = await refusal(
      contacts.create(world.coordinatorA, company.id, {
        name: 'Again',
        email: 'karen.holm@example.com',
      }),
    );
    expect(duplicate.code).toBe(ErrorCode.Conflict);
    await db.query(
      `INSERT INTO app_user (programme_id, email, name, role, company_id) VALUES ($1, $2, 'Karen', 'sme', $3)`,
      [world.programmeId, 'karen.holm@example.com', company.id],
    );
    const [after] = await contacts.list(world.coordinatorA, company.id);
    expect(after).toMatchObject({ account: 'active', invitation: null });
    await contacts.remove(world.coordinatorA, company.id, contact.id);
    expect(await contacts.list(world.admin, company.id)).toEqual([]);
  });

  describe('CSV import', () => {
    it('previews create, update and reject row by row', async () => {
      const existing = await companies.create(
        world.admin,
        input({ name: 'Existing ApS', employees: 10 }),
      );
      const fresh = nextCvr();
      const csv = [
        'name;cvr;municipality;employees;nace;city;notes',
        `New Company ApS;${fresh};Vesthimmerland;12;25.62;Farsø;ignored`,
        `Existing ApS;${existing.registrationNumber};;20;;;`,
        'Bad Check ApS;10150818;Vesthimmerland;5;;;',
        `Twice ApS;${fresh};820;5;;;`,
        `"Quoted; Name ApS";${nextCvr()};Nowhere;5;;;`,
      ].join('\r\n');
      const preview = await imports.preview(world.admin, csv);
      expect(preview.counts).toEqual({ create: 1, update: 1, reject: 3 });
      expect(preview.ignoredColumns).toEqual(['notes']);
      expect(preview.rows.map((r) => [r.line, r.action])).toEqual([
        [2, 'create'],
        [3, 'update'],
        [4, 'reject'],
        [5, 'reject'],
        [6, 'reject'],
      ]);
      expect(preview.rows[1]).toMatchObject({ companyId: existing.id, changes: ['employees'] });
      expect(preview.rows[2]?.reason).toMatch(/wrong check digit/);
      expect(preview.rows[3]?.reason).toMatch(/also on line 2/);
      expect(preview.rows[4]).toMatchObject({ name: 'Quoted; Name ApS' });
      expect(preview.rows[4]?.reason).toMatch(/no municipality "Nowhere"/);
    });

    it('rejects a file with one bad row without creating anything, reporting line and reason', async () => {
      const before = await companyCount();
      const rows = Array.from(
        { length: 5 },
        (_, i) => `Batch ${i} ApS,${i === 3 ? '10150818' : nextCvr()},Thisted,${i}`,
      );
      const error = await refusal(
        imports.import(
          world.admin,
          ['name,registrationNumber,municipality,employees', ...rows].join('\n'),
        ),
      );
      expect(error.code).toBe(ErrorCode.Validation);
      expect(error.message).toMatch(
        /^Nothing was imported: 1 row was rejected \(line 5: The CVR number 10150818 has a wrong check digit/,
      );
      expect(error.details).toEqual([
        { field: 'line.5', message: expect.stringMatching(/wrong check digit/) as string },
      ]);
      expect(await companyCount()).toBe(before);
    });

    it('keeps a coordinator’s import to their municipalities', async () => {
      const preview = await imports.preview(
        world.coordinatorA,
        `name,cvr,municipality\nA ApS,${nextCvr()},Thisted\nB ApS,${nextCvr()},Vesthimmerland`,
      );
      expect(preview.rows.map((r) => r.action)).toEqual(['reject', 'create']);
      expect(preview.rows[0]?.reason).toMatch(/only into your municipalities/);
    });

    it('refuses a malformed file naming the line', async () => {
      const error = await refusal(imports.preview(world.admin, 'name,cvr\n"open,1\nx,y'));
      expect(error.code).toBe(ErrorCode.Validation);
      expect(error.message).toMatch(/^Line 2: a quoted field is never closed/);
      expect((await refusal(imports.preview(world.admin, 'name,city\nA,B'))).message).toMatch(
        /lacks the column registrationNumber/,
      );
    });

    it('imports 1,000 rows in one transaction in under 5 seconds, then updates them', async () => {
      const before = await companyCount();
      const numbers = Array.from({ length: 1000 }, (_, i) => testCvr(i, 40_000_000));
      const csv = [
        'name,registrationNumber,country,municipality,employees,sectorCode,turnoverBand,address,postalCode,city,contactName,contactEmail',
        ...numbers.map(
          (cvr, i) =>
            `"Lead ${i}, Metal ApS",${cvr},DK,${i % 2 ? 'Thisted' : '820'},${i % 300},25.${(i % 9) + 1},upTo10m,Vej ${i},7700,Thisted,Person ${i},person${i}@lead.example`,
        ),
      ].join('\r\n');
      const started = performance.now();
      const result = await imports.import(world.admin, csv);
      const elapsed = performance.now() - started;
      console.log(
        `Imported 1,000 companies in ${Math.round(elapsed)} ms (service: ${result.durationMs} ms)`,
      );
      expect(result).toMatchObject({ created: 1000, updated: 0, contactsAdded: 1000 });
      expect(elapsed).toBeLessThan(5000);
      expect(await companyCount()).toBe(before + 1000);
      const [sample] = (await db.query(
        `SELECT name, size_band, city FROM company WHERE programme_id = $1 AND registration_number = $2`,
        [world.programmeId, numbers[299]],
      )) as { name: string; size_band: string; city: string }[];
      expect(sample).toEqual({ name: 'Lead 299, Metal ApS', size_band: 'large', city: 'Thisted' });

      // The same file again: every row is an update with nothing to change.
      const again = await imports.preview(world.admin, csv);
      expect(again.counts).toEqual({ create: 0, update: 1000, reject: 0 });
      const updateStarted = performance.now();
      const changed = csv.replace(/,upTo10m,/g, ',upTo50m,');
      expect(await imports.import(world.admin, changed)).toMatchObject({
        created: 0,
        updated: 1000,
        contactsAdded: 0,
      });
      console.log(`Updated 1,000 companies in ${Math.round(performance.now() - updateStarted)} ms`);
    });
  });
});
