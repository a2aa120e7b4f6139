import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import {
  type ImportPreviewResponse,
  type ImportPreviewRow,
  type ImportResultResponse,
} from '@techpact/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CsvSyntaxError, parseCsv } from './csv';
import {
  IMPORT_MAX_ROWS,
  type ImportContext,
  type ImportMunicipality,
  type PlannedRow,
  planImport,
  readHeader,
  registrationKey,
} from './company-import';
import { COMPANY_REGISTRATION_KEY, isUniqueViolation } from './company.errors';
import { COMPANY_ROW_COLUMNS, type CompanyRow } from './company.repository';
import { type CompanyViewer } from './company-scope';

const importError = (message: string, line?: number) =>
  new AppError(
    ErrorCode.Validation,
    message,
    line === undefined ? undefined : [{ field: `line.${line}`, message }],
  );

/** Leads from a campaign: a preview row by row, then an all-or-nothing import. */
@Injectable()
export class CompanyImportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async preview(viewer: CompanyViewer, csv: string): Promise<ImportPreviewResponse> {
    const { rows, ignored } = await this.plan(this.db.manager, viewer, csv, false);
    return summarise(
      rows.map((row) => row.preview),
      ignored,
    );
  }

  /**
   * Imports the file in one transaction. Any rejected row refuses the whole file (400, every
   * rejected line with its reason in `details`) and nothing is written.
   */
  async import(viewer: CompanyViewer, csv: string): Promise<ImportResultResponse> {
    const started = performance.now();
    try {
      return await this.db.transaction(async (manager) => {
        // One import per programme at a time, so two files cannot create the same company.
        await manager.query(
          `SELECT pg_advisory_xact_lock(hashtext('techpact:company-import:' || $1))`,
          [viewer.programmeId],
        );
        const { rows } = await this.plan(manager, viewer, csv, true);
        const rejected = rows.filter((row) => row.preview.action === 'reject');
        if (rejected.length > 0) {
          const first = rejected
            .slice(0, 3)
            .map((row) => `line ${row.preview.line}: ${row.preview.reason ?? ''}`);
          throw new AppError(
            ErrorCode.Validation,
            `Nothing was imported: ${rejected.length} row${rejected.length > 1 ? 's were' : ' was'} rejected (${first.join('; ')}${rejected.length > 3 ? '; …' : ''}). Correct the file and import it again.`,
            rejected.map((row) => ({
              field: `line.${row.preview.line}`,
              message: row.preview.reason ?? 'Rejected.',
            })),
          );
        }
        const result = await write(manager, viewer.programmeId, rows);
        return { ...result, durationMs: Math.round(performance.now() - started) };
      });
    } catch (error) {
      if (isUniqueViolation(error, COMPANY_REGISTRATION_KEY)) {
        throw new AppError(
          ErrorCode.Conflict,
          'A company of the file was registered by someone else while importing; nothing was imported. Preview the file again.',
        );
      }
      throw error;
    }
  }

  private async plan(
    manager: EntityManager,
    viewer: CompanyViewer,
    csv: string,
    lock: boolean,
  ): Promise<{ rows: PlannedRow[]; ignored: readonly string[] }> {
    let records;
    try {
      records = parseCsv(csv);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw importError(error.message, error.line);
      throw error;
    }
    const [headerRecord, ...data] = records;
    if (!headerRecord)
      throw importError('The file is empty: it needs a header line and at least one company.');
    const header = readHeader(headerRecord.fields);
    if ('problem' in header) throw importError(header.problem, headerRecord.line);
    if (data.length === 0) throw importError('The file has a header but no companies.');
    if (data.length > IMPORT_MAX_ROWS) {
      throw importError(
        `The file has ${data.length} companies; import at most ${IMPORT_MAX_ROWS} at a time (split the file).`,
      );
    }
    const municipalities = (await manager.query(
      `SELECT id, name, code FROM municipality WHERE programme_id = $1 ORDER BY name`,
      [viewer.programmeId],
    )) as ImportMunicipality[];
    const existingRows = (await manager.query(
      `SELECT ${COMPANY_ROW_COLUMNS}, EXISTS (SELECT 1 FROM case_file cf WHERE cf.company_id = c.id) AS "hasCases"
         FROM company c WHERE c.programme_id = $1 ${lock ? 'FOR NO KEY UPDATE OF c' : ''}`,
      [viewer.programmeId],
    )) as (CompanyRow & { hasCases: boolean })[];
    const context: ImportContext = {
      municipalities,
      writable:
        viewer.role === 'admin'
          ? null
          : new Set(viewer.role === 'coordinator' ? viewer.municipalityIds : []),
      existing: new Map(
        existingRows.map((row) => [registrationKey(row.country, row.registrationNumber), row]),
      ),
    };
    return { rows: planImport(header, data, context), ignored: header.ignored };
  }
}

function summarise(
  rows: ImportPreviewRow[],
  ignoredColumns: readonly string[],
): ImportPreviewResponse {
  const counts = { create: 0, update: 0, reject: 0 };
  for (const row of rows) counts[row.action] += 1;
  return { rows, counts, ignoredColumns: [...ignoredColumns] };
}

/** Writes a plan without rejections: one INSERT, one UPDATE and one contact INSERT, each over arrays. */
async function write(
  manager: EntityManager,
  programmeId: string,
  rows: readonly PlannedRow[],
): Promise<Omit<ImportResultResponse, 'durationMs'>> {
  const creates = rows.filter((row) => row.preview.action === 'create' && row.values);
  const updates = rows.filter(
    (row) =>
      row.preview.action === 'update' &&
      row.values &&
      row.preview.changes.some((c) => c !== 'contact'),
  );
  const columns = (planned: readonly PlannedRow[]) => {
    const values = planned.map((row) => {
      if (!row.values) throw new Error('A planned row without values');
      return row.values;
    });
    return [
      values.map((v) => v.municipalityId),
      values.map((v) => v.name),
      values.map((v) => v.registrationNumber),
      values.map((v) => v.country),
      values.map((v) => v.employees),
      values.map((v) => v.sectorCode),
      values.map((v) => v.turnoverBand),
      values.map((v) => v.addressLine),
      values.map((v) => v.postalCode),
      values.map((v) => v.city),
    ];
  };
  const ids = new Map<string, string>();
  if (creates.length > 0) {
    const created = (await manager.query(
      `INSERT INTO company (programme_id, municipality_id, name, registration_number, country, employees,
                            sector_code, turnover_band, address_line, postal_code, city)
       SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[],
                                $8::text[], $9::text[], $10::text[], $11::text[])
       RETURNING id, trim(country) AS country, registration_number AS "registrationNumber"`,
      [programmeId, ...columns(creates)],
    )) as { id: string; country: string; registrationNumber: string }[];
    for (const row of created)
      ids.set(registrationKey(row.country, row.registrationNumber), row.id);
  }
  if (updates.length > 0) {
    await manager.query(
      `UPDATE company c SET municipality_id = u.municipality_id, name = u.name, employees = u.employees,
              sector_code = u.sector_code, turnover_band = u.turnover_band, address_line = u.address_line,
              postal_code = u.postal_code, city = u.city, updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[],
                     $8::text[], $9::text[], $10::text[], $11::text[])
              AS u(id, municipality_id, name, registration_number, country, employees, sector_code,
                   turnover_band, address_line, postal_code, city)
        WHERE c.id = u.id`,
      [updates.map((row) => row.preview.companyId), ...columns(updates)],
    );
  }
  const contacts = rows.flatMap((row) => {
    const companyId =
      row.preview.companyId ??
      ids.get(registrationKey(row.preview.country, row.preview.registrationNumber));
    return row.contact && companyId ? [{ companyId, ...row.contact }] : [];
  });
  let contactsAdded = 0;
  if (contacts.length > 0) {
    const added = (await manager.query(
      `WITH added AS (
         INSERT INTO company_contact (company_id, name, role, email, phone)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
         ON CONFLICT (company_id, email) WHERE email IS NOT NULL DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
      [
        contacts.map((c) => c.companyId),
        contacts.map((c) => c.name),
        contacts.map((c) => c.role),
        contacts.map((c) => c.email),
        contacts.map((c) => c.phone),
      ],
    )) as { n: number }[];
    contactsAdded = added[0]?.n ?? 0;
  }
  return { created: creates.length, updated: updates.length, contactsAdded };
}
