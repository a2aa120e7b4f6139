import { type Activity, type AssessmentListItem, type TimesheetWeek } from '@techpact/contracts';

/** How far ahead "due soon" looks. */
export const DUE_SOON_DAYS = 14;

export interface ActivityBuckets {
  overdue: Activity[];
  dueSoon: Activity[];
  inProgress: Activity[];
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The open activities (planned or in progress) that need attention: past their target date,
 * due within {@link DUE_SOON_DAYS}, or in progress further out. Each lands in one bucket only,
 * earliest target first; planned work far ahead is left for the activities list.
 */
export function activityBuckets(activities: readonly Activity[], today: string): ActivityBuckets {
  const soon = addDays(today, DUE_SOON_DAYS);
  const open = activities
    .filter((a) => a.status === 'planned' || a.status === 'in_progress')
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate) || a.title.localeCompare(b.title));
  return {
    overdue: open.filter((a) => a.targetDate < today),
    dueSoon: open.filter((a) => a.targetDate >= today && a.targetDate <= soon),
    inProgress: open.filter((a) => a.targetDate > soon && a.status === 'in_progress'),
  };
}

/** Assessments the expert still has to run (not submitted), oldest change first. */
export function assessmentsToDo(items: readonly AssessmentListItem[]): AssessmentListItem[] {
  return items
    .filter((item) => item.status !== 'submitted')
    .sort((a, b) => (a.updatedAt ?? '').localeCompare(b.updatedAt ?? ''));
}

export type WeekStatus = 'empty' | 'draft' | 'rejected' | 'submitted' | 'approved';

/** The week in one word: what the person has to do about it comes first (rejected, draft). */
export function weekStatus(week: TimesheetWeek): WeekStatus {
  const statuses = new Set(
    week.rows.flatMap((row) => row.cells.flatMap((cell) => (cell ? [cell.status] : []))),
  );
  if (statuses.size === 0) return 'empty';
  if (statuses.has('rejected')) return 'rejected';
  if (statuses.has('draft')) return 'draft';
  if (statuses.has('submitted')) return 'submitted';
  return 'approved';
}
