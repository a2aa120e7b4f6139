/** The programme, its 98 municipalities and assessment dimensions, and the staff accounts. */
import { dataSourceOptions } from '@techpact/api/infra-db';
import { seedDefaultDimensions } from '@techpact/api/assessments';
import { type Client } from 'pg';
import { DataSource } from 'typeorm';
import { MUNICIPALITIES } from './names';

export const BENCH_DOMAIN = 'bench.techpact.dk';
export const BENCH_ACCOUNTS = {
  admin: `bench.admin@${BENCH_DOMAIN}`,
  coordinator: `bench.coordinator@${BENCH_DOMAIN}`,
  expert: `bench.expert@${BENCH_DOMAIN}`,
  sme: `bench.sme@${BENCH_DOMAIN}`,
} as const;

/** Experts of the programme, the bench expert among them (~200, as a national network has). */
export const EXPERTS = 200;

const UNIVERSITIES = [
  'Aalborg University',
  'Aarhus University',
  'Technical University of Denmark',
  'University of Southern Denmark',
  'Danish Technological Institute',
];

export interface People {
  programmeId: string;
  adminId: string;
}

/** Inserts the programme with the targets and default dimensions a new programme gets. */
export async function insertProgramme(client: Client, url: string, cases: number): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO programme (name, funder, starts_on, ends_on, settings)
     VALUES ($1, $2, (now() - interval '3 years')::date, (now() + interval '2 years')::date, $3)
     RETURNING id`,
    [
      'TechPact Danmark (benchmark)',
      'Danish Board of Business Development',
      JSON.stringify({
        targets: {
          agreements: Math.round(cases * 0.75),
          activities: cases * 4,
          jobs: Math.round(cases * 0.3),
          companiesWithNewProducts: Math.round(cases * 0.2),
          expertHours: cases * 40,
          smeHours: cases * 20,
        },
      }),
    ],
  );
  const programmeId = rows[0]?.id;
  if (!programmeId) throw new Error('INSERT INTO programme returned no row');
  // The dimensions through the same code as the programmes service (a TypeORM manager).
  const dataSource = await new DataSource(
    dataSourceOptions(url, { extra: { max: 1 } }),
  ).initialize();
  try {
    await dataSource.transaction((manager) => seedDefaultDimensions(manager, programmeId));
  } finally {
    await dataSource.destroy();
  }
  return programmeId;
}

/**
 * Municipalities (with the share of companies each gets, as `bench_municipality`), one
 * coordinator each, the experts (`bench_expert`, the bench expert at index 0) and the bench
 * admin and coordinator (the latter serves all 98 municipalities, the programme-wide scope the
 * model allows). Every staff account gets `passwordHash`.
 */
export async function insertPeople(
  client: Client,
  programmeId: string,
  passwordHash: string,
): Promise<People> {
  if (MUNICIPALITIES.length !== 98) throw new Error('Expected the 98 municipalities of Denmark');
  const total = MUNICIPALITIES.reduce((sum, [, , weight]) => sum + weight, 0);
  let cumulative = 0;
  const bounds = MUNICIPALITIES.map(([, , weight]) => {
    const lo = cumulative / total;
    cumulative += weight;
    return [lo, cumulative / total];
  });
  await client.query(
    `CREATE TEMP TABLE bench_municipality AS
     WITH m AS (
       INSERT INTO municipality (programme_id, name, code)
       SELECT $1, name, code FROM unnest($2::text[], $3::text[]) AS t(name, code)
       RETURNING id, name, code)
     SELECT m.id, m.name, m.code, b.lo, b.hi, NULL::uuid AS coordinator_id
       FROM m JOIN unnest($3::text[], $4::float8[], $5::float8[]) AS b(code, lo, hi) USING (code)`,
    [
      programmeId,
      MUNICIPALITIES.map(([name]) => name),
      MUNICIPALITIES.map(([, code]) => code),
      bounds.map(([lo]) => lo),
      bounds.map(([, hi]) => hi),
    ],
  );
  const user = async (email: string, name: string, role: string): Promise<string> => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO app_user (programme_id, email, name, role, language, password_hash, organisation)
       VALUES ($1, $2, $3, $4, 'en', $5, $6) RETURNING id`,
      [programmeId, email, name, role, passwordHash, role === 'expert' ? UNIVERSITIES[0] : null],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error(`INSERT INTO app_user (${email}) returned no row`);
    return id;
  };
  const adminId = await user(BENCH_ACCOUNTS.admin, 'Bench Admin', 'admin');
  const coordinatorId = await user(BENCH_ACCOUNTS.coordinator, 'Bench Coordinator', 'coordinator');
  await client.query(
    `INSERT INTO coordinator_municipality (user_id, municipality_id) SELECT $1, id FROM bench_municipality`,
    [coordinatorId],
  );
  await client.query(
    `WITH c AS (
       INSERT INTO app_user (programme_id, email, name, role, language, password_hash)
       SELECT $1, 'coordinator.' || code || '@${BENCH_DOMAIN}', 'Coordinator of ' || name, 'coordinator', 'da', $2
         FROM bench_municipality
       RETURNING id, email),
     linked AS (
       INSERT INTO coordinator_municipality (user_id, municipality_id)
       SELECT c.id, m.id FROM c JOIN bench_municipality m ON c.email = 'coordinator.' || m.code || '@${BENCH_DOMAIN}'
       RETURNING user_id, municipality_id)
     UPDATE bench_municipality m SET coordinator_id = l.user_id FROM linked l WHERE l.municipality_id = m.id`,
    [programmeId, passwordHash],
  );
  const expertId = await user(BENCH_ACCOUNTS.expert, 'Bench Expert', 'expert');
  await client.query(
    `CREATE TEMP TABLE bench_expert AS
     WITH e AS (
       INSERT INTO app_user (programme_id, email, name, role, language, password_hash, organisation)
       SELECT $1, 'expert.' || lpad(i::text, 3, '0') || '@${BENCH_DOMAIN}', 'Expert ' || lpad(i::text, 3, '0'),
              'expert', 'en', $2, ($4::text[])[1 + i % cardinality($4::text[])]
         FROM generate_series(1, $3::int - 1) i
       RETURNING id, email)
     SELECT 0 AS idx, $5::uuid AS id
     UNION ALL
     SELECT substring(email from 'expert\\.(\\d+)@')::int, id FROM e`,
    [programmeId, passwordHash, EXPERTS, UNIVERSITIES, expertId],
  );
  return { programmeId, adminId };
}
