import {
  type AssessmentDimension,
  type AssessmentScore,
  type UpgradeSuggestion,
} from '@techpact/contracts';

const SUGGEST_AT_OR_BELOW = 3;
const MAX_SUGGESTIONS = 3;

/**
 * The API's rule, applied to the scores being typed so that the suggestions follow the form
 * before the draft is saved: score ≤ 3, lowest first (ties in dimension order), at most three.
 */
export function suggestUpgrades(
  dimensions: readonly AssessmentDimension[],
  scores: readonly AssessmentScore[],
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
      categories: [...dimension.upgradeCategories],
    }));
}
