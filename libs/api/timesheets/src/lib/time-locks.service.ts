import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type TimeLock } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { ApprovalRepository } from './approval.repository';
import { LockErrors } from './time-entry.errors';
import { type TimeActor } from './time-entry.repository';
import { periodRange } from './time-period';

/** Locked months of the programme: nothing in them is added, changed or decided any more. */
@Injectable()
export class TimeLocksService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: TimeActor): Promise<TimeLock[]> {
    const rows = await new ApprovalRepository(this.db.manager).locks(actor.programmeId);
    return rows.map((row) => ({ ...row, lockedAt: row.lockedAt.toISOString() }));
  }

  /** Locks a month that has begun and has no submitted entries waiting; audited. */
  async lock(actor: TimeActor, month: string): Promise<TimeLock> {
    checkMonth(month);
    await this.db.transaction(async (manager) => {
      const repository = new ApprovalRepository(manager);
      if (month > (await repository.currentMonth(actor.programmeId)))
        throw LockErrors.future(month);
      const waiting = await repository.submittedIn(actor.programmeId, month);
      if (waiting > 0) throw LockErrors.waiting(month, waiting);
      if (!(await repository.lock(actor.programmeId, month, actor.id))) {
        throw LockErrors.alreadyLocked(month);
      }
      await repository.lockEvent(actor.programmeId, month, 'lock', actor.id, null);
    });
    const locks = await this.list(actor);
    const lock = locks.find((l) => l.month === month);
    if (!lock) throw new Error(`The lock of ${month} was written but is not there`);
    return lock;
  }

  /** Admins open a locked month again, saying why (audited). */
  async unlock(actor: TimeActor, month: string, reason: string): Promise<void> {
    checkMonth(month);
    const why = reason.trim();
    if (why === '') throw LockErrors.reasonRequired();
    await this.db.transaction(async (manager) => {
      const repository = new ApprovalRepository(manager);
      if (!(await repository.unlock(actor.programmeId, month))) throw LockErrors.notLocked(month);
      await repository.lockEvent(actor.programmeId, month, 'unlock', actor.id, why);
    });
  }
}

function checkMonth(month: string): void {
  if (!/^\d{4}-\d{2}$/.test(month) || !periodRange(month)) throw LockErrors.month(month);
}
