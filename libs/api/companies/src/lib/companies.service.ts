import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CompanyDetail, type CompanySummary, type Page } from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { checkRegistration } from './cvr';
import { COMPANY_REGISTRATION_KEY, CompanyErrors, isUniqueViolation } from './company.errors';
import { type CompanyRow, type CompanyValues, CompanyRepository } from './company.repository';
import { type CompanyViewer, mayWriteIn } from './company-scope';
import { type CreateCompanyDto, type UpdateCompanyDto } from './dto/company.dto';
import { type ListCompaniesQuery } from './dto/list-companies.query';
import { naceProblem } from './nace';

/** Trims; an empty text is no value. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The company register: scoped reads, writes in one transaction each. */
@Injectable()
export class CompaniesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Scoped: admins the programme, coordinators their municipalities, experts the companies of their cases, SME users their company. */
  async list(viewer: CompanyViewer, query: ListCompaniesQuery): Promise<Page<CompanySummary>> {
    const { items, total } = await new CompanyRepository(this.db.manager).list(viewer, query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** The company with its contact people and cases; 404 outside the programme, 403 outside scope. */
  async get(viewer: CompanyViewer, id: string, manager = this.db.manager): Promise<CompanyDetail> {
    const repository = new CompanyRepository(manager);
    const row = await repository.detail(id);
    if (!row || row.programmeId !== viewer.programmeId) throw CompanyErrors.notFound();
    if (!(await repository.isInScope(viewer, id))) throw CompanyErrors.outsideScope();
    const { programmeId: _p, municipalityId: _m, createdAt, updatedAt, ...company } = row;
    return {
      ...company,
      contacts: await repository.contacts(id),
      cases: await repository.cases(viewer, id),
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    };
  }

  async create(viewer: CompanyViewer, dto: CreateCompanyDto): Promise<CompanyDetail> {
    const id = await this.db.transaction(async (manager) => {
      const values = await this.checked(manager, viewer, {
        municipalityId: dto.municipalityId,
        name: dto.name,
        registrationNumber: dto.registrationNumber,
        country: dto.country ?? 'DK',
        employees: dto.employees ?? null,
        sectorCode: text(dto.sectorCode),
        turnoverBand: dto.turnoverBand ?? null,
        addressLine: text(dto.address?.line),
        postalCode: text(dto.address?.postalCode),
        city: text(dto.address?.city),
      });
      const repository = new CompanyRepository(manager);
      await this.assertUnique(repository, viewer.programmeId, values);
      try {
        return await repository.insert(viewer.programmeId, values);
      } catch (error) {
        if (isUniqueViolation(error, COMPANY_REGISTRATION_KEY)) {
          throw CompanyErrors.duplicate(values.registrationNumber);
        }
        throw error;
      }
    });
    return this.get(viewer, id);
  }

  /** Changes the fields sent; `null` clears an optional one. */
  async update(viewer: CompanyViewer, id: string, dto: UpdateCompanyDto): Promise<CompanyDetail> {
    await this.db.transaction(async (manager) => {
      const repository = new CompanyRepository(manager);
      const current = await repository.lock(id);
      if (!current || current.programmeId !== viewer.programmeId) throw CompanyErrors.notFound();
      if (!mayWriteIn(viewer, current.municipalityId)) throw CompanyErrors.outsideScope();
      const pick = <K extends keyof CompanyRow>(key: K, sent: CompanyRow[K] | undefined) =>
        sent === undefined ? current[key] : sent;
      const address = dto.address ?? {};
      const values = await this.checked(manager, viewer, {
        municipalityId: pick('municipalityId', dto.municipalityId),
        name: pick('name', dto.name),
        registrationNumber: pick('registrationNumber', dto.registrationNumber),
        country: pick('country', dto.country),
        employees: pick('employees', dto.employees),
        sectorCode: dto.sectorCode === undefined ? current.sectorCode : text(dto.sectorCode),
        turnoverBand: pick('turnoverBand', dto.turnoverBand),
        addressLine: address.line === undefined ? current.addressLine : text(address.line),
        postalCode:
          address.postalCode === undefined ? current.postalCode : text(address.postalCode),
        city: address.city === undefined ? current.city : text(address.city),
      });
      if (values.municipalityId !== current.municipalityId && (await repository.hasCases(id))) {
        throw CompanyErrors.movingWithCases();
      }
      if (
        values.country !== current.country ||
        values.registrationNumber !== current.registrationNumber
      ) {
        await this.assertUnique(repository, viewer.programmeId, values);
      }
      try {
        await repository.update(id, values);
      } catch (error) {
        if (isUniqueViolation(error, COMPANY_REGISTRATION_KEY)) {
          throw CompanyErrors.duplicate(values.registrationNumber);
        }
        throw error;
      }
    });
    return this.get(viewer, id);
  }

  /** Normalises and checks what the DTO cannot: the registration number by country, the NACE division, the municipality and the caller's scope. */
  private async checked(
    manager: EntityManager,
    viewer: CompanyViewer,
    values: CompanyValues,
  ): Promise<CompanyValues> {
    const registration = checkRegistration(values.country, values.registrationNumber);
    if (!registration.ok) throw CompanyErrors.invalid(registration.field, registration.reason);
    const name = values.name.trim();
    if (!name) throw CompanyErrors.invalid('name', 'The company name is missing.');
    if (values.sectorCode) {
      const problem = naceProblem(values.sectorCode);
      if (problem) throw CompanyErrors.invalid('sectorCode', problem);
    }
    const municipality = await new CompanyRepository(manager).municipalityOf(
      viewer.programmeId,
      values.municipalityId,
    );
    if (!municipality) throw CompanyErrors.municipalityUnknown();
    if (!mayWriteIn(viewer, municipality.id)) throw CompanyErrors.municipalityOutsideScope();
    return {
      ...values,
      name,
      country: registration.country,
      registrationNumber: registration.registrationNumber,
    };
  }

  private async assertUnique(
    repository: CompanyRepository,
    programmeId: string,
    values: CompanyValues,
  ): Promise<void> {
    const existing = await repository.findByRegistration(
      programmeId,
      values.country,
      values.registrationNumber,
    );
    if (existing) throw CompanyErrors.duplicate(values.registrationNumber, existing);
  }
}
