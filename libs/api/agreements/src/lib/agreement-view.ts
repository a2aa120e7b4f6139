import {
  type AgreementSigner,
  type AgreementUpgrade,
  type AgreementVersionSummary,
  type PlannedHoursByExpert,
} from '@techpact/contracts';
import { type SignerRow, type UpgradeRow, type VersionRow } from './agreement.repository';

/** Hours are stored with two decimals; sums are rounded the same way to avoid 0.1 + 0.2 noise. */
export function roundHours(value: number): number {
  return Math.round(value * 100) / 100;
}

export function totalHours(upgrades: readonly Pick<UpgradeRow, 'plannedHours'>[]): number {
  return roundHours(upgrades.reduce((sum, upgrade) => sum + (upgrade.plannedHours ?? 0), 0));
}

export function toUpgrade(row: UpgradeRow): AgreementUpgrade {
  return {
    id: row.id,
    lineageId: row.lineageId,
    position: row.position,
    title: row.title,
    description: row.description,
    category: row.category,
    expert: row.expert,
    plannedHours: row.plannedHours,
    targetDate: row.targetDate,
    suggestionKey: row.suggestionKey,
  };
}

export function toSigner(row: SignerRow): AgreementSigner {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    contactId: row.contactId,
    userId: row.userId,
    status: row.signedAt ? 'signed' : row.declinedAt ? 'declined' : 'pending',
    linkStatus: row.linkStatus,
    linkExpiresAt: row.linkExpiresAt?.toISOString() ?? null,
    signedAt: row.signedAt?.toISOString() ?? null,
    signedName: row.signedName,
    signedHash: row.signedHash,
    declinedAt: row.declinedAt?.toISOString() ?? null,
    declineReason: row.declineReason,
  };
}

export function toSummary(
  version: VersionRow,
  upgrades: readonly UpgradeRow[],
): AgreementVersionSummary {
  return {
    id: version.id,
    number: version.number,
    status: version.status,
    title: version.title,
    amendsVersionNumber: version.amendsVersionNumber,
    documentHash: version.documentHash,
    sentAt: version.sentAt?.toISOString() ?? null,
    inForceAt: version.inForceAt?.toISOString() ?? null,
    totalPlannedHours: totalHours(upgrades),
    upgradeCount: upgrades.length,
  };
}

/** Planned hours per responsible expert, most hours first. */
export function hoursByExpert(upgrades: readonly UpgradeRow[]): PlannedHoursByExpert[] {
  const byExpert = new Map<string, PlannedHoursByExpert>();
  for (const upgrade of upgrades) {
    if (!upgrade.expert) continue;
    const entry = byExpert.get(upgrade.expert.id) ?? { expert: upgrade.expert, plannedHours: 0 };
    entry.plannedHours = roundHours(entry.plannedHours + (upgrade.plannedHours ?? 0));
    byExpert.set(upgrade.expert.id, entry);
  }
  return [...byExpert.values()].sort(
    (a, b) => b.plannedHours - a.plannedHours || a.expert.name.localeCompare(b.expert.name),
  );
}
