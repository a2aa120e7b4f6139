/**
 * The lifecycle paths the generated cases take, computed once with the real lifecycle code:
 * each path's stored snapshot, its audit steps (event, from/to state, version, payload, actor
 * role, effects) and what the other tables must hold for it (assessment, agreement versions,
 * activities). The SQL phases copy these per case.
 */
import { CASE_OPENED_EVENT } from '@techpact/contracts';
import {
  type ActiveCaseStateValue,
  type CaseEffect,
  type CaseEvent,
  type CaseEventType,
  type CaseStateValue,
  type PersistedCase,
  ROLE_BY_EVENT,
  applyEvent,
  initialCase,
  persist,
  sampleEvent,
  stateValueOf,
} from '@techpact/lifecycle';

/** The placeholder a payload or effect carries where the case's own value goes (filled in SQL). */
export const EXPERT_PLACEHOLDER = '$expert';
export const DATE_PLACEHOLDER = '$date';
export const HASH_PLACEHOLDER = '$documentHash';

/** The coordinator's reasons (stored in audit payloads and notify effects as the API would). */
export const PAUSE_REASON = 'The company is moving production to a new hall; back in spring.';
export const WITHDRAW_REASON = 'The company was sold and the new owners have other plans.';

/** Days an event typically follows the one before it (spreads the audit trail over time). */
const DAYS_BEFORE: Readonly<Record<CaseEventType, number>> = {
  SCHEDULE_ASSESSMENT: 12,
  START_ASSESSMENT: 10,
  SUBMIT_ASSESSMENT: 18,
  SEND_FOR_SIGNATURE: 25,
  SIGN: 6,
  COUNTERSIGN: 3,
  AMEND_AGREEMENT: 120,
  BEGIN_COMPLETION: 300,
  COMPLETE: 25,
  DECLINE: 6,
  RECALL: 6,
  REOPEN: 10,
  PAUSE: 20,
  RESUME: 30,
  WITHDRAW: 20,
};

export type AgreementStatus = 'draft' | 'sent' | 'signed' | 'in_force' | 'superseded' | 'recalled';

/** One agreement version a path leaves behind; `*Step` are case versions (audit steps). */
export interface PlannedVersion {
  number: number;
  status: AgreementStatus;
  createdStep: number;
  sentStep: number | null;
  signedStep: number | null;
  inForceStep: number | null;
  closedReason: string | null;
}

export interface PlannedStep {
  version: number;
  eventType: string;
  fromState: CaseStateValue | null;
  toState: CaseStateValue;
  /** Who sent it: the case's coordinator, expert or SME user. */
  actor: 'coordinator' | 'expert' | 'sme';
  payload: Record<string, unknown>;
  effects: readonly CaseEffect[];
  /** Where in the case's life (0 = opened, 1 = last event) this step happened. */
  at: number;
}

export interface CasePath {
  key: string;
  state: CaseStateValue;
  /** Share of the cases (weights are normalised). */
  weight: number;
  /** Days since the last event: [min, max]. */
  idleDays: readonly [number, number];
  /** What `case_file.snapshot` holds for a case at the end of this path. */
  snapshot: PersistedCase;
  machineVersion: number;
  /** Typical days from opening to the last event (each case varies it). */
  totalDays: number;
  steps: PlannedStep[];
  /** T0: none, a draft (assessment under way) or submitted at step `t0SubmittedStep`. */
  t0: 'none' | 'draft' | 'submitted';
  t0StartedStep: number | null;
  t0SubmittedStep: number | null;
  versions: PlannedVersion[];
  /** Case versions between which activities are worked on; null when no agreement came into force. */
  workFromStep: number | null;
  /** null: still under way now. */
  workToStep: number | null;
  /** Whether every activity is closed (BEGIN_COMPLETION passed its guard). */
  activitiesClosed: boolean;
  /** completed: always; completion: some. */
  outcomes: 'all' | 'some' | 'none';
  /** Whether the case is final (its hours are all approved, nothing more is logged). */
  closed: boolean;
}

interface PathSpec {
  key: string;
  state: CaseStateValue;
  weight: number;
  idleDays: readonly [number, number];
  events: readonly CaseEventType[];
}

const TO_IMPLEMENTATION: readonly CaseEventType[] = [
  'SCHEDULE_ASSESSMENT',
  'START_ASSESSMENT',
  'SUBMIT_ASSESSMENT',
  'SEND_FOR_SIGNATURE',
  'SIGN',
  'COUNTERSIGN',
];
const AMENDED: readonly CaseEventType[] = [
  ...TO_IMPLEMENTATION,
  'AMEND_AGREEMENT',
  'SEND_FOR_SIGNATURE',
  'SIGN',
  'COUNTERSIGN',
];
const upTo = (n: number): readonly CaseEventType[] => TO_IMPLEMENTATION.slice(0, n);

/** The mix: many cases in implementation and completed, fewer early on (weights in ‰). */
const PATHS: readonly PathSpec[] = [
  { key: 'intake', state: 'intake', weight: 40, idleDays: [0, 45], events: [] },
  {
    key: 'scheduled',
    state: 'assessment.scheduled',
    weight: 40,
    idleDays: [0, 40],
    events: upTo(1),
  },
  {
    key: 'assessing',
    state: 'assessment.inProgress',
    weight: 50,
    idleDays: [0, 40],
    events: upTo(2),
  },
  { key: 'drafting', state: 'agreement.drafting', weight: 50, idleDays: [0, 45], events: upTo(3) },
  {
    key: 'signing',
    state: 'agreement.awaitingSignature',
    weight: 35,
    idleDays: [0, 20],
    events: upTo(4),
  },
  {
    key: 'countersigning',
    state: 'agreement.awaitingCountersignature',
    weight: 20,
    idleDays: [0, 10],
    events: upTo(5),
  },
  {
    key: 'implementing',
    state: 'implementation',
    weight: 250,
    idleDays: [5, 600],
    events: TO_IMPLEMENTATION,
  },
  {
    key: 'implementing-amended',
    state: 'implementation',
    weight: 50,
    idleDays: [5, 300],
    events: AMENDED,
  },
  {
    key: 'completing',
    state: 'completion',
    weight: 70,
    idleDays: [0, 60],
    events: [...TO_IMPLEMENTATION, 'BEGIN_COMPLETION'],
  },
  {
    key: 'completed',
    state: 'completed',
    weight: 250,
    idleDays: [1, 300],
    events: [...TO_IMPLEMENTATION, 'BEGIN_COMPLETION', 'COMPLETE'],
  },
  {
    key: 'completed-amended',
    state: 'completed',
    weight: 30,
    idleDays: [1, 200],
    events: [...AMENDED, 'BEGIN_COMPLETION', 'COMPLETE'],
  },
  { key: 'on-hold-intake', state: 'onHold', weight: 10, idleDays: [0, 150], events: ['PAUSE'] },
  {
    key: 'on-hold-assessing',
    state: 'onHold',
    weight: 10,
    idleDays: [0, 150],
    events: [...upTo(2), 'PAUSE'],
  },
  {
    key: 'on-hold-drafting',
    state: 'onHold',
    weight: 10,
    idleDays: [0, 150],
    events: [...upTo(3), 'PAUSE'],
  },
  {
    key: 'on-hold-implementing',
    state: 'onHold',
    weight: 20,
    idleDays: [0, 150],
    events: [...TO_IMPLEMENTATION, 'PAUSE'],
  },
  {
    key: 'on-hold-completing',
    state: 'onHold',
    weight: 10,
    idleDays: [0, 150],
    events: [...TO_IMPLEMENTATION, 'BEGIN_COMPLETION', 'PAUSE'],
  },
  {
    key: 'withdrawn-intake',
    state: 'withdrawn',
    weight: 15,
    idleDays: [1, 600],
    events: ['WITHDRAW'],
  },
  {
    key: 'withdrawn-scheduled',
    state: 'withdrawn',
    weight: 10,
    idleDays: [1, 600],
    events: [...upTo(1), 'WITHDRAW'],
  },
  {
    key: 'withdrawn-signing',
    state: 'withdrawn',
    weight: 5,
    idleDays: [1, 500],
    events: [...upTo(4), 'WITHDRAW'],
  },
  {
    key: 'withdrawn-implementing',
    state: 'withdrawn',
    weight: 10,
    idleDays: [1, 300],
    events: [...TO_IMPLEMENTATION, 'WITHDRAW'],
  },
];

/** The event a coordinator, expert or SME would send, with the case's values as placeholders. */
function eventFor(type: CaseEventType): { event: CaseEvent; payload: Record<string, unknown> } {
  switch (type) {
    case 'SCHEDULE_ASSESSMENT': {
      const event = { ...sampleEvent(type), expertId: EXPERT_PLACEHOLDER, date: DATE_PLACEHOLDER };
      return { event, payload: { expertId: EXPERT_PLACEHOLDER, date: DATE_PLACEHOLDER } };
    }
    case 'SIGN':
      return { event: sampleEvent(type), payload: { versionHash: HASH_PLACEHOLDER } };
    case 'PAUSE':
      return { event: { type, reason: PAUSE_REASON }, payload: { reason: PAUSE_REASON } };
    case 'WITHDRAW':
      return { event: { type, reason: WITHDRAW_REASON }, payload: { reason: WITHDRAW_REASON } };
    default:
      // The API stores the command without its type; these commands carry nothing else.
      return { event: sampleEvent(type), payload: {} };
  }
}

function buildPath(spec: PathSpec): CasePath {
  const opened = initialCase();
  let snapshot = opened.snapshot;
  const steps: PlannedStep[] = [
    {
      version: 0,
      eventType: CASE_OPENED_EVENT,
      fromState: null,
      toState: stateValueOf(snapshot),
      actor: 'coordinator',
      payload: { companyId: '$company', coordinatorId: '$coordinator' },
      effects: opened.effects,
      at: 0,
    },
  ];
  for (const type of spec.events) {
    const { event, payload } = eventFor(type);
    const fromState = stateValueOf(snapshot);
    const applied = applyEvent(snapshot, event);
    if (!applied.changed) throw new Error(`Path ${spec.key}: ${type} not accepted in ${fromState}`);
    snapshot = applied.snapshot;
    steps.push({
      version: steps.length,
      eventType: type,
      fromState,
      toState: stateValueOf(snapshot),
      actor:
        ROLE_BY_EVENT[type] === 'expert'
          ? 'expert'
          : ROLE_BY_EVENT[type] === 'sme'
            ? 'sme'
            : 'coordinator',
      payload,
      effects: applied.effects,
      at: 0,
    });
  }
  if (stateValueOf(snapshot) !== spec.state) {
    throw new Error(`Path ${spec.key} ends in ${stateValueOf(snapshot)}, not ${spec.state}`);
  }
  const total = steps
    .slice(1)
    .reduce((sum, step) => sum + DAYS_BEFORE[step.eventType as CaseEventType], 0);
  let elapsed = 0;
  for (const step of steps.slice(1)) {
    elapsed += DAYS_BEFORE[step.eventType as CaseEventType];
    step.at = total === 0 ? 0 : elapsed / total;
  }
  const persisted = persist(snapshot);
  const stepOf = (type: CaseEventType, last = false): number | null => {
    const found = last
      ? [...steps].reverse().find((step) => step.eventType === type)
      : steps.find((step) => step.eventType === type);
    return found?.version ?? null;
  };
  const countersign = stepOf('COUNTERSIGN');
  const completion = stepOf('BEGIN_COMPLETION');
  const last = steps[steps.length - 1];
  return {
    key: spec.key,
    state: spec.state,
    weight: spec.weight,
    idleDays: spec.idleDays,
    snapshot: persisted,
    machineVersion: persisted.machineVersion,
    totalDays: total,
    steps,
    t0:
      stepOf('SUBMIT_ASSESSMENT') !== null
        ? 'submitted'
        : stepOf('START_ASSESSMENT') !== null
          ? 'draft'
          : 'none',
    t0StartedStep: stepOf('START_ASSESSMENT'),
    t0SubmittedStep: stepOf('SUBMIT_ASSESSMENT'),
    versions: agreementVersions(steps),
    workFromStep: countersign,
    workToStep:
      countersign === null
        ? null
        : (completion ?? (spec.state === 'implementation' ? null : (last?.version ?? null))),
    activitiesClosed: completion !== null,
    outcomes: spec.state === 'completed' ? 'all' : spec.state === 'completion' ? 'some' : 'none',
    closed: spec.state === 'completed' || spec.state === 'withdrawn',
  };
}

/** What the agreements participant leaves behind after the path's events (see agreement-transitions.ts). */
function agreementVersions(steps: readonly PlannedStep[]): PlannedVersion[] {
  const versions: PlannedVersion[] = [];
  const withStatus = (...statuses: AgreementStatus[]) =>
    versions.find((version) => statuses.includes(version.status));
  for (const step of steps) {
    const draft = (): void => {
      versions.push({
        number: versions.length + 1,
        status: 'draft',
        createdStep: step.version,
        sentStep: null,
        signedStep: null,
        inForceStep: null,
        closedReason: null,
      });
    };
    switch (step.eventType) {
      case 'SUBMIT_ASSESSMENT':
      case 'AMEND_AGREEMENT':
        draft();
        break;
      case 'SEND_FOR_SIGNATURE': {
        const version = withStatus('draft');
        if (version) Object.assign(version, { status: 'sent', sentStep: step.version });
        break;
      }
      case 'SIGN': {
        const version = withStatus('sent');
        if (version) Object.assign(version, { status: 'signed', signedStep: step.version });
        break;
      }
      case 'COUNTERSIGN': {
        const previous = withStatus('in_force');
        if (previous) previous.status = 'superseded';
        const version = withStatus('signed');
        if (version) Object.assign(version, { status: 'in_force', inForceStep: step.version });
        break;
      }
      case 'WITHDRAW': {
        const version = withStatus('sent', 'signed');
        if (version) {
          Object.assign(version, {
            status: 'recalled',
            closedReason: `Case withdrawn: ${WITHDRAW_REASON}`,
          });
        }
        break;
      }
    }
  }
  return versions;
}

let cached: CasePath[] | undefined;

/** Every path, checked against the machine (throws if the lifecycle no longer accepts one). */
export function casePaths(): CasePath[] {
  cached ??= PATHS.map(buildPath);
  return cached;
}

/** The states PAUSE is possible from (what `sampleCaseIds.pausable` draws on). */
export const PAUSABLE_STATES: readonly ActiveCaseStateValue[] = [
  'intake',
  'assessment.scheduled',
  'assessment.inProgress',
  'agreement.drafting',
  'agreement.awaitingSignature',
  'agreement.awaitingCountersignature',
  'implementation',
  'completion',
];
