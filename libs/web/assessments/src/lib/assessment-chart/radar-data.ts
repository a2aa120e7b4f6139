import { type AssessmentComparisonRow } from '@techpact/contracts';

/** One series of the radar chart. */
export interface RadarSeries {
  label: 'T0' | 'T1';
  /** One value per axis; null where the dimension has no score (a gap in the line). */
  data: (number | null)[];
}

/** What the radar chart draws: one axis per dimension, T0 and T1 overlaid. */
export interface RadarData {
  labels: string[];
  series: RadarSeries[];
}

/**
 * Maps the comparison rows to the chart's axes and series. A series without any score is left
 * out, so that an empty T1 does not draw a collapsed polygon over T0.
 */
export function toRadarData(rows: readonly AssessmentComparisonRow[]): RadarData {
  const t0 = rows.map((row) => row.t0);
  const t1 = rows.map((row) => row.t1);
  const series: RadarSeries[] = [];
  if (t0.some((score) => score !== null)) series.push({ label: 'T0', data: t0 });
  if (t1.some((score) => score !== null)) series.push({ label: 'T1', data: t1 });
  return { labels: rows.map((row) => row.dimension), series };
}
