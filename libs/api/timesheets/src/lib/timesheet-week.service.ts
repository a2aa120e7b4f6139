import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type SubmitPeriodResponse,
  type TimesheetRow,
  type TimesheetWeek,
  YEARLY_HOURS_FLAG,
} from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { type SubmitPeriodDto, type WeekQueryDto } from './dto/timesheet.dto';
import { mergeCell, resolvePerson, toTimeEntry } from './logging-rules';
import { TimeEntryErrors } from './time-entry.errors';
import { type TimeActor, TimeEntryRepository } from './time-entry.repository';
import { addDays, isoWeekOf, periodRange, weekDays } from './time-period';

/** The weekly grid of one person, and submitting a week or a month for approval. */
@Injectable()
export class TimesheetWeekService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One person's week: a row per activity they log on (their open activities and those with
   * hours this week; with `copyLastWeek` also last week's), a cell per day.
   */
  async week(actor: TimeActor, query: WeekQueryDto, copyLastWeek = false): Promise<TimesheetWeek> {
    const days = weekDays(query.week);
    if (!days) throw TimeEntryErrors.week(query.week);
    const monday = days[0] ?? '';
    const sunday = days[6] ?? '';
    const repository = new TimeEntryRepository(this.db.manager);
    const person = await resolvePerson(repository, actor, query.userId);
    const entries = (await repository.entriesOf(actor, person.id, monday, sunday)).map(toTimeEntry);
    const also = new Set(entries.map((entry) => entry.activityId));
    if (copyLastWeek) {
      const last = await repository.entriesOf(
        actor,
        person.id,
        addDays(monday, -7),
        addDays(monday, -1),
      );
      last.forEach((entry) => also.add(entry.activityId));
    }
    const activities = await repository.weekActivities(actor, person, [...also]);
    const rows: TimesheetRow[] = activities.map((activity) => {
      const cells = days.map((day) =>
        mergeCell(entries.filter((e) => e.activityId === activity.id && e.date === day)),
      );
      return {
        activity,
        cells,
        total: cells.reduce((sum, cell) => sum + (cell?.hours ?? 0), 0),
      };
    });
    // The year of the week's Thursday: the calendar year most of the week is in.
    const year = Number((days[3] ?? monday).slice(0, 4));
    const yearTotal = await repository.yearTotal(person.id, year);
    return {
      user: { id: person.id, name: person.name },
      personKind: person.role,
      week: query.week,
      days,
      rows,
      dayTotals: days.map((_, i) => rows.reduce((sum, row) => sum + (row.cells[i]?.hours ?? 0), 0)),
      total: rows.reduce((sum, row) => sum + row.total, 0),
      yearTotal,
      yearFlagged: yearTotal > YEARLY_HOURS_FLAG,
      lockedMonths: await repository.lockedMonths(actor.programmeId, monday, sunday),
      canSubmit: entries.some((entry) => entry.editable),
    };
  }

  /** Submits the person's draft and rejected entries of a week or a month. */
  async submit(actor: TimeActor, dto: SubmitPeriodDto): Promise<SubmitPeriodResponse> {
    const range = periodRange(dto.period);
    if (!range) throw TimeEntryErrors.period(dto.period);
    const submitted = await this.db.transaction(async (manager) => {
      const repository = new TimeEntryRepository(manager);
      const person = await resolvePerson(repository, actor, dto.userId);
      const [locked] = await repository.lockedOpenMonths(
        person.id,
        actor.programmeId,
        range.from,
        range.to,
      );
      if (locked) throw TimeEntryErrors.locked(locked);
      return repository.submit(actor, person.id, range.from, range.to);
    });
    return { period: dto.period, submitted };
  }
}

/** The week to show for a date (used by links in notifications). */
export function weekLink(date: string): string {
  return `/timesheets?week=${isoWeekOf(date)}`;
}
