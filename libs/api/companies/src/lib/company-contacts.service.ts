import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CompanyContact } from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CONTACT_EMAIL_KEY, CompanyErrors, isUniqueViolation } from './company.errors';
import { CompanyRepository } from './company.repository';
import { type CompanyViewer, mayWriteIn } from './company-scope';
import { type CreateContactDto, type UpdateContactDto } from './dto/contact.dto';

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Contact people of a company. Inviting one as an SME user is `POST /api/invitations` with the
 * contact's `invitation` body (role sme, the company): the existing invitation flow.
 */
@Injectable()
export class CompanyContactsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(viewer: CompanyViewer, companyId: string): Promise<CompanyContact[]> {
    const repository = new CompanyRepository(this.db.manager);
    const company = await repository.detail(companyId);
    if (!company || company.programmeId !== viewer.programmeId) throw CompanyErrors.notFound();
    if (!(await repository.isInScope(viewer, companyId))) throw CompanyErrors.outsideScope();
    return repository.contacts(companyId);
  }

  async create(
    viewer: CompanyViewer,
    companyId: string,
    dto: CreateContactDto,
  ): Promise<CompanyContact> {
    const id = await this.db.transaction(async (manager) => {
      await this.writable(manager, viewer, companyId);
      return this.save(manager, companyId, null, {
        name: dto.name.trim(),
        role: text(dto.role),
        email: text(dto.email)?.toLowerCase() ?? null,
        phone: text(dto.phone),
      });
    });
    return this.one(companyId, id);
  }

  async update(
    viewer: CompanyViewer,
    companyId: string,
    contactId: string,
    dto: UpdateContactDto,
  ): Promise<CompanyContact> {
    await this.db.transaction(async (manager) => {
      await this.writable(manager, viewer, companyId);
      const [current] = (await manager.query(
        `SELECT name, role, email, phone FROM company_contact WHERE id = $1 AND company_id = $2 FOR UPDATE`,
        [contactId, companyId],
      )) as { name: string; role: string | null; email: string | null; phone: string | null }[];
      if (!current) throw CompanyErrors.contactNotFound();
      await this.save(manager, companyId, contactId, {
        name: dto.name === undefined ? current.name : dto.name.trim(),
        role: dto.role === undefined ? current.role : text(dto.role),
        email: dto.email === undefined ? current.email : (text(dto.email)?.toLowerCase() ?? null),
        phone: dto.phone === undefined ? current.phone : text(dto.phone),
      });
    });
    return this.one(companyId, contactId);
  }

  async remove(viewer: CompanyViewer, companyId: string, contactId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.writable(manager, viewer, companyId);
      const deleted = (await manager.query(
        `WITH gone AS (DELETE FROM company_contact WHERE id = $1 AND company_id = $2 RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [contactId, companyId],
      )) as { n: number }[];
      if (!deleted[0]?.n) throw CompanyErrors.contactNotFound();
    });
  }

  private async writable(
    manager: EntityManager,
    viewer: CompanyViewer,
    companyId: string,
  ): Promise<void> {
    const company = await new CompanyRepository(manager).lock(companyId);
    if (!company || company.programmeId !== viewer.programmeId) throw CompanyErrors.notFound();
    if (!mayWriteIn(viewer, company.municipalityId)) throw CompanyErrors.outsideScope();
  }

  private async save(
    manager: EntityManager,
    companyId: string,
    contactId: string | null,
    values: { name: string; role: string | null; email: string | null; phone: string | null },
  ): Promise<string> {
    if (!values.name) throw CompanyErrors.invalid('name', 'The contact person’s name is missing.');
    try {
      const params = [companyId, values.name, values.role, values.email, values.phone];
      // As CTEs so that the driver returns the rows (a bare UPDATE answers [rows, count]).
      const [row] = (await manager.query(
        contactId
          ? `WITH saved AS (
               UPDATE company_contact SET name = $2, role = $3, email = $4, phone = $5, updated_at = now()
                WHERE id = $6 AND company_id = $1 RETURNING id)
             SELECT id FROM saved`
          : `INSERT INTO company_contact (company_id, name, role, email, phone)
             VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        contactId ? [...params, contactId] : params,
      )) as { id: string }[];
      if (!row) throw new Error('Saving a contact returned no row');
      return row.id;
    } catch (error) {
      if (isUniqueViolation(error, CONTACT_EMAIL_KEY)) {
        throw CompanyErrors.contactEmailTaken(values.email ?? '');
      }
      throw error;
    }
  }

  private async one(companyId: string, contactId: string): Promise<CompanyContact> {
    const [contact] = await new CompanyRepository(this.db.manager).contacts(companyId, contactId);
    if (!contact) throw CompanyErrors.contactNotFound();
    return contact;
  }
}
