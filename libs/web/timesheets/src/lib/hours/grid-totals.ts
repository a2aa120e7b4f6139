/** Sums of a week grid: `values[row][day]` in hours. */
export interface GridTotals {
  rows: number[];
  days: number[];
  total: number;
}

/** Quarter hours add up exactly in binary, but keep sums tidy should a value not be one. */
const tidy = (hours: number): number => Math.round(hours * 100) / 100;

/** Totals per row, per day (column) and for the week. `days` has `dayCount` entries always. */
export function gridTotals(values: readonly (readonly number[])[], dayCount = 7): GridTotals {
  const days = Array.from({ length: dayCount }, (_, day) =>
    tidy(values.reduce((sum, row) => sum + (row[day] ?? 0), 0)),
  );
  const rows = values.map((row) => tidy(row.reduce((sum, hours) => sum + hours, 0)));
  return { rows, days, total: tidy(rows.reduce((sum, hours) => sum + hours, 0)) };
}
