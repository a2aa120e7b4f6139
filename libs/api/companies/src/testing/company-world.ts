import { randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { type CompanyViewer } from '../lib/company-scope';

/** A programme with two municipalities and a user in each role, for integration tests. */
export interface CompanyWorld {
  programmeId: string;
  municipalityA: string;
  municipalityB: string;
  admin: CompanyViewer;
  /** Coordinator of municipality A. */
  coordinatorA: CompanyViewer;
  expert: CompanyViewer;
}

async function insert(db: DataSource, sql: string, params: unknown[]): Promise<string> {
  const [row] = (await db.query(sql, params)) as { id: string }[];
  if (!row) throw new Error(`No row from ${sql}`);
  return row.id;
}

export async function createCompanyWorld(db: DataSource): Promise<CompanyWorld> {
  const tag = randomBytes(3).toString('hex');
  const programmeId = await insert(db, `INSERT INTO programme (name) VALUES ($1) RETURNING id`, [
    `Company test ${tag}`,
  ]);
  const municipality = (name: string, code: string) =>
    insert(
      db,
      `INSERT INTO municipality (programme_id, name, code) VALUES ($1, $2, $3) RETURNING id`,
      [programmeId, name, code],
    );
  const municipalityA = await municipality('Vesthimmerland', '820');
  const municipalityB = await municipality('Thisted', '787');
  const user = async (
    role: CompanyViewer['role'],
    municipalityIds: string[] = [],
  ): Promise<CompanyViewer> => {
    const id = await insert(
      db,
      `INSERT INTO app_user (programme_id, email, name, role) VALUES ($1, $2, $3, $4) RETURNING id`,
      [programmeId, `${role}.${randomBytes(4).toString('hex')}@test.techpact.dk`, role, role],
    );
    for (const municipalityId of municipalityIds) {
      await db.query(
        `INSERT INTO coordinator_municipality (user_id, municipality_id) VALUES ($1, $2)`,
        [id, municipalityId],
      );
    }
    return { id, role, programmeId, municipalityIds, companyId: null };
  };
  return {
    programmeId,
    municipalityA,
    municipalityB,
    admin: await user('admin'),
    coordinatorA: await user('coordinator', [municipalityA]),
    expert: await user('expert'),
  };
}

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** The n-th valid CVR number from `start` (distinct for distinct n). */
export function testCvr(n: number, start = 20_000_000): string {
  for (let base = Math.floor(start / 10) + n * 13; ; base += 1) {
    const digits = String(base).slice(0, 7);
    const sum = [...digits].reduce((t, d, i) => t + Number(d) * (WEIGHTS[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return digits + String(check);
  }
}
