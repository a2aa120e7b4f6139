import { type CaseListLink } from '@techpact/contracts';

/** One bar: a translated label, its number, optionally a target and the cases behind it. */
export interface ChartRow {
  label: string;
  value: number;
  /** The target or budget; null or absent when there is none. */
  target?: number | null;
  /** Query of `/cases` listing the cases behind the number; absent when there is no list. */
  cases?: CaseListLink | null;
}

/**
 * `shared`: every bar against the largest number of the chart (counts of one kind).
 * `own`: every bar against its own target (figures of different sizes side by side).
 */
export type ChartScale = 'shared' | 'own';

/** The width of a bar in percent of the chart, 0–100. */
export function barPercent(row: ChartRow, rows: readonly ChartRow[], scale: ChartScale): number {
  const max =
    scale === 'own'
      ? Math.max(row.value, row.target ?? 0)
      : Math.max(0, ...rows.map((r) => Math.max(r.value, r.target ?? 0)));
  return max > 0 ? Math.min(100, (Math.max(0, row.value) * 100) / max) : 0;
}

/** Where the target line sits, in percent of the chart; null without a target. */
export function targetPercent(
  row: ChartRow,
  rows: readonly ChartRow[],
  scale: ChartScale,
): number | null {
  if (row.target === null || row.target === undefined) return null;
  const max =
    scale === 'own'
      ? Math.max(row.value, row.target)
      : Math.max(0, ...rows.map((r) => Math.max(r.value, r.target ?? 0)));
  return max > 0 ? Math.min(100, (row.target * 100) / max) : 0;
}

/** The share of the target reached, rounded; null without a positive target. */
export function ofTarget(row: ChartRow): number | null {
  return row.target ? Math.round((row.value * 100) / row.target) : null;
}

export function hasTargets(rows: readonly ChartRow[]): boolean {
  return rows.some((row) => row.target !== null && row.target !== undefined);
}
