import { type AgreementUpgrade } from '@techpact/contracts';
import { hoursBudget } from './hours-budget';

let next = 0;
function upgrade(expert: string | null, plannedHours: number | null): AgreementUpgrade {
  next += 1;
  return {
    id: `u${next}`,
    lineageId: `l${next}`,
    position: next,
    title: `Upgrade ${next}`,
    description: '',
    category: '',
    expert: expert ? { id: expert, name: expert.toUpperCase() } : null,
    plannedHours,
    targetDate: null,
    suggestionKey: null,
  };
}

describe('hoursBudget', () => {
  it('sums per expert, largest first, with the unassigned hours last', () => {
    const result = hoursBudget(
      [
        upgrade('a', 10),
        upgrade('b', 30),
        upgrade(null, 5),
        upgrade('a', 12.5),
        upgrade('b', null),
      ],
      100,
    );
    expect(result.rows.map((row) => [row.expert?.name ?? null, row.hours])).toEqual([
      ['B', 30],
      ['A', 22.5],
      [null, 5],
    ]);
    expect(result.total).toBe(57.5);
    expect(result.percentUsed).toBe(58);
    expect(result.left).toBe(42.5);
    expect(result.over).toBe(0);
    expect(result.rows[0].percentOfBudget).toBe(30);
  });

  it('says how far over the budget the plan is and caps the bar at 100 %', () => {
    const result = hoursBudget([upgrade('a', 80), upgrade('b', 40)], 100);
    expect(result.total).toBe(120);
    expect(result.over).toBe(20);
    expect(result.left).toBe(0);
    expect(result.percentUsed).toBe(100);
  });

  it('copes with no upgrades and with a zero budget', () => {
    expect(hoursBudget([], 0)).toEqual({
      rows: [],
      total: 0,
      budget: 0,
      percentUsed: 0,
      over: 0,
      left: 0,
    });
    expect(hoursBudget([upgrade('a', 1)], 0).percentUsed).toBe(100);
  });
});
