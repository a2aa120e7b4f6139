import { TestBed } from '@angular/core/testing';
import { I18nService } from '@techpact/web/i18n';
import { caseFilterText } from './case-filter-text';

describe('caseFilterText', () => {
  let i18n: I18nService;

  beforeEach(() => {
    i18n = TestBed.inject(I18nService);
    i18n.use('en');
  });

  it('says nothing without filters', () => {
    expect(caseFilterText({}, i18n)).toBe('');
  });

  it('puts the filters of a dashboard link in words', () => {
    expect(
      caseFilterText(
        {
          from: ['2026-01-01'],
          to: ['2026-06-30'],
          stage: ['agreement,onHold'],
          agreementSigned: ['true'],
          activity: ['started'],
          hours: ['sme'],
          newProducts: ['false'],
          odd: ['x'],
        },
        i18n,
      ),
    ).toBe(
      'Also filtered by: period 1 Jan 2026 – 30 Jun 2026; stage Agreement, On hold; ' +
        'agreement signed; activity started; approved company hours; not new products; odd: x',
    );
  });
});
