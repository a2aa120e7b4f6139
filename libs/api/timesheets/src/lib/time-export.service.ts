import { type Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type TimeExportFormat } from '@techpact/contracts';
import { DataSource, type QueryRunner } from 'typeorm';
import { type TimeExportQueryDto } from './dto/time-export.query';
import { ExportErrors } from './time-entry.errors';
import { type TimeActor } from './time-entry.repository';
import { type ExportRow, writeCsv, writeXlsx } from './time-export.writers';

/** Rows per FETCH from the cursor: large enough to be quick, small enough to keep memory flat. */
export const EXPORT_BATCH = 5000;

/** Where a streamed export goes: an HTTP response, or a file in the measurement. */
export interface ExportSink extends Writable {
  setHeader?(name: string, value: string | number): unknown;
}

export interface ExportResult {
  total: number;
  written: number;
}

const CONTENT_TYPE: { readonly [F in TimeExportFormat]: string } = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Time entries as CSV or XLSX, scoped to the caller (admin: the programme; coordinator: their
 * municipalities; expert and SME user: their own hours) and streamed from a server-side cursor,
 * so memory stays flat however many rows there are. The count comes first (the X-Total-Rows
 * header, for the web's progress) in the same snapshot as the rows.
 */
@Injectable()
export class TimeExportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async export(
    actor: TimeActor,
    query: TimeExportQueryDto,
    format: TimeExportFormat,
    out: ExportSink,
  ): Promise<ExportResult> {
    const { where, params } = exportFilter(actor, query);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    let open = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      const [count] = (await runner.query(
        `SELECT count(*)::int AS total ${FROM} WHERE ${where}`,
        params,
      )) as { total: number }[];
      const total = count?.total ?? 0;
      if (out.setHeader) {
        const stamp = new Date().toISOString().slice(0, 10);
        out.setHeader('Content-Type', CONTENT_TYPE[format]);
        out.setHeader(
          'Content-Disposition',
          `attachment; filename="time-entries-${stamp}.${format}"`,
        );
        out.setHeader('X-Total-Rows', total);
        out.setHeader('Access-Control-Expose-Headers', 'X-Total-Rows, Content-Disposition');
        out.setHeader('Cache-Control', 'no-store');
      }
      await runner.query(
        `DECLARE time_export NO SCROLL CURSOR FOR SELECT ${COLUMNS} ${FROM} WHERE ${where}
          ORDER BY te.work_date, u.name, te.id`,
        params,
      );
      const next = () => fetchBatch(runner);
      const written = format === 'csv' ? await writeCsv(out, next) : await writeXlsx(out, next);
      await runner.query('COMMIT');
      open = false;
      return { total, written };
    } catch (error) {
      if (open) await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

const COLUMNS = `to_char(te.work_date, 'YYYY-MM-DD') AS date, u.name AS person,
  te.person_kind AS "personKind", c.name AS company, c.registration_number AS "registrationNumber",
  m.name AS municipality, te.case_id AS "caseId", a.title AS activity, te.hours::float8 AS hours,
  te.status, te.note`;

const FROM = `FROM time_entry te
  JOIN app_user u ON u.id = te.user_id
  JOIN case_file cf ON cf.id = te.case_id
  JOIN company c ON c.id = cf.company_id
  JOIN municipality m ON m.id = cf.municipality_id
  JOIN activity a ON a.id = te.activity_id`;

async function fetchBatch(runner: QueryRunner): Promise<ExportRow[]> {
  return (await runner.query(`FETCH ${EXPORT_BATCH} FROM time_export`)) as ExportRow[];
}

/** The WHERE clause of the caller's scope and filters. */
export function exportFilter(
  actor: TimeActor,
  query: TimeExportQueryDto,
): { where: string; params: unknown[] } {
  const params: unknown[] = [actor.programmeId];
  const where = ['te.programme_id = $1'];
  switch (actor.role) {
    case 'admin':
      break;
    case 'coordinator':
      if (query.municipalityId && !actor.municipalityIds.includes(query.municipalityId)) {
        throw ExportErrors.municipality();
      }
      where.push(`cf.municipality_id = ANY($${params.push(actor.municipalityIds)}::uuid[])`);
      break;
    case 'expert':
    case 'sme':
      where.push(`te.user_id = $${params.push(actor.id)}`);
      break;
  }
  if (query.from && query.to && query.from > query.to) throw ExportErrors.range();
  if (query.municipalityId)
    where.push(`cf.municipality_id = $${params.push(query.municipalityId)}`);
  if (query.caseId) where.push(`te.case_id = $${params.push(query.caseId)}`);
  if (query.userId) where.push(`te.user_id = $${params.push(query.userId)}`);
  if (query.from) where.push(`te.work_date >= $${params.push(query.from)}`);
  if (query.to) where.push(`te.work_date <= $${params.push(query.to)}`);
  if (query.status) where.push(`te.status = $${params.push(query.status)}`);
  return { where: where.join(' AND '), params };
}
