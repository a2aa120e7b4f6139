import { type SuggestedUpgrade } from '@techpact/contracts';
import { type EntityManager } from 'typeorm';

/*
 * The same rule as the assessment page's suggestions (`suggestUpgrades` in the assessments
 * library, which does not export it): dimensions scored at most 3, lowest first, at most three;
 * each of their upgrade categories is one suggestion.
 */
const SUGGEST_AT_OR_BELOW = 3;
const MAX_DIMENSIONS = 3;

interface WeakDimensionRow {
  dimensionId: string;
  dimension: string;
  score: number;
  categories: string[];
}

export function suggestionKey(dimensionId: string, category: string): string {
  return `${dimensionId}:${category}`;
}

/**
 * What the case's submitted baseline (T0) assessment suggests, leaving out the keys in `taken`
 * (already on the draft). Categories come from the programme's current dimension and else from
 * the assessment's snapshot of it.
 */
export async function suggestedUpgrades(
  manager: EntityManager,
  caseId: string,
  taken: ReadonlySet<string>,
): Promise<SuggestedUpgrade[]> {
  const rows = (await manager.query(
    `SELECT e.d->>'id' AS "dimensionId", e.d->>'name' AS dimension, s.score,
            COALESCE(cur.upgrade_categories,
                     ARRAY(SELECT jsonb_array_elements_text(COALESCE(e.d->'upgradeCategories', '[]'))))
              AS categories
       FROM assessment a
       CROSS JOIN LATERAL jsonb_array_elements(a.dimensions) WITH ORDINALITY AS e(d, n)
       JOIN assessment_score s ON s.assessment_id = a.id AND s.dimension_id = (e.d->>'id')::uuid
       LEFT JOIN assessment_dimension cur ON cur.id = (e.d->>'id')::uuid
      WHERE a.case_id = $1 AND a.kind = 'T0' AND a.submitted_at IS NOT NULL
        AND s.score IS NOT NULL AND s.score <= $2
      ORDER BY s.score, e.n
      LIMIT $3`,
    [caseId, SUGGEST_AT_OR_BELOW, MAX_DIMENSIONS],
  )) as WeakDimensionRow[];
  return rows.flatMap((row) =>
    row.categories
      .map((category) => ({
        key: suggestionKey(row.dimensionId, category),
        dimension: row.dimension,
        score: Number(row.score),
        category,
      }))
      .filter((suggestion) => !taken.has(suggestion.key)),
  );
}
