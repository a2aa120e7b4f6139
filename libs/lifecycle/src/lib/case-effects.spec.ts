import { type CaseEffect, REMINDER_DEFAULTS } from './case-effects';
import { sampleEvent, sampleEventsTo } from './case-samples';
import { type CaseSnapshot, caseInState } from './case-state';
import { applyEvent, initialCase } from './case-transition';

function walk(events = sampleEventsTo('agreement.drafting')): CaseSnapshot {
  return events.reduce((s, e) => applyEvent(s, e).snapshot, initialCase().snapshot);
}

const kinds = (effects: readonly CaseEffect[]) =>
  effects.flatMap((effect) => (effect.type === 'scheduleReminder' ? [effect.kind] : []));
const cancelled = (effects: readonly CaseEffect[]) =>
  effects.flatMap((effect) => (effect.type === 'cancelReminders' ? [effect.scope] : []));

describe('effects', () => {
  it('a new case schedules the stale-case reminder', () => {
    expect(initialCase().effects).toEqual([
      { type: 'scheduleReminder', kind: 'staleCase', ...REMINDER_DEFAULTS.staleCase },
    ]);
  });

  it('entering awaitingSignature schedules the three sign reminders', () => {
    const { effects } = applyEvent(walk(), sampleEvent('SEND_FOR_SIGNATURE'));
    expect(effects).toEqual([
      {
        type: 'scheduleReminder',
        kind: 'staleCase',
        scope: 'staleCase',
        to: 'coordinator',
        due: { rule: 'after', amount: 30, unit: 'days' },
      },
      {
        type: 'scheduleReminder',
        kind: 'signPlease',
        scope: 'signature',
        to: 'smeSigners',
        due: { rule: 'after', amount: 3, unit: 'businessDays' },
      },
      {
        type: 'scheduleReminder',
        kind: 'signNudge',
        scope: 'signature',
        to: 'smeSigners',
        due: { rule: 'after', amount: 7, unit: 'businessDays' },
      },
      {
        type: 'scheduleReminder',
        kind: 'signEscalation',
        scope: 'signature',
        to: 'coordinator',
        due: { rule: 'after', amount: 10, unit: 'businessDays' },
      },
    ]);
  });

  it.each([
    ['SIGN', ['signature']],
    ['DECLINE', ['signature']],
    ['RECALL', ['signature']],
    ['PAUSE', ['signature', 'staleCase']],
    ['WITHDRAW', ['signature', 'staleCase']],
  ] as const)('leaving awaitingSignature by %s cancels them', (type, scopes) => {
    const { effects } = applyEvent(caseInState('agreement.awaitingSignature'), sampleEvent(type));
    expect(cancelled(effects)).toEqual(scopes);
    expect(kinds(effects)).not.toContain('signPlease');
  });

  it('signing moves on to the countersign reminder and tells the coordinator', () => {
    const { effects } = applyEvent(caseInState('agreement.awaitingSignature'), sampleEvent('SIGN'));
    expect(effects[0]).toEqual({ type: 'cancelReminders', scope: 'signature' });
    expect(effects).toContainEqual({
      type: 'notify',
      template: 'agreementSigned',
      to: ['coordinator'],
      details: {},
    });
    expect(kinds(effects)).toEqual(['staleCase', 'countersignPlease']);
  });

  it('the assessment reminders span both assessment states', () => {
    const scheduled = applyEvent(caseInState('intake'), sampleEvent('SCHEDULE_ASSESSMENT'));
    expect(kinds(scheduled.effects)).toEqual(['assessmentDue', 'assessmentOverdue', 'staleCase']);
    expect(scheduled.effects).toContainEqual({
      type: 'notify',
      template: 'assessmentScheduled',
      to: ['experts', 'smeContacts'],
      details: { expertId: 'sample-expert', date: '2025-03-03' },
    });
    const started = applyEvent(scheduled.snapshot, sampleEvent('START_ASSESSMENT'));
    expect(cancelled(started.effects)).toEqual([]);
    expect(kinds(started.effects)).toEqual(['staleCase']);
    const submitted = applyEvent(started.snapshot, sampleEvent('SUBMIT_ASSESSMENT'));
    expect(cancelled(submitted.effects)).toEqual(['assessment']);
  });

  it('implementation syncs activity reminders on entry and cancels them on exit', () => {
    const entered = applyEvent(
      caseInState('agreement.awaitingCountersignature'),
      sampleEvent('COUNTERSIGN'),
    );
    expect(entered.effects).toContainEqual({ type: 'syncActivityReminders', scope: 'activities' });
    const left = applyEvent(entered.snapshot, sampleEvent('BEGIN_COMPLETION'));
    expect(cancelled(left.effects)).toEqual(['activities']);
  });

  it('on hold schedules the check-in at `until`, or +30 days, and resume cancels it', () => {
    const until = '2025-06-01';
    const paused = applyEvent(caseInState('implementation'), {
      type: 'PAUSE',
      reason: 'Waiting for funding',
      until,
    });
    expect(paused.effects).toEqual([
      { type: 'cancelReminders', scope: 'activities' },
      { type: 'cancelReminders', scope: 'staleCase' },
      {
        type: 'notify',
        template: 'casePaused',
        to: ['experts', 'smeContacts'],
        details: { reason: 'Waiting for funding', until },
      },
      {
        type: 'scheduleReminder',
        kind: 'onHoldCheckIn',
        scope: 'onHold',
        to: 'coordinator',
        due: { rule: 'at', date: until },
      },
    ]);
    const noUntil = applyEvent(caseInState('intake'), sampleEvent('PAUSE'));
    expect(noUntil.effects).toContainEqual({
      type: 'scheduleReminder',
      kind: 'onHoldCheckIn',
      ...REMINDER_DEFAULTS.onHoldCheckIn,
    });
    const resumed = applyEvent(paused.snapshot, sampleEvent('RESUME'));
    expect(cancelled(resumed.effects)).toEqual(['onHold']);
    expect(resumed.effects).toContainEqual({ type: 'syncActivityReminders', scope: 'activities' });
  });

  it('completing cancels the stale-case reminder and notifies', () => {
    const { effects, snapshot } = applyEvent(caseInState('completion'), sampleEvent('COMPLETE'));
    expect(snapshot.status).toBe('done');
    expect(effects).toEqual([
      { type: 'cancelReminders', scope: 'staleCase' },
      { type: 'notify', template: 'caseCompleted', to: ['experts', 'smeContacts'], details: {} },
    ]);
  });

  it('effects are plain JSON (ready for the outbox)', () => {
    const { effects } = applyEvent(walk(), sampleEvent('SEND_FOR_SIGNATURE'));
    expect(JSON.parse(JSON.stringify(effects))).toEqual(effects);
  });
});
