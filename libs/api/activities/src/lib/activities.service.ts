import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Activity } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { ActivityErrors } from './activity.errors';
import { type ActivityActor, ActivityRepository, type ActivityRow } from './activity.repository';
import { allowedStatuses, CLOSED_CASE_STATES, hoursLevel } from './activity-status';
import { type ChangeActivityStatusDto } from './dto/change-activity-status.dto';

/** Innovation activities: read in the caller's scope, status changed by expert or coordinator. */
@Injectable()
export class ActivitiesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ofCase(actor: ActivityActor, caseId: string): Promise<Activity[]> {
    const repository = new ActivityRepository(this.db.manager);
    if (!(await repository.caseVisible(actor, caseId))) throw ActivityErrors.caseNotFound();
    return (await repository.ofCase(caseId)).map((row) => view(actor, row));
  }

  /** The expert's activities across cases, open ones first. */
  async mine(actor: ActivityActor): Promise<Activity[]> {
    const rows = await new ActivityRepository(this.db.manager).ofExpert(
      actor.programmeId,
      actor.id,
    );
    return rows.map((row) => view(actor, row));
  }

  async get(actor: ActivityActor, id: string): Promise<Activity> {
    const row = await new ActivityRepository(this.db.manager).find(actor, id);
    if (!row) throw ActivityErrors.notFound();
    return view(actor, row);
  }

  async changeStatus(
    actor: ActivityActor,
    id: string,
    dto: ChangeActivityStatusDto,
  ): Promise<Activity> {
    await this.db.transaction(async (manager) => {
      const repository = new ActivityRepository(manager);
      const row = await repository.find(actor, id, true);
      if (!row) throw ActivityErrors.notFound();
      if (!mayChange(actor, row)) throw ActivityErrors.notAllowed();
      if (CLOSED_CASE_STATES.includes(row.caseState))
        throw ActivityErrors.caseClosed(row.caseState);
      if (dto.expectedRowVersion !== undefined && dto.expectedRowVersion !== row.rowVersion) {
        throw ActivityErrors.stale(row.rowVersion, dto.expectedRowVersion);
      }
      const allowed = allowedStatuses(actor.role, {
        status: row.status,
        caseState: row.caseState,
        mayChange: true,
      });
      if (!allowed.includes(dto.status))
        throw ActivityErrors.transition(row.status, dto.status, allowed);
      const reason = dto.reason?.trim();
      if (dto.status === 'cancelled' && !reason) throw ActivityErrors.reasonRequired();
      await repository.changeStatus(id, dto.status, {
        reason,
        outcomeNotes: dto.outcomeNotes?.trim(),
      });
    });
    return this.get(actor, id);
  }
}

/** The responsible expert, the coordinators of the case (scope was checked by the query), admins. */
function mayChange(actor: ActivityActor, row: ActivityRow): boolean {
  switch (actor.role) {
    case 'admin':
    case 'coordinator':
      return true;
    case 'expert':
      return row.expert.id === actor.id;
    case 'sme':
      return false;
  }
}

function view(actor: ActivityActor, row: ActivityRow): Activity {
  const loggedHours = row.expertHours + row.smeHours;
  return {
    id: row.id,
    caseId: row.caseId,
    company: row.company,
    title: row.title,
    description: row.description,
    category: row.category,
    expert: row.expert,
    plannedHours: row.plannedHours,
    loggedHours,
    expertHours: row.expertHours,
    smeHours: row.smeHours,
    hoursLevel: hoursLevel(loggedHours, row.plannedHours),
    targetDate: row.targetDate,
    status: row.status,
    outcomeNotes: row.outcomeNotes,
    cancelReason: row.cancelReason,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    doneAt: row.doneAt?.toISOString() ?? null,
    allowedStatuses: allowedStatuses(actor.role, {
      status: row.status,
      caseState: row.caseState,
      mayChange: mayChange(actor, row),
    }),
    rowVersion: row.rowVersion,
  };
}
