import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type TimeEntry } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { type CreateTimeEntryDto, type UpdateTimeEntryDto } from './dto/time-entry.dto';
import { type SetGridCellDto } from './dto/timesheet.dto';
import {
  checkDate,
  checkDay,
  checkEditable,
  checkHours,
  maySeeEntry,
  resolveTarget,
  toTimeEntry,
} from './logging-rules';
import { TimeEntryErrors } from './time-entry.errors';
import { type EntryRow, type TimeActor, TimeEntryRepository } from './time-entry.repository';

/**
 * Logging hours: every write is one transaction that checks all the rules (see logging-rules)
 * before it writes, so a refused request leaves nothing behind.
 */
@Injectable()
export class TimeEntriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(actor: TimeActor, dto: CreateTimeEntryDto): Promise<TimeEntry> {
    checkHours(dto.hours);
    checkDate(dto.date);
    const id = await this.db.transaction(async (manager) => {
      const repository = new TimeEntryRepository(manager);
      const target = await resolveTarget(repository, actor, dto.activityId, dto.userId);
      await checkDay(repository, target, dto.date, dto.hours);
      return repository.insert({
        programmeId: target.activity.programmeId,
        caseId: target.activity.caseId,
        activityId: target.activity.id,
        userId: target.person.id,
        personKind: target.person.role,
        date: dto.date,
        hours: dto.hours,
        note: dto.note?.trim() ?? '',
      });
    });
    return this.get(actor, id);
  }

  async get(actor: TimeActor, id: string): Promise<TimeEntry> {
    const row = await new TimeEntryRepository(this.db.manager).entry(actor.programmeId, id);
    if (!row || !maySeeEntry(actor, row)) throw TimeEntryErrors.entryNotFound();
    return toTimeEntry(row);
  }

  /** Changes a draft or rejected entry (it becomes a draft again). */
  async update(actor: TimeActor, id: string, dto: UpdateTimeEntryDto): Promise<TimeEntry> {
    if (dto.hours !== undefined) checkHours(dto.hours);
    await this.db.transaction(async (manager) => {
      const repository = new TimeEntryRepository(manager);
      const row = await this.editableEntry(repository, actor, id);
      const target = await resolveTarget(repository, actor, row.activityId, row.user.id);
      const hours = dto.hours ?? row.hours;
      await checkDay(repository, target, row.date, hours, [row.id]);
      await repository.update(row.id, hours, dto.note?.trim() ?? row.note);
    });
    return this.get(actor, id);
  }

  async remove(actor: TimeActor, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const repository = new TimeEntryRepository(manager);
      const row = await this.editableEntry(repository, actor, id);
      await repository.delete([row.id]);
    });
  }

  /**
   * Sets one cell of the weekly grid (the person's hours on one activity and day): creates the
   * entry, changes it, or removes it at 0. Several entries in the cell become one.
   */
  async setCell(actor: TimeActor, dto: SetGridCellDto): Promise<TimeEntry | null> {
    if (dto.hours !== 0) checkHours(dto.hours);
    checkDate(dto.date);
    const id = await this.db.transaction(async (manager) => {
      const repository = new TimeEntryRepository(manager);
      const target = await resolveTarget(repository, actor, dto.activityId, dto.userId);
      const cell = await repository.cell(target.person.id, target.activity.id, dto.date);
      const fixed = cell.find((row) => row.status === 'submitted' || row.status === 'approved');
      if (fixed) throw TimeEntryErrors.cellNotEditable(dto.date, fixed.status);
      const [first, ...rest] = cell;
      if (dto.hours === 0) {
        if (first) {
          cell.forEach(checkEditable);
          await repository.delete(cell.map((row) => row.id));
        }
        return null;
      }
      await checkDay(
        repository,
        target,
        dto.date,
        dto.hours,
        cell.map((row) => row.id),
      );
      if (!first) {
        return repository.insert({
          programmeId: target.activity.programmeId,
          caseId: target.activity.caseId,
          activityId: target.activity.id,
          userId: target.person.id,
          personKind: target.person.role,
          date: dto.date,
          hours: dto.hours,
          note: '',
        });
      }
      const note = cell
        .map((row) => row.note)
        .filter((n) => n !== '')
        .join('; ');
      await repository.update(first.id, dto.hours, note);
      if (rest.length > 0) await repository.delete(rest.map((row) => row.id));
      return first.id;
    });
    return id === null ? null : this.get(actor, id);
  }

  private async editableEntry(
    repository: TimeEntryRepository,
    actor: TimeActor,
    id: string,
  ): Promise<EntryRow> {
    const row = await repository.entry(actor.programmeId, id, true);
    if (!row || !maySeeEntry(actor, row)) throw TimeEntryErrors.entryNotFound();
    if (actor.role === 'expert' && row.user.id !== actor.id) throw TimeEntryErrors.notForOthers();
    checkEditable(row);
    return row;
  }
}
