import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AnonymiseCompanyResponse, type CompanyPersonalData } from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ReportingErrors } from '../reporting.errors';
import { programmeSettings } from '../settings/programme-settings.service';
import { retentionOf } from '../settings/programme-targets';

interface CompanyRow {
  id: string;
  name: string;
  registrationNumber: string;
}

const PLACEHOLDER = 'Anonymised';

/**
 * A company's personal data (its contact people, SME users and signers): exported on request,
 * and replaced by placeholders once the programme's retention period has ended. Numbers (hours,
 * outcomes, agreements, the audit trail) are never touched, so every report stays the same.
 */
@Injectable()
export class CompanyPrivacyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async export(programmeId: string, companyId: string): Promise<CompanyPersonalData> {
    const manager = this.db.manager;
    const company = await this.company(manager, programmeId, companyId);
    const [contacts, users, signatures] = await Promise.all([
      manager.query(
        `SELECT name, role, email, phone FROM company_contact WHERE company_id = $1 ORDER BY name, id`,
        [companyId],
      ) as Promise<CompanyPersonalData['contacts']>,
      manager.query(
        `SELECT name, email, created_at AS "createdAt" FROM app_user
          WHERE company_id = $1 AND role = 'sme' ORDER BY name, id`,
        [companyId],
      ) as Promise<{ name: string; email: string; createdAt: Date }[]>,
      manager.query(
        `SELECT COALESCE(sg.signed_name, sg.name) AS name, sg.email, sg.signed_at AS "signedAt",
                sg.signed_ip AS ip
           FROM agreement_signer sg
           JOIN agreement_version av ON av.id = sg.version_id
           JOIN case_file cf ON cf.id = av.case_id
          WHERE cf.company_id = $1 AND sg.signed_at IS NOT NULL
          ORDER BY sg.signed_at, sg.id`,
        [companyId],
      ) as Promise<{ name: string; email: string; signedAt: Date; ip: string | null }[]>,
    ]);
    return {
      company,
      contacts,
      users: users.map((user) => ({ ...user, createdAt: user.createdAt.toISOString() })),
      signatures: signatures.map((s) => ({ ...s, signedAt: s.signedAt.toISOString() })),
      exportedAt: new Date().toISOString(),
    };
  }

  /** Refused (409) while retention runs or a case of the company is open; all or nothing. */
  async anonymise(programmeId: string, companyId: string): Promise<AnonymiseCompanyResponse> {
    return this.db.transaction(async (manager) => {
      await this.company(manager, programmeId, companyId, true);
      const retention = retentionOf(await programmeSettings(manager, programmeId));
      if (!retention.retainedUntil) throw ReportingErrors.retentionUnknown();
      const [{ ended }] = (await manager.query(
        `SELECT (now() AT TIME ZONE p.time_zone)::date >= $2::date AS ended
           FROM programme p WHERE p.id = $1`,
        [programmeId, retention.retainedUntil],
      )) as [{ ended: boolean }];
      if (!ended) throw ReportingErrors.retentionRunning(retention.retainedUntil);
      const open = (await manager.query(
        `SELECT 1 FROM case_file WHERE company_id = $1 AND state NOT IN ('completed', 'withdrawn')`,
        [companyId],
      )) as unknown[];
      if (open.length > 0) throw ReportingErrors.openCases();

      const count = async (sql: string) =>
        ((await manager.query(sql, [companyId, PLACEHOLDER])) as [unknown, number])[1];
      const contacts = await count(
        `UPDATE company_contact SET name = $2 || ' contact', role = NULL, email = NULL,
                phone = NULL, updated_at = now()
          WHERE company_id = $1`,
      );
      const users = await count(
        `UPDATE app_user SET name = $2 || ' user', email = 'anonymised+' || id || '@invalid',
                password_hash = NULL, active = false, updated_at = now()
          WHERE company_id = $1 AND role = 'sme'`,
      );
      await manager.query(
        `DELETE FROM user_session WHERE user_id IN (SELECT id FROM app_user WHERE company_id = $1)`,
        [companyId],
      );
      await manager.query(
        `UPDATE invitation SET name = $2 || ' invitee', email = 'anonymised+' || id || '@invalid'
          WHERE company_id = $1`,
        [companyId, PLACEHOLDER],
      );
      const signers = await count(
        `UPDATE agreement_signer sg
            SET name = $2 || ' signer', email = 'anonymised+' || sg.id || '@invalid',
                signed_name = CASE WHEN sg.signed_at IS NULL THEN NULL ELSE $2 || ' signer' END,
                signed_ip = NULL, signed_user_agent = NULL
           FROM agreement_version av JOIN case_file cf ON cf.id = av.case_id
          WHERE av.id = sg.version_id AND cf.company_id = $1`,
      );
      return {
        companyId,
        contacts,
        users,
        signers,
        anonymisedAt: new Date().toISOString(),
      };
    });
  }

  private async company(
    manager: EntityManager,
    programmeId: string,
    companyId: string,
    lock = false,
  ): Promise<CompanyRow> {
    const [row] = (await manager.query(
      `SELECT id, name, registration_number AS "registrationNumber" FROM company
        WHERE id = $1 AND programme_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [companyId, programmeId],
    )) as CompanyRow[];
    if (!row) throw ReportingErrors.companyNotFound();
    return row;
  }
}
