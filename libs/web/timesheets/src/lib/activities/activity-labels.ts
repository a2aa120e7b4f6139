import { type ActivityStatus, type HoursLevel } from '@techpact/contracts';
import { type TranslationKey } from '@techpact/web/i18n';

export const statusKey = (status: ActivityStatus): TranslationKey =>
  `timesheets.activities.statuses.${status}`;

/** The button that moves an activity to `status`. */
export const moveKey = (status: ActivityStatus): TranslationKey =>
  `timesheets.activities.moves.${status}`;

export const levelKey = (level: HoursLevel): TranslationKey =>
  `timesheets.activities.levels.${level}`;

/** Logged hours as a share of the planned hours, in whole percent (0 when nothing is planned). */
export function percentUsed(logged: number, planned: number): number {
  return planned > 0 ? Math.round((logged * 100) / planned) : 0;
}
