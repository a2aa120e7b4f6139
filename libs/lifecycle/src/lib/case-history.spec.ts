import { type PauseEvent } from './case-events';
import { restore } from './case-migrations';
import { persist } from './case-persistence';
import { mainPathPosition } from './case-position';
import { sampleEvent, sampleEventsTo } from './case-samples';
import { type CaseSnapshot, type CaseStateValue, stateValueOf } from './case-state';
import { applyEvent, initialCase } from './case-transition';

function walk(to: CaseStateValue): CaseSnapshot {
  return sampleEventsTo(to).reduce(
    (snapshot, event) => applyEvent(snapshot, event).snapshot,
    initialCase().snapshot,
  );
}

const pause: PauseEvent = { type: 'PAUSE', reason: 'Owner on leave' };

describe('on hold and resume (deep history)', () => {
  it('returns from onHold to agreement.awaitingSignature', () => {
    const waiting = walk('agreement.awaitingSignature');
    const paused = applyEvent(waiting, pause).snapshot;
    expect(stateValueOf(paused)).toBe('onHold');
    expect(mainPathPosition(paused)).toEqual({
      index: 2,
      step: 'agreement',
      onHold: true,
      withdrawn: false,
      completed: false,
    });
    const resumed = applyEvent(paused, sampleEvent('RESUME'));
    expect(resumed.changed).toBe(true);
    expect(stateValueOf(resumed.snapshot)).toBe('agreement.awaitingSignature');
  });

  it('still returns there after persist → JSON → restore', () => {
    const paused = applyEvent(walk('agreement.awaitingSignature'), pause).snapshot;
    const row: unknown = JSON.parse(JSON.stringify(persist(paused)));
    expect(row).toMatchObject({ machineVersion: 2, snapshot: { value: 'onHold' } });
    const restored = restore(JSON.parse(JSON.stringify(persist(paused))));
    expect(stateValueOf(restored)).toBe('onHold');
    expect(mainPathPosition(restored).step).toBe('agreement');
    const resumed = applyEvent(restored, sampleEvent('RESUME')).snapshot;
    expect(stateValueOf(resumed)).toBe('agreement.awaitingSignature');
    // and the resumed case goes on normally
    expect(stateValueOf(applyEvent(resumed, sampleEvent('SIGN')).snapshot)).toBe(
      'agreement.awaitingCountersignature',
    );
  });

  it.each([
    'intake',
    'assessment.scheduled',
    'assessment.inProgress',
    'agreement.drafting',
    'agreement.awaitingCountersignature',
    'implementation',
    'completion',
  ] as const)('resumes to %s', (state) => {
    const paused = applyEvent(walk(state), pause).snapshot;
    const restored = restore(JSON.parse(JSON.stringify(persist(paused))));
    expect(stateValueOf(applyEvent(restored, sampleEvent('RESUME')).snapshot)).toBe(state);
  });

  it('remembers the latest pause, not the first', () => {
    let snapshot = applyEvent(walk('assessment.scheduled'), pause).snapshot;
    snapshot = applyEvent(snapshot, sampleEvent('RESUME')).snapshot;
    snapshot = applyEvent(snapshot, sampleEvent('START_ASSESSMENT')).snapshot;
    snapshot = applyEvent(snapshot, pause).snapshot;
    expect(stateValueOf(applyEvent(snapshot, sampleEvent('RESUME')).snapshot)).toBe(
      'assessment.inProgress',
    );
  });

  it('marks a case withdrawn while on hold with the step it was on', () => {
    const paused = applyEvent(walk('implementation'), pause).snapshot;
    const withdrawn = applyEvent(paused, sampleEvent('WITHDRAW')).snapshot;
    expect(withdrawn.status).toBe('done');
    expect(mainPathPosition(withdrawn)).toEqual({
      index: 3,
      step: 'implementation',
      onHold: false,
      withdrawn: true,
      completed: false,
    });
    expect(stateValueOf(restore(JSON.parse(JSON.stringify(persist(withdrawn)))))).toBe('withdrawn');
  });
});
