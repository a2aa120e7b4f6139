import { type PersonKind, type TimeEntry, type TimeEntryStatus } from '@techpact/contracts';
import { TimeEntryErrors } from './time-entry.errors';
import {
  type EntryRow,
  type LoggableActivity,
  type Person,
  type TimeActor,
  type TimeEntryRepository,
} from './time-entry.repository';
import { hoursProblem, isCalendarDate } from './time-period';

const CLOSED_CASE_STATES: readonly string[] = ['completed', 'withdrawn'];
const EDITABLE: readonly TimeEntryStatus[] = ['draft', 'rejected'];

/** Whose hours and on what: resolved and checked before any write. */
export interface LoggingTarget {
  person: Person & { role: PersonKind };
  activity: LoggableActivity;
  /** Whether the actor logs their own hours (the messages say "you"). */
  self: boolean;
}

export function checkHours(hours: number, field = 'hours'): void {
  const problem = hoursProblem(hours);
  if (problem) throw TimeEntryErrors.hours(problem, field);
}

export function checkDate(date: string, field = 'date'): void {
  if (!isCalendarDate(date)) throw TimeEntryErrors.date(date, field);
}

/**
 * Whether `actor` may log, change or read the hours of `person`: their own; a coordinator or
 * admin for anyone (the case scope is checked on the activity); an SME user for a colleague.
 */
export function mayActFor(
  actor: TimeActor,
  person: Pick<Person, 'id' | 'role' | 'companyId'>,
): boolean {
  if (actor.id === person.id) return true;
  switch (actor.role) {
    case 'admin':
    case 'coordinator':
      return true;
    case 'sme':
      return person.role === 'sme' && person.companyId === actor.companyId;
    case 'expert':
      return false;
  }
}

/** The person whose hours these are (the caller unless `userId` names another). */
export async function resolvePerson(
  repository: TimeEntryRepository,
  actor: TimeActor,
  userId: string | undefined,
): Promise<Person & { role: PersonKind }> {
  const person = await repository.person(actor.programmeId, userId ?? actor.id);
  if (!person) throw TimeEntryErrors.personNotFound();
  if (!mayActFor(actor, person)) throw TimeEntryErrors.notForOthers();
  if (person.role !== 'expert' && person.role !== 'sme') {
    throw TimeEntryErrors.notAPersonWhoLogs(person.name);
  }
  return { ...person, role: person.role };
}

/**
 * The person and activity of a write, after the rules that do not depend on the day: an expert
 * logs on the activities of the cases they are assigned to (case_expert, which holds every
 * activity's responsible expert), an SME user on their own company's; never on a closed case.
 */
export async function resolveTarget(
  repository: TimeEntryRepository,
  actor: TimeActor,
  activityId: string,
  userId: string | undefined,
): Promise<LoggingTarget> {
  const person = await resolvePerson(repository, actor, userId);
  const activity = await repository.loggableActivity(actor.programmeId, activityId, person.id);
  if (!activity) throw TimeEntryErrors.activityNotFound();
  if (actor.role === 'coordinator' && !actor.municipalityIds.includes(activity.municipalityId)) {
    throw TimeEntryErrors.activityNotFound();
  }
  const self = actor.id === person.id;
  if (person.role === 'expert' && !activity.personAssigned) {
    throw TimeEntryErrors.expertNotAssigned(self, person.name);
  }
  if (person.role === 'sme' && person.companyId !== activity.companyId) {
    throw TimeEntryErrors.otherCompany(self, person.name);
  }
  if (CLOSED_CASE_STATES.includes(activity.caseState)) {
    throw TimeEntryErrors.caseClosed(activity.caseState);
  }
  return { person, activity, self };
}

/**
 * The rules of one day: not in the future (programme time), not after the activity's
 * cancellation, not in a locked month; then, holding the person's day lock, at most 24 hours
 * over all their entries (`replacing` are the entries this write replaces).
 */
export async function checkDay(
  repository: TimeEntryRepository,
  target: LoggingTarget,
  date: string,
  hours: number | null,
  replacing: readonly string[] = [],
): Promise<void> {
  const { activity, person, self } = target;
  if (date > activity.today) throw TimeEntryErrors.future(date, activity.today, activity.timeZone);
  if (activity.status === 'cancelled' && activity.cancelledOn && date > activity.cancelledOn) {
    throw TimeEntryErrors.cancelled(activity.title, activity.cancelledOn, date);
  }
  if (await repository.isLocked(activity.programmeId, date)) {
    throw TimeEntryErrors.locked(date.slice(0, 7));
  }
  await repository.lockPersonDay(person.id, date);
  if (hours === null) return;
  const existing = await repository.dayTotal(person.id, date, replacing);
  if (existing + hours > 24) {
    throw TimeEntryErrors.dayCap(date, existing + hours, existing, self, person.name);
  }
}

/** Refuses a change of an entry that is submitted, approved, locked or on a closed case. */
export function checkEditable(row: EntryRow): void {
  if (!EDITABLE.includes(row.status)) throw TimeEntryErrors.notEditable(row.status);
  if (row.locked) throw TimeEntryErrors.locked(row.date.slice(0, 7));
  if (CLOSED_CASE_STATES.includes(row.caseState)) throw TimeEntryErrors.caseClosed(row.caseState);
}

/** Whether `actor` may see the entry (out of scope it does not exist for them). */
export function maySeeEntry(actor: TimeActor, row: EntryRow): boolean {
  if (row.user.id === actor.id) return true;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'coordinator':
      return actor.municipalityIds.includes(row.municipalityId);
    case 'sme':
      return row.userCompanyId !== null && row.userCompanyId === actor.companyId;
    case 'expert':
      return false;
  }
}

export function toTimeEntry(row: EntryRow): TimeEntry {
  return {
    id: row.id,
    activityId: row.activityId,
    caseId: row.caseId,
    user: row.user,
    personKind: row.personKind,
    date: row.date,
    hours: row.hours,
    note: row.note,
    status: row.status,
    rejectReason: row.status === 'rejected' ? row.rejectReason : null,
    editable:
      EDITABLE.includes(row.status) && !row.locked && !CLOSED_CASE_STATES.includes(row.caseState),
  };
}

/** Display order of statuses in a grid cell holding several entries: what needs action first. */
const CELL_STATUS: readonly TimeEntryStatus[] = ['rejected', 'draft', 'submitted', 'approved'];

/** A grid cell: its entry, or several entries of the same activity and day shown as one. */
export function mergeCell(entries: readonly TimeEntry[]): TimeEntry | null {
  const [first] = entries;
  if (!first) return null;
  if (entries.length === 1) return first;
  const status = CELL_STATUS.find((s) => entries.some((e) => e.status === s)) ?? first.status;
  return {
    ...first,
    hours: entries.reduce((sum, e) => sum + e.hours, 0),
    note: entries
      .map((e) => e.note)
      .filter((n) => n !== '')
      .join('; '),
    status,
    rejectReason: entries.find((e) => e.rejectReason !== null)?.rejectReason ?? null,
    editable: entries.every((e) => e.editable),
  };
}
