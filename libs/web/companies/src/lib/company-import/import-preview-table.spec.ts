import { TestBed } from '@angular/core/testing';
import { type ImportPreviewResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { ImportPreviewTable } from './import-preview-table';

const preview: ImportPreviewResponse = {
  rows: [
    {
      line: 2,
      action: 'create',
      name: 'Farsø Stål ApS',
      registrationNumber: '10150817',
      country: 'DK',
      companyId: null,
      changes: [],
      reason: null,
    },
    {
      line: 3,
      action: 'update',
      name: 'Skive Plast A/S',
      registrationNumber: '12345674',
      country: 'DK',
      companyId: 'c1',
      changes: ['employees', 'city'],
      reason: null,
    },
    {
      line: 4,
      action: 'reject',
      name: 'Typo ApS',
      registrationNumber: '12345678',
      country: 'DK',
      companyId: null,
      changes: [],
      reason: 'The CVR number 12345678 has a wrong check digit.',
    },
  ],
  counts: { create: 1, update: 1, reject: 1 },
  ignoredColumns: ['fax'],
};

describe('ImportPreviewTable', () => {
  it('shows the counts, and per line the action and its reason or changes', async () => {
    TestBed.inject(I18nService).use('en');
    const fixture = TestBed.createComponent(ImportPreviewTable);
    fixture.componentRef.setInput('preview', preview);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const counts = [...element.querySelectorAll('.counts li')].map((li) => li.textContent?.trim());
    expect(counts).toEqual(['To create: 1', 'To update: 1', 'Rejected: 1']);
    expect(element.textContent).toContain('not be imported: fax.');

    const rows = [...element.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) =>
        cell.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(rows).toEqual([
      ['2', 'Create', 'Farsø Stål ApS', 'DK 10150817', 'New company'],
      ['3', 'Update', 'Skive Plast A/S', 'DK 12345674', 'Changes: employees, city'],
      [
        '4',
        'Reject',
        'Typo ApS',
        'DK 12345678',
        'The CVR number 12345678 has a wrong check digit.',
      ],
    ]);
    expect(element.querySelectorAll('tr.rejected')).toHaveLength(1);
  });
});
