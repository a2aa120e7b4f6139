import { type AssessmentDimension } from '@techpact/contracts';
import { suggestUpgrades } from './suggest-upgrades';

const dimension = (id: string): AssessmentDimension => ({
  id,
  key: id,
  name: id.toUpperCase(),
  description: '',
  levels: ['0', '1', '2', '3', '4', '5'],
  upgradeCategories: [`${id}-upgrade`],
  position: 0,
  active: true,
});

describe('suggestUpgrades', () => {
  it('suggests for at most three scored dimensions at 3 or below, lowest first', () => {
    const dimensions = ['a', 'b', 'c', 'd', 'e'].map(dimension);
    const scores = [
      { dimensionId: 'a', score: 3, notes: '' },
      { dimensionId: 'b', score: 4, notes: '' },
      { dimensionId: 'c', score: 1, notes: '' },
      { dimensionId: 'd', score: null, notes: '' },
      { dimensionId: 'e', score: 1, notes: '' },
    ];
    expect(suggestUpgrades(dimensions, scores)).toEqual([
      { dimensionId: 'c', dimension: 'C', score: 1, categories: ['c-upgrade'] },
      { dimensionId: 'e', dimension: 'E', score: 1, categories: ['e-upgrade'] },
      { dimensionId: 'a', dimension: 'A', score: 3, categories: ['a-upgrade'] },
    ]);
  });
});
