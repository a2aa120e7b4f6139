import { type AssessmentDimension, type AssessmentScore } from '@techpact/contracts';
import { compareAssessments, suggestUpgrades } from './assessment-suggestions';

const dimension = (id: string, categories: string[] = [`${id} upgrade`]): AssessmentDimension => ({
  id,
  key: id,
  name: `Dimension ${id}`,
  description: '',
  levels: ['0', '1', '2', '3', '4', '5'],
  upgradeCategories: categories,
  position: 0,
  active: true,
});
const score = (dimensionId: string, value: number | null): AssessmentScore => ({
  dimensionId,
  score: value,
  notes: '',
});

describe('suggestUpgrades', () => {
  const dimensions = ['a', 'b', 'c', 'd', 'e'].map((id) => dimension(id));

  it('suggests the categories of the three weakest dimensions scored 3 or less, lowest first', () => {
    const suggestions = suggestUpgrades(dimensions, [
      score('a', 3),
      score('b', 1),
      score('c', 4),
      score('d', 1),
      score('e', 2),
    ]);
    expect(suggestions.map((s) => [s.dimensionId, s.score])).toEqual([
      ['b', 1],
      ['d', 1],
      ['e', 2],
    ]);
    expect(suggestions[0]).toEqual({
      dimensionId: 'b',
      dimension: 'Dimension b',
      score: 1,
      categories: ['b upgrade'],
    });
  });

  it('ignores unscored and strong dimensions', () => {
    expect(suggestUpgrades(dimensions, [score('a', null), score('b', 4), score('c', 5)])).toEqual(
      [],
    );
  });

  it('prefers the programme’s current mapping over the snapshot', () => {
    const [first] = suggestUpgrades(dimensions, [score('a', 0)], new Map([['a', ['Robots']]]));
    expect(first?.categories).toEqual(['Robots']);
  });
});

describe('compareAssessments', () => {
  it('puts T0 beside T1 with the difference where both are scored', () => {
    const rows = compareAssessments(
      { dimensions: [dimension('a'), dimension('b')], scores: [score('a', 1), score('b', 2)] },
      {
        dimensions: [dimension('a'), dimension('b'), dimension('c')],
        scores: [score('a', 3), score('b', null), score('c', 4)],
      },
    );
    expect(rows.map((r) => [r.dimensionId, r.t0, r.t1, r.difference])).toEqual([
      ['a', 1, 3, 2],
      ['b', 2, null, null],
      ['c', null, 4, null],
    ]);
  });
});
