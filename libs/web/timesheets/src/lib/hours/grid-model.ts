import { type TimeEntry, type TimesheetWeek } from '@techpact/contracts';
import { type UiMessage } from '@techpact/web/ui';
import { formatHours } from './hours-input';

/** Why a cell cannot be changed; shown next to it. */
export type ReadOnlyReason = 'approved' | 'submitted' | 'locked' | 'future' | 'notEditable';

export type CellState = 'idle' | 'saving' | 'saved' | 'error';

export interface GridCell {
  /** YYYY-MM-DD */
  date: string;
  entry: TimeEntry | null;
  /** Hours the server has for the cell; the totals add these up. */
  hours: number;
  /** What the input shows: the saved value, or what was typed when saving failed. */
  text: string;
  state: CellState;
  error: UiMessage | null;
  readOnly: ReadOnlyReason | null;
}

export interface GridRow {
  activityId: string;
  title: string;
  company: string;
  caseId: string;
  cells: GridCell[];
}

/** The reason a cell is read-only, or null when the person may type in it. */
export function readOnlyReason(
  entry: TimeEntry | null,
  date: string,
  lockedMonths: readonly string[],
  today: string,
): ReadOnlyReason | null {
  if (lockedMonths.includes(date.slice(0, 7))) return 'locked';
  if (entry?.status === 'approved') return 'approved';
  if (entry?.status === 'submitted') return 'submitted';
  if (entry && !entry.editable) return 'notEditable';
  // Hours are logged after the work, never ahead of it (the API refuses future dates).
  if (date > today) return 'future';
  return null;
}

/** The week from the API as grid rows, every cell at rest. */
export function toGridRows(week: TimesheetWeek, locale: string, today: string): GridRow[] {
  return week.rows.map((row) => ({
    activityId: row.activity.id,
    title: row.activity.title,
    company: row.activity.company.name,
    caseId: row.activity.caseId,
    cells: week.days.map((date, day) => {
      const entry = row.cells[day] ?? null;
      const hours = entry?.hours ?? 0;
      return {
        date,
        entry,
        hours,
        text: formatHours(hours, locale, true),
        state: 'idle',
        error: null,
        readOnly: readOnlyReason(entry, date, week.lockedMonths, today),
      } satisfies GridCell;
    }),
  }));
}

/** A copy of the rows with one cell changed. */
export function updateCell(
  rows: readonly GridRow[],
  row: number,
  col: number,
  patch: Partial<GridCell>,
): GridRow[] {
  return rows.map((current, r) =>
    r !== row
      ? current
      : {
          ...current,
          cells: current.cells.map((cell, c) => (c === col ? { ...cell, ...patch } : cell)),
        },
  );
}

/**
 * Takes the server's view of the week (entry ids, statuses, read-only reasons) without undoing
 * what the person is doing: cells still saving or showing an error keep their text and state,
 * and rows the server does not list (copied rows without hours yet) stay.
 */
export function mergeWeek(
  current: readonly GridRow[],
  week: TimesheetWeek,
  locale: string,
  today: string,
): GridRow[] {
  const fresh = new Map(toGridRows(week, locale, today).map((row) => [row.activityId, row]));
  const merged = current.map((local) => {
    const row = fresh.get(local.activityId);
    if (!row) return local;
    fresh.delete(local.activityId);
    return {
      ...row,
      cells: row.cells.map((cell, c) => {
        const mine = local.cells[c];
        if (!mine || mine.date !== cell.date) return cell;
        if (mine.state === 'saving' || mine.state === 'error') return mine;
        return { ...cell, state: mine.state };
      }),
    };
  });
  return [...merged, ...fresh.values()];
}
