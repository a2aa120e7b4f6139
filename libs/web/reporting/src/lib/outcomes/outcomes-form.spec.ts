import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { type CaseOutcomes } from '@techpact/contracts';
import { outcomesForm, parseWhole, toRequest } from './outcomes-form';

describe('outcomes form', () => {
  const form = (current: CaseOutcomes | null = null) =>
    outcomesForm(TestBed.inject(NonNullableFormBuilder), current);

  function filled() {
    const outcomes = form();
    outcomes.setValue({
      jobsCreated: '3',
      newProducts: '1',
      newProcesses: '0',
      privateInvestmentDkk: '250 000',
      turnoverEffect: '5To15Percent',
      closingSummary: '  New welding cell in use.  ',
    });
    return outcomes;
  }

  it('starts empty and invalid: every field is required', () => {
    const outcomes = form();
    expect(outcomes.invalid).toBe(true);
    for (const control of Object.values(outcomes.controls)) {
      expect(control.hasError('required')).toBe(true);
    }
  });

  it('accepts whole numbers and an investment grouped the way people write it', () => {
    const outcomes = filled();
    expect(outcomes.valid).toBe(true);
    expect(toRequest(outcomes)).toEqual({
      jobsCreated: 3,
      newProducts: 1,
      newProcesses: 0,
      privateInvestmentDkk: 250000,
      turnoverEffect: '5To15Percent',
      closingSummary: 'New welding cell in use.',
    });
    for (const written of ['250000', '250.000', '250,000', '1 250 000']) {
      outcomes.controls.privateInvestmentDkk.setValue(written);
      expect(outcomes.controls.privateInvestmentDkk.valid).toBe(true);
    }
  });

  it('refuses fractions, negatives, text and figures above the limits', () => {
    const outcomes = filled();
    const jobs = outcomes.controls.jobsCreated;
    for (const bad of ['1.5', '-1', 'two', '1 000']) {
      jobs.setValue(bad);
      expect(jobs.hasError('whole')).toBe(true);
    }
    jobs.setValue('10001');
    expect(jobs.getError('max')).toEqual({ max: 10000 });
    outcomes.controls.privateInvestmentDkk.setValue('1000000001');
    expect(outcomes.controls.privateInvestmentDkk.hasError('max')).toBe(true);
    outcomes.controls.privateInvestmentDkk.setValue('25 00');
    expect(outcomes.controls.privateInvestmentDkk.hasError('whole')).toBe(true);
  });

  it('needs a turnover band and a summary that is not blank nor too long', () => {
    const outcomes = filled();
    outcomes.controls.turnoverEffect.setValue('');
    expect(outcomes.controls.turnoverEffect.hasError('required')).toBe(true);
    outcomes.controls.turnoverEffect.setValue('a lot');
    expect(outcomes.controls.turnoverEffect.invalid).toBe(true);
    outcomes.controls.closingSummary.setValue('   ');
    expect(outcomes.controls.closingSummary.hasError('required')).toBe(true);
    outcomes.controls.closingSummary.setValue('x'.repeat(5001));
    expect(outcomes.controls.closingSummary.hasError('maxlength')).toBe(true);
  });

  it('starts from the recorded outcomes', () => {
    const outcomes = form({
      jobsCreated: 2,
      newProducts: 0,
      newProcesses: 1,
      privateInvestmentDkk: 0,
      turnoverEffect: 'unknown',
      closingSummary: 'Done.',
      recordedAt: '2026-11-01T10:00:00Z',
      recordedBy: null,
    });
    expect(outcomes.valid).toBe(true);
    expect(outcomes.getRawValue().jobsCreated).toBe('2');
  });

  it('parses whole numbers strictly', () => {
    expect(parseWhole(' 12 ')).toBe(12);
    expect(parseWhole('1 000')).toBeNull();
    expect(parseWhole('1 000', true)).toBe(1000);
    expect(parseWhole('')).toBeNull();
  });
});
