import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { MAX_HOURS_PER_DAY, type TimeEntryStatus } from '@techpact/contracts';
import { formatHours, monthName } from './time-period';

export const TimeEntryErrors = {
  hours: (message: string, field = 'hours') =>
    new AppError(ErrorCode.Validation, message, [{ field, message }]),
  date: (value: string, field = 'date') =>
    new AppError(ErrorCode.Validation, `${value} is not a date; write it as YYYY-MM-DD.`, [
      { field, message: 'A calendar date as YYYY-MM-DD.' },
    ]),
  period: (value: string) =>
    new AppError(
      ErrorCode.Validation,
      `${value} is neither a week (like 2026-W47) nor a month (like 2026-11).`,
      [{ field: 'period', message: 'A week YYYY-Www or a month YYYY-MM.' }],
    ),
  week: (value: string) =>
    new AppError(ErrorCode.Validation, `${value} is not a week; write it like 2026-W47.`, [
      { field: 'week', message: 'An ISO week YYYY-Www.' },
    ]),
  personNotFound: () => new AppError(ErrorCode.NotFound, 'Person not found.'),
  notAPersonWhoLogs: (name: string) =>
    new AppError(
      ErrorCode.Unprocessable,
      `${name} is not an expert or an SME user: only they log hours.`,
    ),
  notForOthers: () =>
    new AppError(
      ErrorCode.Forbidden,
      'You can log and change only your own hours (coordinators can for the people of their cases, SME users for colleagues of their company).',
    ),
  activityNotFound: () => new AppError(ErrorCode.NotFound, 'Activity not found.'),
  entryNotFound: () => new AppError(ErrorCode.NotFound, 'Time entry not found.'),
  future: (date: string, today: string, timeZone: string) =>
    new AppError(
      ErrorCode.Unprocessable,
      `${date} is in the future (today is ${today} in ${timeZone}): hours can be logged up to today.`,
      [{ field: 'date', message: 'Not after today.' }],
    ),
  expertNotAssigned: (self: boolean, name: string) =>
    new AppError(
      ErrorCode.Forbidden,
      `${self ? 'You are' : `${name} is`} not assigned to this activity's case: experts log hours only on activities of cases they are assigned to.`,
    ),
  otherCompany: (self: boolean, name: string) =>
    new AppError(
      ErrorCode.Forbidden,
      `${self ? 'Your company' : `${name}'s company`} is not the company of this activity: SME users log hours only on their own company's activities.`,
    ),
  caseClosed: (state: string) =>
    new AppError(ErrorCode.Conflict, `The case is ${state}: its hours can no longer change.`),
  cancelled: (title: string, cancelledOn: string, date: string) =>
    new AppError(
      ErrorCode.Unprocessable,
      `"${title}" was cancelled on ${cancelledOn}: no hours can be logged on it after that date (${date}).`,
      [{ field: 'date', message: `Not after ${cancelledOn}.` }],
    ),
  locked: (month: string) =>
    new AppError(
      ErrorCode.Conflict,
      `${monthName(month)} is locked: nothing in it can be added or changed (an admin can unlock it).`,
    ),
  dayCap: (date: string, total: number, existing: number, self: boolean, name: string) =>
    new AppError(
      ErrorCode.Unprocessable,
      `${formatHours(total)} hours on ${date} would exceed ${MAX_HOURS_PER_DAY} hours for the day (${self ? 'you' : name} already logged ${formatHours(existing)}).`,
      [
        {
          field: 'hours',
          message: `At most ${formatHours(Math.max(0, MAX_HOURS_PER_DAY - existing))} more on ${date}.`,
        },
      ],
    ),
  notEditable: (status: TimeEntryStatus) =>
    new AppError(
      ErrorCode.Conflict,
      status === 'approved'
        ? 'This entry is approved and can no longer change.'
        : 'This entry is submitted and waits for approval; it can change only if the coordinator rejects it.',
    ),
  cellNotEditable: (date: string, status: TimeEntryStatus) =>
    new AppError(
      ErrorCode.Conflict,
      `The hours of ${date} on this activity are ${status} and can no longer change here.`,
    ),
};

export const ApprovalErrors = {
  missing: (count: number) =>
    new AppError(
      ErrorCode.NotFound,
      `${count === 1 ? '1 of the entries was' : `${count} of the entries were`} not found among the cases you approve; nothing was decided.`,
    ),
  notSubmitted: (counts: Readonly<Record<string, number>>) =>
    new AppError(
      ErrorCode.Conflict,
      `Only submitted entries can be approved or rejected; ${Object.entries(counts)
        .map(([status, n]) => `${n} ${n === 1 ? 'is' : 'are'} ${status}`)
        .join(', ')}. Nothing was decided.`,
    ),
  reasonRequired: () =>
    new AppError(
      ErrorCode.Validation,
      'Say why the hours are rejected (reason), so the person can correct them.',
      [{ field: 'reason', message: 'Required to reject.' }],
    ),
  locked: (month: string) =>
    new AppError(
      ErrorCode.Conflict,
      `${monthName(month)} is locked: its entries can no longer be approved or rejected (an admin can unlock it).`,
    ),
};

export const LockErrors = {
  month: (value: string) =>
    new AppError(ErrorCode.Validation, `${value} is not a month; write it like 2026-11.`, [
      { field: 'month', message: 'A month YYYY-MM.' },
    ]),
  future: (month: string) =>
    new AppError(
      ErrorCode.Unprocessable,
      `${monthName(month)} has not started yet; lock it once it is over.`,
    ),
  alreadyLocked: (month: string) =>
    new AppError(ErrorCode.Conflict, `${monthName(month)} is already locked.`),
  notLocked: (month: string) =>
    new AppError(ErrorCode.NotFound, `${monthName(month)} is not locked.`),
  waiting: (month: string, count: number) =>
    new AppError(
      ErrorCode.Conflict,
      `${count === 1 ? '1 submitted entry' : `${count} submitted entries`} in ${monthName(month)} ${count === 1 ? 'waits' : 'wait'} for approval: approve or reject ${count === 1 ? 'it' : 'them'} before locking the month.`,
    ),
  reasonRequired: () =>
    new AppError(
      ErrorCode.Validation,
      'Say why the month is unlocked (reason); the unlock is audited.',
      [{ field: 'reason', message: 'Required.' }],
    ),
};

export const ExportErrors = {
  municipality: () =>
    new AppError(
      ErrorCode.Forbidden,
      'You can export only the hours of the municipalities you coordinate.',
    ),
  range: () =>
    new AppError(ErrorCode.Validation, 'The period is upside down: "from" is after "to".', [
      { field: 'from', message: 'Not after "to".' },
    ]),
};
