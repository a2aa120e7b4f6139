import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthUser } from '@techpact/api/auth';
import { type Page, type ReminderItem, type ReminderStatus } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { type ListRemindersQueryDto } from './dto/list-reminders.query';
import { OversightErrors } from './oversight.errors';

interface Row {
  id: string;
  caseId: string;
  companyName: string;
  kind: string;
  recipient: string;
  recipientName: string | null;
  dueAt: Date;
  status: ReminderStatus;
  closedAt: Date | null;
  activityTitle: string | null;
  total: string;
}

/**
 * Reminders of the caller's scope: a coordinator's municipalities, an admin's programme.
 * Scheduled ones soonest first, then the rest most recent first.
 */
@Injectable()
export class RemindersOverviewService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: AuthUser, query: ListRemindersQueryDto): Promise<Page<ReminderItem>> {
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) {
      throw OversightErrors.badRange();
    }
    const params: unknown[] = [user.programmeId];
    const where = ['r.programme_id = $1'];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (user.role !== 'admin')
      add((n) => `c.municipality_id = ANY(${n}::uuid[])`, user.municipalityIds);
    if (query.caseId) {
      await this.assertCaseVisible(user, query.caseId);
      add((n) => `r.case_id = ${n}`, query.caseId);
    }
    if (query.status) add((n) => `r.status = ${n}`, query.status);
    if (query.kind) add((n) => `r.kind = ${n}`, query.kind);
    if (query.from) add((n) => `r.due_at >= ${n}`, query.from);
    if (query.to) add((n) => `r.due_at < ${n}`, query.to);
    params.push(query.limit, query.offset);

    const rows = (await this.db.query(
      `SELECT r.id, r.case_id AS "caseId", co.name AS "companyName", r.kind, r.recipient,
              COALESCE(nu.name, eu.name) AS "recipientName", r.due_at AS "dueAt", r.status,
              COALESCE(r.sent_at, r.cancelled_at, r.dropped_at) AS "closedAt",
              a.title AS "activityTitle", count(*) OVER () AS total
         FROM reminder r
         JOIN case_file c ON c.id = r.case_id
         JOIN company co ON co.id = c.company_id
         LEFT JOIN activity a ON a.id = r.activity_id
         LEFT JOIN app_user eu ON eu.id = a.expert_id AND r.recipient = 'activityExpert'
         LEFT JOIN app_user nu ON nu.id = c.coordinator_id AND r.recipient = 'coordinator'
        WHERE ${where.join(' AND ')}
        ORDER BY (r.status = 'scheduled') DESC,
                 CASE WHEN r.status = 'scheduled' THEN r.due_at END ASC,
                 COALESCE(r.sent_at, r.cancelled_at, r.dropped_at, r.due_at) DESC, r.id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as Row[];
    return {
      items: rows.map(({ total: _total, dueAt, closedAt, ...row }) => ({
        ...row,
        dueAt: dueAt.toISOString(),
        closedAt: closedAt ? closedAt.toISOString() : null,
      })),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  private async assertCaseVisible(user: AuthUser, caseId: string): Promise<void> {
    const [found] = (await this.db.query(
      `SELECT 1 FROM case_file WHERE id = $1 AND programme_id = $2
          AND ($3::boolean OR municipality_id = ANY($4::uuid[]))`,
      [caseId, user.programmeId, user.role === 'admin', user.municipalityIds],
    )) as unknown[];
    if (!found) throw OversightErrors.caseNotFound();
  }
}
