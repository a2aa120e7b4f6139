import { type AgreementUpgrade } from '@techpact/contracts';
import { diffVersions, type DiffSide } from './agreement-diff';

const upgrade = (
  lineageId: string,
  overrides: Partial<AgreementUpgrade> = {},
): AgreementUpgrade => ({
  id: `${lineageId}-row`,
  lineageId,
  position: 0,
  title: `Upgrade ${lineageId}`,
  description: '',
  category: 'Automation',
  expert: { id: 'e1', name: 'Henrik' },
  plannedHours: 10,
  targetDate: '2026-09-30',
  suggestionKey: null,
  ...overrides,
});

const side = (
  number: number,
  upgrades: AgreementUpgrade[],
  text: Partial<DiffSide> = {},
): DiffSide => ({
  number,
  title: 'T',
  summary: 'S',
  goals: 'G',
  ndaClause: null,
  upgrades,
  ...text,
});

describe('diffVersions', () => {
  it('matches upgrades by lineage: added, removed, changed fields and hours', () => {
    const diff = diffVersions(
      side(1, [upgrade('a'), upgrade('b', { plannedHours: 5.25 })]),
      side(
        2,
        [
          upgrade('a', { id: 'a-row-2', plannedHours: 12.5, expert: { id: 'e2', name: 'Henrik' } }),
          upgrade('c'),
        ],
        { goals: 'G2' },
      ),
    );
    expect(diff.added.map((u) => u.lineageId)).toEqual(['c']);
    expect(diff.removed.map((u) => u.lineageId)).toEqual(['b']);
    // The expert changed though the names are equal: compared by id.
    expect(diff.changed).toEqual([
      {
        lineageId: 'a',
        title: 'Upgrade a',
        changes: [
          { field: 'expert', from: 'Henrik', to: 'Henrik' },
          { field: 'plannedHours', from: 10, to: 12.5 },
        ],
      },
    ]);
    expect(diff.changedFields).toEqual(['goals']);
    expect(diff.totalPlannedHours).toEqual({ from: 15.25, to: 22.5 });
  });

  it('reports nothing between identical versions (another row id is not a change)', () => {
    const diff = diffVersions(side(1, [upgrade('a')]), side(2, [upgrade('a', { id: 'other' })]));
    expect(diff).toMatchObject({ added: [], removed: [], changed: [], changedFields: [] });
  });
});
