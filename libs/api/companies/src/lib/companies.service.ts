import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthUser } from '@techpact/api/auth';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type CompanySummary, type Page } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { type ListCompaniesQuery } from './dto/list-companies.query';

const COMPANY_COLUMNS = `c.id, c.name, c.registration_number AS "registrationNumber", trim(c.country) AS country,
  json_build_object('id', m.id, 'name', m.name) AS municipality`;

@Injectable()
export class CompaniesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Scoped: admins see the programme, coordinators their municipalities, SME users their company. */
  async list(viewer: AuthUser, query: ListCompaniesQuery): Promise<Page<CompanySummary>> {
    const { where, params } = scopeOf(viewer);
    if (query.municipalityId) {
      params.push(query.municipalityId);
      where.push(`c.municipality_id = $${params.length}`);
    }
    if (query.q) {
      params.push(`%${query.q.replace(/[\\%_]/g, '\\$&')}%`);
      where.push(
        `(c.name ILIKE $${params.length} OR c.registration_number ILIKE $${params.length})`,
      );
    }
    const from = `FROM company c JOIN municipality m ON m.id = c.municipality_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${from}`, params)) as [
      { total: number },
    ];
    const items = (await this.db.query(
      `SELECT ${COMPANY_COLUMNS} ${from} ORDER BY c.name, c.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    )) as CompanySummary[];
    return { items, total, limit: query.limit, offset: query.offset };
  }

  async get(viewer: AuthUser, id: string): Promise<CompanySummary> {
    const [company] = (await this.db.query(
      `SELECT ${COMPANY_COLUMNS}, c.programme_id AS "programmeId", c.municipality_id AS "municipalityId"
         FROM company c JOIN municipality m ON m.id = c.municipality_id WHERE c.id = $1`,
      [id],
    )) as (CompanySummary & { programmeId: string; municipalityId: string })[];
    if (!company || company.programmeId !== viewer.programmeId) {
      throw new AppError(ErrorCode.NotFound, 'Company not found.');
    }
    if (!canSee(viewer, company)) {
      throw new AppError(
        ErrorCode.Forbidden,
        'This company is outside your access: you can only see your own company and its case.',
      );
    }
    const { programmeId: _p, municipalityId: _m, ...summary } = company;
    return summary;
  }
}

function canSee(viewer: AuthUser, company: { id: string; municipalityId: string }): boolean {
  switch (viewer.role) {
    case 'admin':
      return true;
    case 'coordinator':
      return viewer.municipalityIds.includes(company.municipalityId);
    case 'sme':
      return viewer.companyId === company.id;
    case 'expert':
      // Experts see the companies of the cases they are assigned to (cases arrive with the lifecycle).
      return false;
  }
}

function scopeOf(viewer: AuthUser): { where: string[]; params: unknown[] } {
  const where = ['c.programme_id = $1'];
  const params: unknown[] = [viewer.programmeId];
  switch (viewer.role) {
    case 'admin':
      break;
    case 'coordinator':
      params.push(viewer.municipalityIds);
      where.push(`c.municipality_id = ANY($${params.length})`);
      break;
    case 'sme':
      params.push(viewer.companyId);
      where.push(`c.id = $${params.length}`);
      break;
    case 'expert':
      where.push('false');
      break;
  }
  return { where, params };
}
