import { type AuthUser } from '@techpact/api/auth';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { DataSource } from 'typeorm';
import { Municipality } from './municipality.entity';
import { Programme } from './programme.entity';
import { ProgrammesService } from './programmes.service';

function viewer(role: AuthUser['role'], programmeId: string): AuthUser {
  return {
    id: 'u',
    sessionId: 's',
    email: 'x@example.org',
    name: 'X',
    role,
    language: 'en',
    programmeId,
    municipalityIds: [],
    companyId: null,
    organisation: null,
  };
}

async function codeOf(promise: Promise<unknown>): Promise<ErrorCode | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('ProgrammesService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: ProgrammesService;

  beforeAll(async () => {
    db = await createTestDatabase('programmes');
    dataSource = await new DataSource(
      dataSourceOptions(db.url, { entities: [Programme, Municipality] }),
    ).initialize();
    service = new ProgrammesService(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('creates a programme with the Danish defaults and refuses a second one with its name', async () => {
    const programme = await service.createProgramme({ name: 'Smart Production North' });
    expect(programme).toMatchObject({ timeZone: 'Europe/Copenhagen', country: 'DK', funder: null });
    expect(await codeOf(service.createProgramme({ name: 'Smart Production North' }))).toBe(
      ErrorCode.Conflict,
    );
  });

  it('refuses a period that ends before it starts, on create and on update, leaving the row as it was', async () => {
    expect(
      await codeOf(
        service.createProgramme({
          name: 'Backwards',
          startsOn: '2027-01-01',
          endsOn: '2026-01-01',
        }),
      ),
    ).toBe(ErrorCode.Validation);
    const programme = await service.createProgramme({ name: 'Forwards', startsOn: '2026-01-01' });
    expect(await codeOf(service.updateProgramme(programme.id, { endsOn: '2025-12-31' }))).toBe(
      ErrorCode.Validation,
    );
    expect((await service.getProgramme(programme.id)).endsOn).toBeNull();
    expect((await service.listProgrammes()).map((p) => p.name)).not.toContain('Backwards');
  });

  it("lists a programme's municipalities; only admins may look at another programme", async () => {
    const mine = await service.createProgramme({ name: 'Mine' });
    const other = await service.createProgramme({ name: 'Other' });
    await service.createMunicipality({ programmeId: mine.id, name: 'Thisted' });
    await service.createMunicipality({ programmeId: other.id, name: 'Flensburg' });
    expect(
      await codeOf(service.createMunicipality({ programmeId: mine.id, name: 'Thisted' })),
    ).toBe(ErrorCode.Conflict);

    const names = async (role: AuthUser['role'], programmeId?: string) =>
      (await service.listMunicipalities(viewer(role, mine.id), programmeId)).map((m) => m.name);
    expect(await names('coordinator')).toEqual(['Thisted']);
    expect(await names('coordinator', other.id)).toEqual(['Thisted']);
    expect(await names('admin', other.id)).toEqual(['Flensburg']);
  });
});
