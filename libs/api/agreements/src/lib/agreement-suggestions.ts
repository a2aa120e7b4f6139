import { suggestUpgrades } from '@techpact/api/assessments';
import {
  type AssessmentDimension,
  type AssessmentScore,
  type SuggestedUpgrade,
} from '@techpact/contracts';
import { type EntityManager } from 'typeorm';

interface BaselineRow {
  /** The assessment's snapshot of its dimensions, in their order. */
  dimensions: AssessmentDimension[];
  scores: AssessmentScore[];
  /** The programme's current upgrade categories of those dimensions that still exist. */
  current: { id: string; categories: string[] }[];
}

export function suggestionKey(dimensionId: string, category: string): string {
  return `${dimensionId}:${category}`;
}

/**
 * What the case's submitted baseline (T0) assessment suggests — the assessment page's rule
 * (`suggestUpgrades`), each upgrade category of a weak dimension one suggestion — leaving out the
 * keys in `taken` (already on the draft).
 */
export async function suggestedUpgrades(
  manager: EntityManager,
  caseId: string,
  taken: ReadonlySet<string>,
): Promise<SuggestedUpgrade[]> {
  const [baseline] = (await manager.query(
    `SELECT a.dimensions,
            COALESCE((SELECT json_agg(json_build_object('dimensionId', s.dimension_id,
                                                        'score', s.score, 'notes', s.notes))
                        FROM assessment_score s WHERE s.assessment_id = a.id), '[]') AS scores,
            COALESCE((SELECT json_agg(json_build_object('id', d.id, 'categories', d.upgrade_categories))
                        FROM assessment_dimension d
                       WHERE d.id IN (SELECT (e->>'id')::uuid FROM jsonb_array_elements(a.dimensions) e)),
                     '[]') AS current
       FROM assessment a
      WHERE a.case_id = $1 AND a.kind = 'T0' AND a.submitted_at IS NOT NULL`,
    [caseId],
  )) as BaselineRow[];
  if (!baseline) return [];
  const categoriesById = new Map(baseline.current.map((row) => [row.id, row.categories]));
  return suggestUpgrades(baseline.dimensions, baseline.scores, categoriesById).flatMap((weak) =>
    weak.categories
      .map((category) => ({
        key: suggestionKey(weak.dimensionId, category),
        dimension: weak.dimension,
        score: weak.score,
        category,
      }))
      .filter((suggestion) => !taken.has(suggestion.key)),
  );
}
