import { type Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type TimeExportFormat } from '@techpact/contracts';
import { type PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { CopyOutStream, inlineParams } from './copy-out';
import { type TimeExportQueryDto } from './dto/time-export.query';
import { ExportErrors } from './time-entry.errors';
import { type TimeActor } from './time-entry.repository';
import {
  type ExportColumnsSql,
  csvLineSql,
  writeCsv,
  writeXlsx,
  xlsxRowSql,
} from './time-export.writers';

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
 * municipalities; expert and SME user: their own hours). PostgreSQL makes each row's bytes (a
 * CSV line, a sheet row's XML) and streams them with `COPY … TO STDOUT`, paced by the receiver,
 * so memory stays flat however many rows there are (see `CopyOutStream`). The count comes first
 * (the X-Total-Rows header, for the web's progress) in the same snapshot as the rows.
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
    // The runner's own connection: the COPY runs in its transaction, on its socket.
    const client = (await runner.connect()) as PoolClient;
    let open = false;
    let copy: CopyOutStream | undefined;
    let pid = 0;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      const [count] = (await runner.query(
        `SELECT count(*)::int AS total, pg_backend_pid() AS pid ${FROM} WHERE ${where}`,
        params,
      )) as { total: number; pid: number }[];
      const total = count?.total ?? 0;
      pid = count?.pid ?? 0;
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
      // COPY takes no bind parameters: the filter's values (validated ids, dates and statuses)
      // are written in as escaped literals.
      const filter = inlineParams(where, params);
      const select = format === 'csv' ? csvSelect(filter) : xlsxSelect(filter);
      copy = client.query(new CopyOutStream(`COPY (${select}) TO STDOUT (FORMAT binary)`));
      if (format === 'csv') await writeCsv(out, copy);
      else await writeXlsx(out, copy);
      await runner.query('COMMIT');
      open = false;
      return { total, written: copy.rows };
    } catch (error) {
      // Stopped mid-COPY (the receiver went away): cancel it rather than read the rest.
      if (copy && !copy.settled && pid) {
        await this.db.query('SELECT pg_cancel_backend($1)', [pid]).catch(() => undefined);
      }
      if (open) await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/** The export's values, by column (texts are never NULL). */
const VALUES: ExportColumnsSql = {
  date: `to_char(te.work_date, 'YYYY-MM-DD')`,
  person: 'u.name',
  personKind: 'te.person_kind',
  company: 'c.name',
  registrationNumber: 'c.registration_number',
  municipality: 'm.name',
  caseId: 'te.case_id::text',
  activity: 'a.title',
  // float8 prints the shortest exact form (7.25, 2), as JavaScript does.
  hours: 'te.hours::float8',
  status: 'te.status',
  note: 'te.note',
};

const FROM = `FROM time_entry te
  JOIN app_user u ON u.id = te.user_id
  JOIN case_file cf ON cf.id = te.case_id
  JOIN company c ON c.id = cf.company_id
  JOIN municipality m ON m.id = cf.municipality_id
  JOIN activity a ON a.id = te.activity_id`;

const ORDER = 'ORDER BY te.work_date, u.name, te.id';

/** One CSV line a row. */
function csvSelect(where: string): string {
  return `SELECT ${csvLineSql(VALUES)} ${FROM} WHERE ${where} ${ORDER}`;
}

/**
 * One sheet row's XML a row. The values go through a subquery so that each is computed once
 * (the XML uses texts more than once); the row number is the window's, over the export's order.
 * The outer ORDER BY repeats that order by the same columns, so the planner reuses the window's
 * sort (ordering by the row number would sort the XML once more, on disk).
 */
function xlsxSelect(where: string): string {
  const keys = Object.keys(VALUES) as (keyof ExportColumnsSql)[];
  const inner = keys.map((key) =>
    // Dates as Excel serials: days since 1899-12-30.
    key === 'date' ? `te.work_date - DATE '1899-12-30' AS date` : `${VALUES[key]} AS "${key}"`,
  );
  const outer = Object.fromEntries(keys.map((key) => [key, `t."${key}"`])) as ExportColumnsSql;
  return `SELECT ${xlsxRowSql('t.rn', outer)}
    FROM (SELECT ${inner.join(', ')}, te.work_date AS sort_date, u.name AS sort_name,
                 te.id AS sort_id, row_number() OVER (${ORDER}) + 1 AS rn
            ${FROM} WHERE ${where}) t
    ORDER BY t.sort_date, t.sort_name, t.sort_id`;
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
