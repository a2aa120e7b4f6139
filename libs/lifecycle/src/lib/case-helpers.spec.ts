import { CASE_EVENT_TYPES } from './case-events';
import { lifecycleGraph } from './case-graph';
import { mainPathPosition } from './case-position';
import { ROLE_BY_EVENT } from './case-roles';
import { sampleEvent, sampleEventsTo } from './case-samples';
import { CASE_STATE_VALUES, caseInState, stateValueOf } from './case-state';
import { allowedEvents, applyEvent, decideEvent, initialCase } from './case-transition';

describe('helpers', () => {
  it('initialCase starts in intake', () => {
    expect(stateValueOf(initialCase().snapshot)).toBe('intake');
    expect(initialCase().changed).toBe(true);
  });

  it('stateValueOf gives dotted strings without the hidden active level', () => {
    expect(stateValueOf(caseInState('agreement.awaitingSignature'))).toBe(
      'agreement.awaitingSignature',
    );
    for (const state of CASE_STATE_VALUES) {
      expect(stateValueOf(caseInState(state))).toBe(state);
    }
  });

  it('sampleEventsTo walks to every state', () => {
    for (const state of CASE_STATE_VALUES) {
      const end = sampleEventsTo(state).reduce((s, e) => {
        const result = applyEvent(s, e);
        expect(result.changed).toBe(true);
        return result.snapshot;
      }, initialCase().snapshot);
      expect(stateValueOf(end)).toBe(state);
    }
  });

  it('mainPathPosition follows the main path', () => {
    expect(
      (
        [
          'intake',
          'assessment.inProgress',
          'agreement.awaitingCountersignature',
          'implementation',
          'completion',
        ] as const
      ).map((state) => mainPathPosition(caseInState(state)).index),
    ).toEqual([0, 1, 2, 3, 4]);
    expect(mainPathPosition(caseInState('completed'))).toEqual({
      index: 4,
      step: 'completion',
      onHold: false,
      withdrawn: false,
      completed: true,
    });
    expect(
      mainPathPosition(caseInState('onHold', { pausedIn: 'assessment.scheduled' })),
    ).toMatchObject({
      index: 1,
      onHold: true,
    });
  });

  it('allowedEvents filters by role and accepts a state string', () => {
    expect(allowedEvents('agreement.awaitingSignature')).toEqual([
      'SIGN',
      'DECLINE',
      'RECALL',
      'PAUSE',
      'WITHDRAW',
    ]);
    expect(allowedEvents('agreement.awaitingSignature', 'sme')).toEqual(['SIGN', 'DECLINE']);
    expect(allowedEvents('agreement.awaitingSignature', 'coordinator')).toEqual([
      'RECALL',
      'PAUSE',
      'WITHDRAW',
    ]);
    expect(allowedEvents('agreement.awaitingSignature', 'expert')).toEqual([]);
    expect(allowedEvents('onHold', 'admin')).toEqual(['RESUME', 'WITHDRAW']);
  });

  it('decideEvent explains a state that does not accept the event', () => {
    expect(decideEvent(caseInState('intake'), sampleEvent('COUNTERSIGN'), 'coordinator')).toEqual({
      outcome: 'notAccepted',
      message:
        'Countersign is not possible while the case is in intake; possible now: Schedule assessment, Put on hold, Withdraw',
      allowedEvents: ['SCHEDULE_ASSESSMENT', 'PAUSE', 'WITHDRAW'],
    });
    expect(decideEvent(caseInState('intake'), sampleEvent('SIGN'), 'coordinator')).toEqual({
      outcome: 'forbidden',
      message: 'Only a sme or an admin may sign',
    });
  });

  it('lifecycleGraph has every state and an edge per table transition', () => {
    const { nodes, edges } = lifecycleGraph();
    const ids = nodes.map((node) => node.id);
    for (const state of CASE_STATE_VALUES) expect(ids).toContain(state);
    expect(ids).toEqual(expect.arrayContaining(['active', 'assessment', 'agreement', 'history']));
    expect(new Set(edges.map((edge) => edge.event))).toEqual(new Set(CASE_EVENT_TYPES));
    expect(edges).toContainEqual({
      id: 'active:PAUSE:onHold',
      source: 'active',
      target: 'onHold',
      event: 'PAUSE',
      guard: null,
      role: 'coordinator',
    });
    expect(edges).toContainEqual(
      expect.objectContaining({ source: 'onHold', target: 'history', event: 'RESUME' }),
    );
    expect(edges).toContainEqual(
      expect.objectContaining({
        source: 'implementation',
        target: 'completion',
        guard: 'everyActivityClosed',
      }),
    );
    for (const edge of edges) expect(edge.role).toBe(ROLE_BY_EVENT[edge.event]);
    expect(nodes.find((node) => node.id === 'agreement.awaitingSignature')?.label).toBe(
      'Awaiting signature',
    );
  });
});
