import { randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { type CaseActor } from '../lib/case-command';

/** A test actor with an account. */
export type UserActor = CaseActor & { readonly id: string };

/** A small programme for integration tests: two municipalities, people in every role, companies. */
export interface CaseWorld {
  programmeId: string;
  municipalityA: string;
  municipalityB: string;
  admin: UserActor;
  /** Coordinator of municipality A. */
  coordinatorA: UserActor;
  /** A second coordinator of municipality A. */
  coordinatorA2: UserActor;
  /** Coordinator of municipality B only. */
  coordinatorB: UserActor;
  expert: UserActor;
  expert2: UserActor;
  inactiveExpertId: string;
  /** SME user of `companiesA[0]`. */
  sme: UserActor;
  companiesA: string[];
  companiesB: string[];
}

async function insert(db: DataSource, sql: string, params: unknown[]): Promise<string> {
  const [row] = (await db.query(sql, params)) as { id: string }[];
  if (!row) throw new Error(`No row from ${sql}`);
  return row.id;
}

/** A valid-looking CVR-shaped number; uniqueness is all the tests need. */
function registrationNumber(): string {
  return String(10_000_000 + (randomBytes(4).readUInt32BE(0) % 89_999_999));
}

export async function createCaseWorld(
  db: DataSource,
  options: { companiesPerMunicipality?: number } = {},
): Promise<CaseWorld> {
  const perMunicipality = options.companiesPerMunicipality ?? 4;
  const tag = randomBytes(3).toString('hex');
  const programmeId = await insert(db, `INSERT INTO programme (name) VALUES ($1) RETURNING id`, [
    `Test programme ${tag}`,
  ]);
  const municipality = (name: string) =>
    insert(db, `INSERT INTO municipality (programme_id, name) VALUES ($1, $2) RETURNING id`, [
      programmeId,
      name,
    ]);
  const municipalityA = await municipality('Vesthimmerland');
  const municipalityB = await municipality('Thisted');

  const company = async (municipalityId: string, name: string) =>
    insert(
      db,
      `INSERT INTO company (programme_id, municipality_id, name, registration_number) VALUES ($1, $2, $3, $4) RETURNING id`,
      [programmeId, municipalityId, name, registrationNumber()],
    );
  const companiesA: string[] = [];
  const companiesB: string[] = [];
  for (let i = 0; i < perMunicipality; i += 1) {
    companiesA.push(await company(municipalityA, `Aars Metal ${i} ApS`));
    companiesB.push(await company(municipalityB, `Thisted Tech ${i} A/S`));
  }

  const user = async (
    role: CaseActor['role'],
    name: string,
    extra: { companyId?: string; active?: boolean; municipalityIds?: string[] } = {},
  ): Promise<UserActor> => {
    const id = await insert(
      db,
      `INSERT INTO app_user (programme_id, email, name, role, company_id, active)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        programmeId,
        `${name.toLowerCase().replace(/\W/g, '.')}.${tag}@test.techpact.dk`,
        name,
        role,
        extra.companyId ?? null,
        extra.active ?? true,
      ],
    );
    for (const municipalityId of extra.municipalityIds ?? []) {
      await db.query(
        `INSERT INTO coordinator_municipality (user_id, municipality_id) VALUES ($1, $2)`,
        [id, municipalityId],
      );
    }
    return {
      id,
      role,
      programmeId,
      municipalityIds: extra.municipalityIds ?? [],
      companyId: extra.companyId ?? null,
    };
  };

  return {
    programmeId,
    municipalityA,
    municipalityB,
    admin: await user('admin', 'Anne Admin'),
    coordinatorA: await user('coordinator', 'Mette Coordinator', {
      municipalityIds: [municipalityA],
    }),
    coordinatorA2: await user('coordinator', 'Morten Coordinator', {
      municipalityIds: [municipalityA],
    }),
    coordinatorB: await user('coordinator', 'Jens Coordinator', {
      municipalityIds: [municipalityB],
    }),
    expert: await user('expert', 'Henrik Expert'),
    expert2: await user('expert', 'Ida Expert'),
    inactiveExpertId: (await user('expert', 'Gone Expert', { active: false })).id,
    sme: await user('sme', 'Karen Sme', { companyId: companiesA[0] }),
    companiesA,
    companiesB,
  };
}
