import { type AgreementUpgrade } from '@techpact/contracts';

/** One expert's planned hours; `expert` is null for upgrades nobody is responsible for yet. */
export interface ExpertHoursRow {
  expert: { id: string; name: string } | null;
  hours: number;
  /** Share of the budget, 0–100 (capped), for the bar. */
  percentOfBudget: number;
}

export interface HoursBudget {
  rows: ExpertHoursRow[];
  total: number;
  budget: number;
  /** 0–100 (capped), for the bar; the text carries the real number. */
  percentUsed: number;
  /** Hours above the budget; 0 when within it. */
  over: number;
  /** Hours still free; 0 when at or over it. */
  left: number;
}

const percent = (part: number, whole: number): number =>
  whole > 0 ? Math.min(100, Math.round((part * 100) / whole)) : part > 0 ? 100 : 0;

/** Planned hours need not be whole: keep quarter hours, drop float noise. */
const tidy = (hours: number): number => Math.round(hours * 100) / 100;

/**
 * Planned hours per responsible expert (largest first, "nobody yet" last) and in total against
 * the programme's budget. Computed from the upgrades as they are, so it follows every edit.
 */
export function hoursBudget(upgrades: readonly AgreementUpgrade[], budget: number): HoursBudget {
  const byExpert = new Map<string, ExpertHoursRow>();
  let unassigned = 0;
  for (const upgrade of upgrades) {
    const hours = upgrade.plannedHours ?? 0;
    if (!upgrade.expert) {
      unassigned += hours;
      continue;
    }
    const row = byExpert.get(upgrade.expert.id) ?? {
      expert: upgrade.expert,
      hours: 0,
      percentOfBudget: 0,
    };
    row.hours += hours;
    byExpert.set(upgrade.expert.id, row);
  }
  const rows = [...byExpert.values()].sort(
    (a, b) => b.hours - a.hours || (a.expert?.name ?? '').localeCompare(b.expert?.name ?? ''),
  );
  if (unassigned > 0) {
    rows.push({ expert: null, hours: unassigned, percentOfBudget: 0 });
  }
  for (const row of rows) {
    row.hours = tidy(row.hours);
    row.percentOfBudget = percent(row.hours, budget);
  }
  const total = tidy(rows.reduce((sum, row) => sum + row.hours, 0));
  return {
    rows,
    total,
    budget,
    percentUsed: percent(total, budget),
    over: tidy(Math.max(0, total - budget)),
    left: tidy(Math.max(0, budget - total)),
  };
}
