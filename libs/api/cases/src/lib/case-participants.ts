import { Injectable } from '@nestjs/common';
import {
  type CaseEventType,
  type CaseStateValue,
  type EVENTS_WITH_FACTS,
  type FactsFor,
} from '@techpact/lifecycle';
import { type EntityManager } from 'typeorm';
import { type CaseActor, type CaseCommand } from './case-command';
import { type LockedCaseRow } from './case.repository';

/** What a participant sees of a transition before the machine decides. */
export interface CaseTransitionContext {
  readonly manager: EntityManager;
  readonly actor: CaseActor;
  readonly caseRow: LockedCaseRow;
  readonly command: CaseCommand;
}

/** What a participant sees of a transition the machine accepted (not yet committed). */
export interface AppliedTransitionContext extends CaseTransitionContext {
  readonly fromState: CaseStateValue;
  readonly toState: CaseStateValue;
  /** The case version after this transition. */
  readonly version: number;
  readonly occurredAt: Date;
}

/** Work to do once the transition has committed (e-mails); its failure does not undo the transition. */
export type AfterCommit = () => Promise<void>;

type EventWithFacts = (typeof EVENTS_WITH_FACTS)[number];

/** Loaders of guard facts, per event; several participants may each give part of the facts. */
export type CaseFactLoaders = {
  readonly [T in EventWithFacts]?: (
    context: CaseTransitionContext,
  ) => Promise<Partial<FactsFor<T>>>;
};

/**
 * A feature that takes part in case transitions without the cases library depending on it
 * (agreements, activities, time sheets, completion). It registers itself with
 * `CaseParticipants` when its module starts.
 */
export interface CaseParticipant {
  /** For logs, errors and `after`. */
  readonly name: string;
  /** Participants whose `onTransition` must run before this one's (e.g. activities after agreements). */
  readonly after?: readonly string[];
  /** Facts the machine's guards need, loaded in the transition's transaction. */
  readonly facts?: CaseFactLoaders;
  /**
   * Runs in the transition's transaction after the machine accepted `command` and the case row
   * was saved. Throwing (an `AppError` with a reason) refuses the transition and rolls it back.
   * May return work to run after commit.
   */
  onTransition?(context: AppliedTransitionContext): Promise<AfterCommit | void>;
}

/** The registry of participants; one per application (provided and exported by `CasesModule`). */
@Injectable()
export class CaseParticipants {
  private readonly registered: CaseParticipant[] = [];

  register(participant: CaseParticipant): void {
    if (this.registered.some((known) => known.name === participant.name)) {
      throw new Error(`Case participant ${participant.name} is registered twice`);
    }
    this.registered.push(participant);
  }

  /** Every participant, each after those it names in `after` (registration order otherwise). */
  all(): readonly CaseParticipant[] {
    const ordered: CaseParticipant[] = [];
    const visit = (participant: CaseParticipant, path: readonly string[]) => {
      if (ordered.includes(participant)) return;
      if (path.includes(participant.name)) {
        throw new Error(
          `Case participants wait for each other: ${[...path, participant.name].join(' → ')}`,
        );
      }
      for (const name of participant.after ?? []) {
        const before = this.registered.find((known) => known.name === name);
        if (before) visit(before, [...path, participant.name]);
      }
      ordered.push(participant);
    };
    for (const participant of this.registered) visit(participant, []);
    return ordered;
  }
}

/** Whether `type` is an event some participant may need to hear about (for narrowing). */
export function isEventType<T extends CaseEventType>(
  command: CaseCommand,
  type: T,
): command is Extract<CaseCommand, { type: T }> {
  return command.type === type;
}
