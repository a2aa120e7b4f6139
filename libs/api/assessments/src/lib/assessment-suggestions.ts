import {
  type AssessmentComparisonRow,
  type AssessmentDimension,
  type AssessmentScore,
  type UpgradeSuggestion,
} from '@techpact/contracts';

/** Dimensions scored at most this are worth an upgrade. */
export const SUGGEST_AT_OR_BELOW = 3;
export const MAX_SUGGESTIONS = 3;

/**
 * Upgrade categories for the weakest scored dimensions: score ≤ 3, lowest first (ties in the
 * order of the dimensions), at most three dimensions. Categories come from `categoriesById`
 * (the programme's current mapping) and else from the assessment's snapshot.
 */
export function suggestUpgrades(
  dimensions: readonly AssessmentDimension[],
  scores: readonly AssessmentScore[],
  categoriesById: ReadonlyMap<string, readonly string[]> = new Map(),
): UpgradeSuggestion[] {
  const scoreOf = new Map(scores.map((s) => [s.dimensionId, s.score]));
  return dimensions
    .map((dimension, order) => ({ dimension, order, score: scoreOf.get(dimension.id) ?? null }))
    .filter(
      (entry): entry is typeof entry & { score: number } =>
        entry.score !== null && entry.score <= SUGGEST_AT_OR_BELOW,
    )
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ dimension, score }) => ({
      dimensionId: dimension.id,
      dimension: dimension.name,
      score,
      categories: [...(categoriesById.get(dimension.id) ?? dimension.upgradeCategories)],
    }));
}

/** T0 beside T1 per dimension (T0's dimension set first, then any T1 adds) and the difference. */
export function compareAssessments(
  t0: { dimensions: readonly AssessmentDimension[]; scores: readonly AssessmentScore[] },
  t1: { dimensions: readonly AssessmentDimension[]; scores: readonly AssessmentScore[] },
): AssessmentComparisonRow[] {
  const t0Scores = new Map(t0.scores.map((s) => [s.dimensionId, s.score]));
  const t1Scores = new Map(t1.scores.map((s) => [s.dimensionId, s.score]));
  const dimensions = [...t0.dimensions];
  for (const dimension of t1.dimensions) {
    if (!dimensions.some((d) => d.id === dimension.id)) dimensions.push(dimension);
  }
  return dimensions.map((dimension) => {
    const before = t0Scores.get(dimension.id) ?? null;
    const after = t1Scores.get(dimension.id) ?? null;
    return {
      dimensionId: dimension.id,
      dimension: dimension.name,
      t0: before,
      t1: after,
      difference: before === null || after === null ? null : after - before,
    };
  });
}
