import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';

/** An upgrade of an agreement version, as a test writes it. */
export interface TestUpgrade {
  title: string;
  expertId: string;
  plannedHours: number;
  targetDate: string;
  lineageId?: string;
}

const HASH = 'a'.repeat(64);

/**
 * Writes agreement version `number` of a case with its upgrades straight into the tables (the
 * agreements library is not needed), in `status` ('signed' before COUNTERSIGN, or 'in_force').
 * Returns the lineage ids of the upgrades in order.
 */
export async function writeAgreementVersion(
  db: DataSource,
  caseId: string,
  upgrades: readonly TestUpgrade[],
  options: { number?: number; status?: 'signed' | 'in_force' } = {},
): Promise<string[]> {
  const number = options.number ?? 1;
  const [version] = (await db.query(
    `INSERT INTO agreement_version (case_id, number, title) VALUES ($1, $2, 'Technology agreement') RETURNING id`,
    [caseId, number],
  )) as { id: string }[];
  if (!version) throw new Error('no agreement version');
  const lineages: string[] = [];
  for (const [position, upgrade] of upgrades.entries()) {
    const lineage = upgrade.lineageId ?? randomUUID();
    lineages.push(lineage);
    await db.query(
      `INSERT INTO agreement_upgrade (version_id, lineage_id, position, title, description, category,
                                      expert_id, planned_hours, target_date)
       VALUES ($1, $2, $3, $4, 'Described in the agreement.', 'Automation', $5, $6, $7)`,
      [
        version.id,
        lineage,
        position,
        upgrade.title,
        upgrade.expertId,
        upgrade.plannedHours,
        upgrade.targetDate,
      ],
    );
  }
  if ((options.status ?? 'in_force') === 'in_force') {
    await db.query(
      `UPDATE agreement_version SET status = 'superseded' WHERE case_id = $1 AND status = 'in_force'`,
      [caseId],
    );
  }
  await db.query(
    `UPDATE agreement_version SET status = $2, document_pdf = '\\x25504446', document_hash = $3,
            sent_at = now(), signed_pdf = '\\x25504446', signed_pdf_hash = $3, in_force_at = now()
      WHERE id = $1`,
    [version.id, options.status ?? 'in_force', HASH],
  );
  return lineages;
}
