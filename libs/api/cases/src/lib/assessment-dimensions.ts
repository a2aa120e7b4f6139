import { type EntityManager } from 'typeorm';

/**
 * The default assessment dimensions: the EU Digital Maturity Assessment used by European Digital
 * Innovation Hubs (DESIGN §2). Dimensions are programme data (`assessment_dimension`, see
 * `@techpact/api/assessments`); these names are the fallback for a programme that has none yet.
 */
export const DEFAULT_ASSESSMENT_DIMENSIONS = [
  'Digital business strategy',
  'Digital readiness',
  'Human-centric digitalisation',
  'Data management and governance',
  'Automation and artificial intelligence',
  'Green digitalisation',
] as const;

/**
 * The names of the dimensions the case's baseline (T0) assessment has not scored, in the order
 * of its dimension set. Without a T0 draft, every active dimension of the programme (or, for a
 * programme without dimensions, the defaults). Reads the assessment tables directly: the cases
 * library does not depend on the assessments library (that one depends on cases).
 */
export async function unscoredBaselineDimensions(
  manager: EntityManager,
  caseId: string,
  programmeId: string,
): Promise<string[]> {
  const [draft] = (await manager.query(
    `SELECT id FROM assessment WHERE case_id = $1 AND kind = 'T0'`,
    [caseId],
  )) as { id: string }[];
  if (draft) {
    const rows = (await manager.query(
      `SELECT e.d->>'name' AS name
         FROM assessment a, jsonb_array_elements(a.dimensions) WITH ORDINALITY AS e(d, n)
        WHERE a.id = $1
          AND NOT EXISTS (SELECT 1 FROM assessment_score s
                           WHERE s.assessment_id = a.id AND s.dimension_id = (e.d->>'id')::uuid
                             AND s.score IS NOT NULL)
        ORDER BY e.n`,
      [draft.id],
    )) as { name: string }[];
    return rows.map((row) => row.name);
  }
  const dimensions = (await manager.query(
    `SELECT name FROM assessment_dimension WHERE programme_id = $1 AND active ORDER BY position, name, id`,
    [programmeId],
  )) as { name: string }[];
  return dimensions.length > 0
    ? dimensions.map((dimension) => dimension.name)
    : [...DEFAULT_ASSESSMENT_DIMENSIONS];
}

/** Marks the case's T0 assessment submitted, in the transaction of the SUBMIT_ASSESSMENT transition. */
export async function markBaselineSubmitted(
  manager: EntityManager,
  caseId: string,
  actorId: string | null,
): Promise<void> {
  await manager.query(
    `UPDATE assessment SET submitted_at = now(), submitted_by = $2
      WHERE case_id = $1 AND kind = 'T0' AND submitted_at IS NULL`,
    [caseId, actorId],
  );
}
