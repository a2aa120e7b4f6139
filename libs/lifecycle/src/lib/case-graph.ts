import { type AnyStateNode } from 'xstate';
import { type CaseEventType, isCaseEventType } from './case-events';
import { type EventSenderRole, ROLE_BY_EVENT } from './case-roles';
import { caseMachine } from './case.machine';

/** A state of the lifecycle for drawing. */
export interface LifecycleGraphNode {
  /** Dotted id without the hidden `active` level, e.g. `'agreement.drafting'`; `'active'` is the
   * group of active states and `'history'` its "back where it was" point. */
  readonly id: string;
  readonly parent: string | null;
  readonly kind: 'compound' | 'atomic' | 'final' | 'history';
  readonly label: string;
}

/** A transition of the lifecycle for drawing. */
export interface LifecycleGraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly event: CaseEventType;
  /** The guard's name, e.g. `'everyActivityClosed'`, or null. */
  readonly guard: string | null;
  /** Who may send the event per DESIGN §3 (admin may too). */
  readonly role: EventSenderRole;
}

/** Nodes and edges of the lifecycle. */
export interface LifecycleGraph {
  readonly nodes: readonly LifecycleGraphNode[];
  readonly edges: readonly LifecycleGraphEdge[];
}

const LABELS: Readonly<Record<string, string>> = {
  active: 'Active',
  intake: 'Intake',
  assessment: 'Assessment',
  'assessment.scheduled': 'Scheduled',
  'assessment.inProgress': 'In progress',
  agreement: 'Agreement',
  'agreement.drafting': 'Drafting',
  'agreement.awaitingSignature': 'Awaiting signature',
  'agreement.awaitingCountersignature': 'Awaiting countersignature',
  implementation: 'Implementation',
  completion: 'Completion',
  history: 'Back where it was',
  onHold: 'On hold',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
};

function graphId(node: AnyStateNode): string {
  const path = node.path[0] === 'active' && node.path.length > 1 ? node.path.slice(1) : node.path;
  return path.join('.');
}

function kindOf(node: AnyStateNode): LifecycleGraphNode['kind'] {
  switch (node.type) {
    case 'compound':
    case 'parallel':
      return 'compound';
    case 'atomic':
      return 'atomic';
    case 'final':
      return 'final';
    case 'history':
      return 'history';
  }
}

function guardName(guard: unknown): string | null {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') {
    return guard.type;
  }
  return null;
}

function build(): LifecycleGraph {
  const nodes: LifecycleGraphNode[] = [];
  const edges: LifecycleGraphEdge[] = [];
  const visit = (node: AnyStateNode, parent: string | null): void => {
    const id = graphId(node);
    nodes.push({ id, parent, kind: kindOf(node), label: LABELS[id] ?? id });
    for (const [eventType, transitions] of node.transitions) {
      if (!isCaseEventType(eventType)) continue;
      for (const t of transitions) {
        for (const target of t.target ?? []) {
          const targetId = graphId(target);
          edges.push({
            id: `${id}:${eventType}:${targetId}`,
            source: id,
            target: targetId,
            event: eventType,
            guard: guardName(t.guard),
            role: ROLE_BY_EVENT[eventType],
          });
        }
      }
    }
    for (const child of Object.values(node.states)) visit(child, id);
  };
  for (const top of Object.values(caseMachine.root.states)) visit(top, null);
  return { nodes, edges };
}

let cached: LifecycleGraph | undefined;

/** The lifecycle as nodes and edges (derived from the machine itself), for drawing. */
export function lifecycleGraph(): LifecycleGraph {
  cached ??= build();
  return cached;
}
