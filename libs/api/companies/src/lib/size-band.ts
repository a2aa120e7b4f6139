import { type SizeBand } from '@techpact/contracts';

/**
 * The size band of a company by its employees (micro < 10, small < 50, medium < 250, large);
 * null when the number is unknown. The company table derives the same in its `size_band` column.
 */
export function sizeBandOf(employees: number | null | undefined): SizeBand | null {
  if (employees === null || employees === undefined) return null;
  if (employees < 10) return 'micro';
  if (employees < 50) return 'small';
  if (employees < 250) return 'medium';
  return 'large';
}
