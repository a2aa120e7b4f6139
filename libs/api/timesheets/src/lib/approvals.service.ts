import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailService } from '@techpact/api/infra-mail';
import { type ApprovalGroup, type DecideEntriesResponse } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { type ApprovalsQueryDto, type DecideEntriesDto } from './dto/approval.dto';
import { toTimeEntry } from './logging-rules';
import { ApprovalErrors } from './time-entry.errors';
import { ApprovalRepository, type DecidableRow } from './approval.repository';
import { type TimeActor } from './time-entry.repository';
import { formatHours, monthName } from './time-period';
import { weekLink } from './timesheet-week.service';

/** The coordinator's approval of submitted hours. */
@Injectable()
export class ApprovalsService {
  private readonly logger = new Logger(ApprovalsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
  ) {}

  /** Submitted entries of the caller's cases, one group per case, person and month. */
  async list(actor: TimeActor, query: ApprovalsQueryDto): Promise<ApprovalGroup[]> {
    const rows = await new ApprovalRepository(this.db.manager).waiting(actor, query);
    const groups = new Map<string, ApprovalGroup>();
    for (const row of rows) {
      const key = `${row.caseId}|${row.user.id}|${row.month}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          caseId: row.caseId,
          company: row.company,
          user: row.user,
          personKind: row.personKind,
          month: row.month,
          entries: [],
          hours: 0,
        };
        groups.set(key, group);
      }
      group.entries.push(toTimeEntry(row));
      group.hours += row.hours;
    }
    return [...groups.values()];
  }

  /**
   * Approves or rejects submitted entries, all or none. A rejection tells each person in the
   * in-app inbox (same transaction) and by e-mail (after commit).
   */
  async decide(actor: TimeActor, dto: DecideEntriesDto): Promise<DecideEntriesResponse> {
    const ids = [...new Set(dto.entryIds)];
    const reason = dto.reason?.trim() ?? '';
    if (dto.decision === 'reject' && reason === '') throw ApprovalErrors.reasonRequired();
    const rows = await this.db.transaction(async (manager) => {
      const repository = new ApprovalRepository(manager);
      const found = await repository.decidable(actor, ids);
      if (found.length < ids.length) throw ApprovalErrors.missing(ids.length - found.length);
      const counts: Record<string, number> = {};
      for (const row of found.filter((r) => r.status !== 'submitted')) {
        counts[row.status] = (counts[row.status] ?? 0) + 1;
      }
      if (Object.keys(counts).length > 0) throw ApprovalErrors.notSubmitted(counts);
      const locked = found.find((row) => row.locked);
      if (locked) throw ApprovalErrors.locked(locked.date.slice(0, 7));
      if (dto.decision === 'approve') {
        await repository.approve(ids, actor.id);
        return found;
      }
      await repository.reject(ids, actor.id, reason);
      for (const person of byPerson(found)) {
        await repository.notify({
          userId: person.userId,
          kind: 'timeEntriesRejected',
          title: 'Hours returned for correction',
          body: rejectionText(person, reason),
          link: weekLink(person.firstDate),
        });
      }
      return found;
    });
    if (dto.decision === 'reject') await this.mailRejections(rows, reason);
    return {
      decision: dto.decision,
      count: rows.length,
      hours: rows.reduce((sum, row) => sum + row.hours, 0),
    };
  }

  private async mailRejections(rows: readonly DecidableRow[], reason: string): Promise<void> {
    for (const person of byPerson(rows)) {
      await this.mail
        .send({
          to: person.email,
          subject: 'TechPact: hours returned for correction',
          text: `Hello ${person.userName},\n\n${rejectionText(person, reason)}\n\nCorrect them in your time sheet and submit them again: ${weekLink(person.firstDate)}\n`,
        })
        // The rejection stands and the inbox has it; a failed e-mail is only logged.
        .catch((error: unknown) =>
          this.logger.error(`Rejection e-mail to ${person.email} failed: ${String(error)}`),
        );
    }
  }
}

interface PersonDecision {
  userId: string;
  userName: string;
  email: string;
  count: number;
  hours: number;
  firstDate: string;
  months: string[];
}

function byPerson(rows: readonly DecidableRow[]): PersonDecision[] {
  const people = new Map<string, PersonDecision>();
  for (const row of rows) {
    const person = people.get(row.userId) ?? {
      userId: row.userId,
      userName: row.userName,
      email: row.email,
      count: 0,
      hours: 0,
      firstDate: row.date,
      months: [],
    };
    person.count += 1;
    person.hours += row.hours;
    if (row.date < person.firstDate) person.firstDate = row.date;
    const month = row.date.slice(0, 7);
    if (!person.months.includes(month)) person.months.push(month);
    people.set(row.userId, person);
  }
  return [...people.values()];
}

function rejectionText(person: PersonDecision, reason: string): string {
  const entries = person.count === 1 ? '1 time entry' : `${person.count} time entries`;
  const months = person.months.sort().map(monthName).join(', ');
  return `${entries} (${formatHours(person.hours)} hours, ${months}) came back for correction: ${reason}`;
}
