import { CASE_OPENED_EVENT } from '@techpact/contracts';
import {
  type CaseEventType,
  type CaseStateValue,
  type MainPathStep,
  isCaseEventType,
  isCaseStateValue,
} from '@techpact/lifecycle';
import { type TranslationKey } from '@techpact/web/i18n';

const STATE_KEYS: Readonly<Record<CaseStateValue, TranslationKey>> = {
  intake: 'cases.states.intake',
  'assessment.scheduled': 'cases.states.assessmentScheduled',
  'assessment.inProgress': 'cases.states.assessmentInProgress',
  'agreement.drafting': 'cases.states.agreementDrafting',
  'agreement.awaitingSignature': 'cases.states.agreementAwaitingSignature',
  'agreement.awaitingCountersignature': 'cases.states.agreementAwaitingCountersignature',
  implementation: 'cases.states.implementation',
  completion: 'cases.states.completion',
  onHold: 'cases.states.onHold',
  completed: 'cases.states.completed',
  withdrawn: 'cases.states.withdrawn',
};

/** The key of a state's display name; null for a state this web build does not know. */
export function stateKey(state: string): TranslationKey | null {
  return isCaseStateValue(state) ? STATE_KEYS[state] : null;
}

/** The key of a known state's display name. */
export function knownStateKey(state: CaseStateValue): TranslationKey {
  return STATE_KEYS[state];
}

/** The key of an event's label (the lifecycle's `EVENT_LABELS`, translated). */
export function eventKey(type: CaseEventType): TranslationKey {
  return `cases.events.${type}`;
}

/** The key of a timeline entry's label: a lifecycle event or the opening of the case. */
export function timelineEventKey(type: string): TranslationKey | null {
  if (type === CASE_OPENED_EVENT) {
    return 'cases.events.CASE_OPENED';
  }
  return isCaseEventType(type) ? eventKey(type) : null;
}

/** The key of a main-path step's name. */
export function stepKey(step: MainPathStep): TranslationKey {
  return `cases.steps.${step}`;
}

/** How a state looks as a chip: active work, waiting, or ended. */
export type StateTone = 'active' | 'paused' | 'ended' | 'done';

export function stateTone(state: string): StateTone {
  switch (state) {
    case 'onHold':
      return 'paused';
    case 'withdrawn':
      return 'ended';
    case 'completed':
      return 'done';
    default:
      return 'active';
  }
}
