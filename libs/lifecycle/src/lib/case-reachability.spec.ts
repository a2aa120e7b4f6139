import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { type CaseEvent, CASE_EVENT_TYPES } from './case-events';
import { lifecycleGraph } from './case-graph';
import { sampleEvent } from './case-samples';
import { type CaseSnapshot, CASE_STATE_VALUES, stateValueOf } from './case-state';
import { caseMachine } from './case.machine';

// Every event with facts that satisfy its guard, plus the refused variants, so the traversal also
// shows that a failing guard never moves the case.
const EVENTS: readonly CaseEvent[] = [
  ...CASE_EVENT_TYPES.map((type) => sampleEvent(type)),
  {
    type: 'SCHEDULE_ASSESSMENT',
    expertId: 'e',
    date: '2025-01-01',
    facts: { expertAssigned: false },
  },
  { type: 'SUBMIT_ASSESSMENT', facts: { unscoredDimensions: ['Digital readiness'] } },
  { type: 'SEND_FOR_SIGNATURE', facts: { activities: [] } },
  { type: 'SIGN', versionHash: 'a', facts: { sentVersionHash: 'b' } },
  { type: 'BEGIN_COMPLETION', facts: { openActivities: 1 } },
  { type: 'COMPLETE', facts: { outcomesRecorded: false, unapprovedTimeEntries: 0 } },
];

// Tell states apart by where the deep history points too, so that onHold-from-X is its own vertex.
const serializeState = (snapshot: CaseSnapshot): string =>
  JSON.stringify([snapshot.value, snapshot.historyValue['case.active.history']?.map((n) => n.id)]);

const options = { events: EVENTS, serializeState };

describe('reachability (xstate/graph)', () => {
  const paths = getShortestPaths(caseMachine, options);
  const reached = new Set(paths.map((path) => stateValueOf(path.state)));

  it('reaches every state of the machine from intake', () => {
    expect([...reached].sort()).toEqual([...CASE_STATE_VALUES].sort());
    const drawable = lifecycleGraph()
      .nodes.filter((node) => node.kind === 'atomic' || node.kind === 'final')
      .map((node) => node.id);
    expect([...reached].sort()).toEqual(drawable.sort());
  });

  it('starts every path in intake', () => {
    for (const path of paths) {
      expect(stateValueOf(path.steps[0]?.state ?? path.state)).toBe('intake');
    }
  });

  it.each(['completed', 'withdrawn'] as const)(
    'reaches the final state %s from intake',
    (final) => {
      const toFinal = getShortestPaths(caseMachine, {
        ...options,
        toState: (snapshot) => stateValueOf(snapshot) === final,
      });
      expect(toFinal.length).toBeGreaterThan(0);
      for (const path of toFinal) {
        expect(path.state.status).toBe('done');
        expect(stateValueOf(path.state)).toBe(final);
      }
    },
  );

  it('takes the main path to completed in the expected events', () => {
    const [shortest] = getShortestPaths(caseMachine, {
      ...options,
      toState: (snapshot) => stateValueOf(snapshot) === 'completed',
    });
    expect(shortest?.steps.map((step) => step.event.type)).toEqual([
      'xstate.init',
      'SCHEDULE_ASSESSMENT',
      'START_ASSESSMENT',
      'SUBMIT_ASSESSMENT',
      'SEND_FOR_SIGNATURE',
      'SIGN',
      'COUNTERSIGN',
      'BEGIN_COMPLETION',
      'COMPLETE',
    ]);
  });

  it('reaches onHold from every active state and resumes to each of them', () => {
    const onHold = paths.filter((path) => stateValueOf(path.state) === 'onHold');
    expect(onHold).toHaveLength(8);
  });

  it('finds simple paths into both final states', () => {
    // Vertices by state value only: with history in the key the number of simple paths explodes.
    const simple = getSimplePaths(caseMachine, { events: EVENTS });
    const finals = new Set(
      simple.filter((path) => path.state.status === 'done').map((p) => stateValueOf(p.state)),
    );
    expect([...finals].sort()).toEqual(['completed', 'withdrawn']);
  });
});
