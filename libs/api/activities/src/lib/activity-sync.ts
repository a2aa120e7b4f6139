import { type EntityManager } from 'typeorm';

/** What syncing a case's activities with its agreement in force did. */
export interface ActivitySyncResult {
  /** The version in force, or null when the case has none (nothing was done). */
  versionNumber: number | null;
  created: number;
  updated: number;
  cancelled: number;
}

/**
 * Makes the case's activities follow the upgrades of its agreement version in force, matched by
 * lineage (an amendment copies an upgrade's lineage, so its activity and hours carry on): new
 * upgrades become planned activities, changed ones are updated, open activities whose upgrade
 * the version dropped are cancelled, and the responsible experts are assigned to the case.
 * Runs in the caller's transaction; running it twice changes nothing the second time.
 */
export async function syncActivitiesWithAgreement(
  manager: EntityManager,
  caseId: string,
): Promise<ActivitySyncResult> {
  // During COUNTERSIGN the countersigned version may still read 'signed' if the agreements
  // participant has not run yet; it is the one coming into force, so it wins over the old one.
  const [version] = (await manager.query(
    `SELECT id, number FROM agreement_version WHERE case_id = $1 AND status IN ('signed', 'in_force')
      ORDER BY (status = 'signed') DESC, number DESC LIMIT 1`,
    [caseId],
  )) as { id: string; number: number }[];
  if (!version) return { versionNumber: null, created: 0, updated: 0, cancelled: 0 };

  // xmax = 0 tells an inserted row from an updated one.
  const upserted = (await manager.query(
    `INSERT INTO activity (case_id, lineage_id, upgrade_id, title, description, category, expert_id,
                           planned_hours, target_date)
     SELECT $1, u.lineage_id, u.id, u.title, u.description, u.category, u.expert_id,
            u.planned_hours, u.target_date
       FROM agreement_upgrade u
      WHERE u.version_id = $2 AND u.expert_id IS NOT NULL AND u.planned_hours IS NOT NULL
        AND u.target_date IS NOT NULL
     ON CONFLICT (case_id, lineage_id) DO UPDATE SET
        upgrade_id = EXCLUDED.upgrade_id, title = EXCLUDED.title,
        description = EXCLUDED.description, category = EXCLUDED.category,
        expert_id = EXCLUDED.expert_id, planned_hours = EXCLUDED.planned_hours,
        target_date = EXCLUDED.target_date,
        -- An upgrade an earlier amendment removed and this one brings back is planned again.
        status = CASE WHEN activity.status = 'cancelled' AND activity.cancel_reason LIKE 'Removed by amendment%'
                      THEN 'planned' ELSE activity.status END,
        cancelled_at = CASE WHEN activity.status = 'cancelled' AND activity.cancel_reason LIKE 'Removed by amendment%'
                            THEN NULL ELSE activity.cancelled_at END,
        cancel_reason = CASE WHEN activity.status = 'cancelled' AND activity.cancel_reason LIKE 'Removed by amendment%'
                             THEN NULL ELSE activity.cancel_reason END,
        row_version = activity.row_version + 1, updated_at = now()
      WHERE (activity.upgrade_id, activity.title, activity.description, activity.category,
             activity.expert_id, activity.planned_hours, activity.target_date)
            IS DISTINCT FROM
            (EXCLUDED.upgrade_id, EXCLUDED.title, EXCLUDED.description, EXCLUDED.category,
             EXCLUDED.expert_id, EXCLUDED.planned_hours, EXCLUDED.target_date)
         OR activity.cancel_reason LIKE 'Removed by amendment%'
     RETURNING (xmax = 0) AS inserted`,
    [caseId, version.id],
  )) as { inserted: boolean }[];

  const cancelled = (await manager.query(
    `UPDATE activity SET status = 'cancelled', cancelled_at = now(), cancel_reason = $3,
            row_version = row_version + 1, updated_at = now()
      WHERE case_id = $1 AND status IN ('planned', 'in_progress')
        AND lineage_id NOT IN (SELECT lineage_id FROM agreement_upgrade WHERE version_id = $2)
     RETURNING id`,
    [
      caseId,
      version.id,
      `Removed by amendment ${version.number - 1} (agreement version ${version.number})`,
    ],
  )) as [unknown[], number];

  await manager.query(
    `INSERT INTO case_expert (case_id, expert_id)
     SELECT DISTINCT $1::uuid, u.expert_id FROM agreement_upgrade u
      WHERE u.version_id = $2 AND u.expert_id IS NOT NULL
     ON CONFLICT DO NOTHING`,
    [caseId, version.id],
  );
  return {
    versionNumber: version.number,
    created: upserted.filter((row) => row.inserted).length,
    updated: upserted.filter((row) => !row.inserted).length,
    cancelled: cancelled[1],
  };
}
