import { type TestUpgrade, writeAgreementVersion } from '@techpact/api/activities/testing';
import { type CaseWorld, placeCaseInState } from '@techpact/api/cases/testing';
import { type DataSource } from 'typeorm';

/** The programme's today (YYYY-MM-DD) in its time zone. */
export async function programmeToday(db: DataSource, programmeId: string): Promise<string> {
  const [row] = (await db.query(
    `SELECT to_char(now() AT TIME ZONE time_zone, 'YYYY-MM-DD') AS today FROM programme WHERE id = $1`,
    [programmeId],
  )) as { today: string }[];
  return row?.today ?? '';
}

/** A case in implementation with an agreement in force and its activities (via `sync`). */
export async function caseWithActivities(
  db: DataSource,
  world: CaseWorld,
  companyId: string,
  upgrades: readonly TestUpgrade[],
  sync: (caseId: string) => Promise<unknown>,
): Promise<{ caseId: string; activityIds: string[] }> {
  const caseId = await placeCaseInState(db, world.coordinatorA, companyId, 'implementation');
  const lineages = await writeAgreementVersion(db, caseId, upgrades);
  await sync(caseId);
  const rows = (await db.query(
    `SELECT id, lineage_id AS "lineageId" FROM activity WHERE case_id = $1`,
    [caseId],
  )) as { id: string; lineageId: string }[];
  const ids = lineages.map((lineage) => rows.find((r) => r.lineageId === lineage)?.id ?? '');
  return { caseId, activityIds: ids };
}
