import { TestBed } from '@angular/core/testing';
import { type AgreementDiff, type AgreementUpgrade } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { AgreementDiffView } from './agreement-diff-view';

function upgrade(title: string, plannedHours: number): AgreementUpgrade {
  return {
    id: `id-${title}`,
    lineageId: `lineage-${title}`,
    position: 0,
    title,
    description: '',
    category: '',
    expert: { id: 'e1', name: 'Anna Holm' },
    plannedHours,
    targetDate: '2027-03-01',
    suggestionKey: null,
  };
}

const diff: AgreementDiff = {
  fromNumber: 1,
  toNumber: 2,
  added: [upgrade('Vision inspection', 40)],
  removed: [upgrade('Paper forms to tablets', 10)],
  changed: [
    {
      lineageId: 'lineage-erp',
      title: 'ERP integration',
      changes: [
        { field: 'plannedHours', from: 20, to: 35 },
        { field: 'targetDate', from: '2027-01-15', to: null },
      ],
    },
  ],
  changedFields: ['summary', 'ndaClause'],
  totalPlannedHours: { from: 30, to: 75 },
};

describe('AgreementDiffView', () => {
  function render(value: AgreementDiff): HTMLElement {
    TestBed.inject(I18nService).use('en');
    const fixture = TestBed.createComponent(AgreementDiffView);
    fixture.componentRef.setInput('diff', value);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const items = (element: HTMLElement, heading: string): string[] => {
    const id = [...element.querySelectorAll('h4')].find(
      (h) => h.textContent?.trim() === heading,
    )?.id;
    const list = element.querySelector(`ul[aria-labelledby="${id}"]`);
    return [...(list?.querySelectorAll(':scope > li') ?? [])].map((li) =>
      (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
  };

  it('lists added, removed and changed upgrades, the changed text and the hours', () => {
    const element = render(diff);
    expect(element.textContent).toContain('Planned hours: 30 → 75');
    expect(element.textContent).toContain('Changed text: Summary, Confidentiality clause');
    expect(items(element, 'Added upgrades')).toEqual(['+ Vision inspection · 40 h · Anna Holm']);
    expect(items(element, 'Removed upgrades')).toEqual(['− Paper forms to tablets · 10 h']);
    const changed = items(element, 'Changed upgrades');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('ERP integration');
    expect(changed[0]).toContain('Planned hours: 20 → 35');
    expect(changed[0]).toContain('Target date: 15 Jan 2027 → (empty)');
  });

  it('says so when the upgrades and hours are the same', () => {
    const element = render({
      ...diff,
      added: [],
      removed: [],
      changed: [],
      changedFields: [],
      totalPlannedHours: { from: 30, to: 30 },
    });
    expect(element.textContent).toContain('The upgrades and hours are the same in both versions.');
    expect(element.querySelectorAll('h4')).toHaveLength(0);
    expect(element.textContent).not.toContain('Changed text');
  });
});
