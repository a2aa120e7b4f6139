import { type CaseEvent, type EVENTS_WITH_FACTS, type FactsFor } from '@techpact/lifecycle';
import { type EntityManager } from 'typeorm';
import { unscoredBaselineDimensions } from './assessment-dimensions';
import { type CaseCommand } from './case-command';
import { type CaseParticipant, type CaseTransitionContext } from './case-participants';
import { CaseRepository, type LockedCaseRow } from './case.repository';

type EventWithFacts = (typeof EVENTS_WITH_FACTS)[number];

/**
 * The facts of `type` as the participants give them, over `defaults`. The defaults are what is
 * true when no feature says otherwise (nothing drafted, nothing sent, nothing recorded), so a
 * step whose feature is not wired in is refused with its guard's reason.
 */
async function participantFacts<T extends EventWithFacts>(
  type: T,
  defaults: FactsFor<T>,
  context: CaseTransitionContext,
  participants: readonly CaseParticipant[],
): Promise<FactsFor<T>> {
  let facts = defaults;
  for (const participant of participants) {
    // The mapped type pairs each event with its own loader; TypeScript cannot follow T through it.
    const loader = participant.facts?.[type] as
      ((context: CaseTransitionContext) => Promise<Partial<FactsFor<T>>>) | undefined;
    // Spreading a partial over complete facts gives complete facts; TypeScript cannot see it for T.
    if (loader) facts = { ...facts, ...(await loader(context)) } as FactsFor<T>;
  }
  return facts;
}

/**
 * The event with the facts its guard needs, loaded from the database (the machine stays pure).
 * SUBMIT_ASSESSMENT: the dimensions the case's T0 draft has not scored. The facts of agreements,
 * activities, hours and outcomes come from the participants those features register.
 */
export async function withFacts(
  manager: EntityManager,
  row: LockedCaseRow,
  command: CaseCommand,
  context: CaseTransitionContext,
  participants: readonly CaseParticipant[],
): Promise<CaseEvent> {
  const repository = new CaseRepository(manager);
  const from = <T extends EventWithFacts>(type: T, defaults: FactsFor<T>) =>
    participantFacts(type, defaults, context, participants);
  switch (command.type) {
    case 'SCHEDULE_ASSESSMENT':
      // The expert chosen here is assigned to the case with the event (case_expert).
      return {
        ...command,
        facts: {
          expertAssigned: await repository.isActiveExpert(row.programmeId, command.expertId),
        },
      };
    case 'SUBMIT_ASSESSMENT':
      return {
        ...command,
        facts: {
          unscoredDimensions: await unscoredBaselineDimensions(manager, row.id, row.programmeId),
        },
      };
    case 'SEND_FOR_SIGNATURE':
      return { ...command, facts: await from(command.type, { activities: [] }) };
    case 'SIGN':
      return { ...command, facts: await from(command.type, { sentVersionHash: null }) };
    case 'BEGIN_COMPLETION':
      return { ...command, facts: await from(command.type, { openActivities: 0 }) };
    case 'COMPLETE':
      return {
        ...command,
        facts: await from(command.type, { outcomesRecorded: false, unapprovedTimeEntries: 0 }),
      };
    case 'START_ASSESSMENT':
    case 'DECLINE':
    case 'RECALL':
    case 'COUNTERSIGN':
    case 'AMEND_AGREEMENT':
    case 'REOPEN':
    case 'PAUSE':
    case 'RESUME':
    case 'WITHDRAW':
      return command;
  }
}
