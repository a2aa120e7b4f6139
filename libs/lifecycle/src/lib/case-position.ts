import {
  type ActiveCaseStateValue,
  type CaseSnapshot,
  rememberedActiveState,
  stateValueOf,
} from './case-state';

/** The five steps of the main path, in order (DESIGN: intake → … → completion). */
export const MAIN_PATH = [
  'intake',
  'assessment',
  'agreement',
  'implementation',
  'completion',
] as const;

/** One step of the main path. */
export type MainPathStep = (typeof MAIN_PATH)[number];

/** Where a case is on the main path, for drawing it. */
export interface MainPathPosition {
  /** 0–4 on intake → assessment → agreement → implementation → completion. */
  readonly index: 0 | 1 | 2 | 3 | 4;
  readonly step: MainPathStep;
  /** On hold; `index` is the step it will resume to. */
  readonly onHold: boolean;
  /** Withdrawn; `index` is the step it was withdrawn from. */
  readonly withdrawn: boolean;
  /** Completed; `index` is the last step. */
  readonly completed: boolean;
}

/** The main-path step of an active state, e.g. `'agreement'` for `'agreement.drafting'`. */
export function mainPathStepOf(state: ActiveCaseStateValue): MainPathStep {
  const top = state.split('.')[0];
  const step = MAIN_PATH.find((candidate) => candidate === top);
  if (step === undefined) throw new Error(`"${state}" is not on the main path`);
  return step;
}

const INDEX: { readonly [S in MainPathStep]: MainPathPosition['index'] } = {
  intake: 0,
  assessment: 1,
  agreement: 2,
  implementation: 3,
  completion: 4,
};

function at(step: MainPathStep, flags: Omit<MainPathPosition, 'index' | 'step'>): MainPathPosition {
  return { index: INDEX[step], step, ...flags };
}

/**
 * The case's position on the main path. On hold and withdrawn use the step the deep history
 * remembers (where RESUME would go back to / where the case was withdrawn from).
 */
export function mainPathPosition(snapshot: CaseSnapshot): MainPathPosition {
  const state = stateValueOf(snapshot);
  const none = { onHold: false, withdrawn: false, completed: false };
  switch (state) {
    case 'completed':
      return at('completion', { ...none, completed: true });
    case 'onHold':
    case 'withdrawn': {
      const remembered = rememberedActiveState(snapshot);
      const step = remembered ? mainPathStepOf(remembered) : 'intake';
      return at(step, { ...none, onHold: state === 'onHold', withdrawn: state === 'withdrawn' });
    }
    case 'intake':
    case 'assessment.scheduled':
    case 'assessment.inProgress':
    case 'agreement.drafting':
    case 'agreement.awaitingSignature':
    case 'agreement.awaitingCountersignature':
    case 'implementation':
    case 'completion':
      return at(mainPathStepOf(state), none);
  }
}
