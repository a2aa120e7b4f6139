import {
  type AgreementDiff,
  type AgreementUpgrade,
  type UpgradeFieldChange,
} from '@techpact/contracts';
import { roundHours } from './agreement-view';

export interface DiffSide {
  number: number;
  title: string;
  summary: string;
  goals: string;
  ndaClause: string | null;
  upgrades: readonly AgreementUpgrade[];
}

const TEXT_FIELDS = ['title', 'summary', 'goals', 'ndaClause'] as const;

function upgradeChanges(from: AgreementUpgrade, to: AgreementUpgrade): UpgradeFieldChange[] {
  const pairs: UpgradeFieldChange[] = [
    { field: 'title', from: from.title, to: to.title },
    { field: 'description', from: from.description, to: to.description },
    { field: 'category', from: from.category, to: to.category },
    { field: 'expert', from: from.expert?.name ?? null, to: to.expert?.name ?? null },
    { field: 'plannedHours', from: from.plannedHours, to: to.plannedHours },
    { field: 'targetDate', from: from.targetDate, to: to.targetDate },
  ];
  // The expert is compared by id: two experts may share a name.
  return pairs.filter((change) =>
    change.field === 'expert'
      ? (from.expert?.id ?? null) !== (to.expert?.id ?? null)
      : change.from !== change.to,
  );
}

const hours = (upgrades: readonly AgreementUpgrade[]) =>
  roundHours(upgrades.reduce((sum, upgrade) => sum + (upgrade.plannedHours ?? 0), 0));

/**
 * What changed from one version to another: upgrades matched by lineage (an amendment keeps it),
 * so an edited upgrade is "changed", not "removed and added".
 */
export function diffVersions(from: DiffSide, to: DiffSide): AgreementDiff {
  const before = new Map(from.upgrades.map((upgrade) => [upgrade.lineageId, upgrade]));
  const after = new Map(to.upgrades.map((upgrade) => [upgrade.lineageId, upgrade]));
  const changed: AgreementDiff['changed'] = [];
  for (const upgrade of to.upgrades) {
    const earlier = before.get(upgrade.lineageId);
    if (!earlier) continue;
    const changes = upgradeChanges(earlier, upgrade);
    if (changes.length > 0)
      changed.push({ lineageId: upgrade.lineageId, title: upgrade.title, changes });
  }
  return {
    fromNumber: from.number,
    toNumber: to.number,
    added: to.upgrades.filter((upgrade) => !before.has(upgrade.lineageId)),
    removed: from.upgrades.filter((upgrade) => !after.has(upgrade.lineageId)),
    changed,
    changedFields: TEXT_FIELDS.filter((field) => from[field] !== to[field]),
    totalPlannedHours: { from: hours(from.upgrades), to: hours(to.upgrades) },
  };
}
