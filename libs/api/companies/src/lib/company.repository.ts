import {
  type CompanyAddress,
  type CompanyCaseSummary,
  type CompanyContact,
  type CompanySummary,
  type ContactAccountStatus,
  type SizeBand,
  type TurnoverBand,
} from '@techpact/contracts';
import { containsPattern } from '@techpact/api/infra-db';
import { type EntityManager } from 'typeorm';
import { type CompanyViewer, companyScope } from './company-scope';
import { type ListCompaniesQuery } from './dto/list-companies.query';

const SUMMARY_COLUMNS = `c.id, c.name, c.registration_number AS "registrationNumber", trim(c.country) AS country,
  json_build_object('id', m.id, 'name', m.name) AS municipality,
  c.employees, c.size_band AS "sizeBand", c.sector_code AS "sectorCode", c.city`;

const SORT_COLUMNS = { name: 'c.name', createdAt: 'c.created_at', employees: 'c.employees' };

/** The stored company, as the write paths need it. */
export interface CompanyRow {
  id: string;
  programmeId: string;
  municipalityId: string;
  name: string;
  registrationNumber: string;
  country: string;
  employees: number | null;
  sectorCode: string | null;
  turnoverBand: TurnoverBand | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
}

/** The writable columns of a company. */
export type CompanyValues = Omit<CompanyRow, 'id' | 'programmeId'>;

export const COMPANY_ROW_COLUMNS = `c.id, c.programme_id AS "programmeId", c.municipality_id AS "municipalityId",
  c.name, c.registration_number AS "registrationNumber", trim(c.country) AS country, c.employees,
  c.sector_code AS "sectorCode", c.turnover_band AS "turnoverBand", c.address_line AS "addressLine",
  c.postal_code AS "postalCode", c.city`;

export interface CompanyDetailRow extends CompanySummary {
  programmeId: string;
  municipalityId: string;
  employees: number | null;
  sizeBand: SizeBand | null;
  sectorCode: string | null;
  turnoverBand: TurnoverBand | null;
  address: CompanyAddress;
  createdAt: Date;
  updatedAt: Date;
}

/** The SQL of companies and their contact people, on one entity manager. */
export class CompanyRepository {
  constructor(private readonly manager: EntityManager) {}

  private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.manager.query(sql, params)) as T[];
  }

  async list(
    viewer: CompanyViewer,
    query: ListCompaniesQuery,
  ): Promise<{ items: CompanySummary[]; total: number }> {
    const params: unknown[] = [];
    const where = [companyScope(viewer, params)];
    if (query.municipalityId) {
      params.push(query.municipalityId);
      where.push(`c.municipality_id = $${params.length}`);
    }
    if (query.q?.trim()) {
      params.push(containsPattern(query.q));
      where.push(
        `(c.name ILIKE $${params.length} OR c.registration_number ILIKE $${params.length})`,
      );
    }
    if (query.sector) {
      // Digits and dots only (the query DTO checks), so no LIKE wildcards to escape.
      params.push(`${query.sector}%`);
      where.push(`c.sector_code LIKE $${params.length}`);
    }
    if (query.size) {
      params.push(query.size);
      where.push(`c.size_band = $${params.length}`);
    }
    if (query.country) {
      params.push(query.country.toUpperCase());
      where.push(`c.country = $${params.length}`);
    }
    const from = `FROM company c JOIN municipality m ON m.id = c.municipality_id WHERE ${where.join(' AND ')}`;
    const [count] = await this.rows<{ total: number }>(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    const items = await this.rows<CompanySummary>(
      `SELECT ${SUMMARY_COLUMNS} ${from}
        ORDER BY ${SORT_COLUMNS[query.sort]} ${direction} NULLS LAST, c.name ${direction}, c.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return { items, total: count?.total ?? 0 };
  }

  /** The company whatever the viewer's scope (the caller decides between 403 and 404). */
  async detail(id: string): Promise<CompanyDetailRow | null> {
    const [row] = await this.rows<CompanyDetailRow>(
      `SELECT ${SUMMARY_COLUMNS}, c.programme_id AS "programmeId", c.municipality_id AS "municipalityId",
              c.turnover_band AS "turnoverBand",
              json_build_object('line', c.address_line, 'postalCode', c.postal_code, 'city', c.city) AS address,
              c.created_at AS "createdAt", c.updated_at AS "updatedAt"
         FROM company c JOIN municipality m ON m.id = c.municipality_id WHERE c.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async isInScope(viewer: CompanyViewer, id: string): Promise<boolean> {
    const params: unknown[] = [id];
    const rows = await this.rows(
      `SELECT 1 FROM company c WHERE c.id = $1 AND ${companyScope(viewer, params)}`,
      params,
    );
    return rows.length > 0;
  }

  /** Locks the company row for the rest of the transaction. */
  async lock(id: string): Promise<CompanyRow | null> {
    const [row] = await this.rows<CompanyRow>(
      `SELECT ${COMPANY_ROW_COLUMNS} FROM company c WHERE c.id = $1 FOR NO KEY UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async municipalityOf(
    programmeId: string,
    municipalityId: string,
  ): Promise<{ id: string; name: string } | null> {
    const [row] = await this.rows<{ id: string; name: string }>(
      `SELECT id, name FROM municipality WHERE id = $1 AND programme_id = $2`,
      [municipalityId, programmeId],
    );
    return row ?? null;
  }

  async findByRegistration(
    programmeId: string,
    country: string,
    registrationNumber: string,
  ): Promise<{ id: string; name: string; municipality: string } | null> {
    const [row] = await this.rows<{ id: string; name: string; municipality: string }>(
      `SELECT c.id, c.name, m.name AS municipality FROM company c JOIN municipality m ON m.id = c.municipality_id
        WHERE c.programme_id = $1 AND c.country = $2 AND c.registration_number = $3`,
      [programmeId, country, registrationNumber],
    );
    return row ?? null;
  }

  async hasCases(companyId: string): Promise<boolean> {
    const rows = await this.rows(`SELECT 1 FROM case_file WHERE company_id = $1 LIMIT 1`, [
      companyId,
    ]);
    return rows.length > 0;
  }

  async insert(programmeId: string, values: CompanyValues): Promise<string> {
    const [row] = await this.rows<{ id: string }>(
      `INSERT INTO company (programme_id, municipality_id, name, registration_number, country, employees,
                            sector_code, turnover_band, address_line, postal_code, city)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        programmeId,
        values.municipalityId,
        values.name,
        values.registrationNumber,
        values.country,
        values.employees,
        values.sectorCode,
        values.turnoverBand,
        values.addressLine,
        values.postalCode,
        values.city,
      ],
    );
    if (!row) throw new Error('INSERT INTO company returned no row');
    return row.id;
  }

  async update(id: string, values: CompanyValues): Promise<void> {
    await this.manager.query(
      `UPDATE company SET municipality_id = $2, name = $3, registration_number = $4, country = $5,
              employees = $6, sector_code = $7, turnover_band = $8, address_line = $9,
              postal_code = $10, city = $11, updated_at = now()
        WHERE id = $1`,
      [
        id,
        values.municipalityId,
        values.name,
        values.registrationNumber,
        values.country,
        values.employees,
        values.sectorCode,
        values.turnoverBand,
        values.addressLine,
        values.postalCode,
        values.city,
      ],
    );
  }

  /** The contact people with whether each has an SME account or an open invitation. */
  async contacts(companyId: string, contactId?: string): Promise<CompanyContact[]> {
    const params: unknown[] = [companyId];
    if (contactId) params.push(contactId);
    const rows = await this.rows<{
      id: string;
      name: string;
      role: string | null;
      email: string | null;
      phone: string | null;
      account: ContactAccountStatus;
      emailInUse: boolean;
    }>(
      `SELECT cc.id, cc.name, cc.role, cc.email, cc.phone,
              CASE WHEN EXISTS (SELECT 1 FROM app_user u WHERE u.email = cc.email AND u.company_id = cc.company_id) THEN 'active'
                   WHEN EXISTS (SELECT 1 FROM invitation i WHERE i.email = cc.email AND i.company_id = cc.company_id
                                   AND i.accepted_at IS NULL AND i.expires_at > now()) THEN 'invited'
                   ELSE 'none' END AS account,
              EXISTS (SELECT 1 FROM app_user u WHERE u.email = cc.email) AS "emailInUse"
         FROM company_contact cc
        WHERE cc.company_id = $1 ${contactId ? 'AND cc.id = $2' : ''}
        ORDER BY cc.name, cc.id`,
      params,
    );
    return rows.map(({ emailInUse, ...contact }) => ({
      ...contact,
      invitation:
        contact.email && contact.account === 'none' && !emailInUse
          ? { email: contact.email, name: contact.name, role: 'sme', companyId }
          : null,
    }));
  }

  /** The cases of a company, newest first; experts only those they are assigned to. */
  async cases(viewer: CompanyViewer, companyId: string): Promise<CompanyCaseSummary[]> {
    const params: unknown[] = [companyId];
    let filter = '';
    if (viewer.role === 'expert') {
      params.push(viewer.id);
      filter = `AND EXISTS (SELECT 1 FROM case_expert fe WHERE fe.case_id = cf.id AND fe.expert_id = $2)`;
    }
    const rows = await this.rows<
      Omit<CompanyCaseSummary, 'openedAt' | 'updatedAt'> & { openedAt: Date; updatedAt: Date }
    >(
      `SELECT cf.id, cf.state, cf.opened_at AS "openedAt", cf.updated_at AS "updatedAt",
              CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'name', co.name) END AS coordinator,
              COALESCE((SELECT json_agg(json_build_object('id', e.id, 'name', e.name) ORDER BY e.name, e.id)
                          FROM case_expert ce JOIN app_user e ON e.id = ce.expert_id
                         WHERE ce.case_id = cf.id), '[]') AS experts
         FROM case_file cf LEFT JOIN app_user co ON co.id = cf.coordinator_id
        WHERE cf.company_id = $1 ${filter}
        ORDER BY cf.opened_at DESC, cf.id DESC`,
      params,
    );
    return rows.map((row) => ({
      ...row,
      openedAt: row.openedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }
}
