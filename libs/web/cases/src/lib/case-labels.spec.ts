import { CASE_EVENT_TYPES, CASE_STATE_VALUES, EVENT_LABELS, MAIN_PATH } from '@techpact/lifecycle';
import { I18nService } from '@techpact/web/i18n';
import { TestBed } from '@angular/core/testing';
import { eventKey, stateKey, stepKey, timelineEventKey } from './case-labels';

describe('case labels', () => {
  let i18n: I18nService;

  beforeEach(() => {
    i18n = TestBed.inject(I18nService);
    i18n.use('en');
  });

  it.each(CASE_EVENT_TYPES)('%s reads in English as the lifecycle labels it', (type) => {
    expect(i18n.t(eventKey(type))).toBe(EVENT_LABELS[type]);
  });

  it('names every state and step in both languages', () => {
    for (const language of ['en', 'da'] as const) {
      i18n.use(language);
      for (const state of CASE_STATE_VALUES) {
        const key = stateKey(state);
        expect(key).not.toBeNull();
        if (key) expect(i18n.t(key)).not.toBe(key);
      }
      for (const step of MAIN_PATH) {
        expect(i18n.t(stepKey(step))).not.toBe(stepKey(step));
      }
    }
  });

  it('knows the opening of a case and nothing made up', () => {
    expect(timelineEventKey('CASE_OPENED')).toBe('cases.events.CASE_OPENED');
    expect(timelineEventKey('SELF_DESTRUCT')).toBeNull();
    expect(stateKey('nowhere')).toBeNull();
  });
});
