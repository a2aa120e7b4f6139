import { type CaseEvent } from '@techpact/lifecycle';
import { type EntityManager } from 'typeorm';
import { unscoredBaselineDimensions } from './assessment-dimensions';
import { type CaseCommand } from './case-command';
import { CaseRepository, type LockedCaseRow } from './case.repository';

/**
 * The event with the facts its guard needs, loaded from the database (the machine stays pure).
 * SUBMIT_ASSESSMENT: the dimensions the case's T0 draft has not scored. Facts of later features
 * come from what exists today: no agreement activities, no version sent for signature, no
 * recorded outcomes; so those steps are refused with the guard's reason until their features land.
 */
export async function withFacts(
  manager: EntityManager,
  row: LockedCaseRow,
  command: CaseCommand,
): Promise<CaseEvent> {
  const repository = new CaseRepository(manager);
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
      return { ...command, facts: { activities: [] } };
    case 'SIGN':
      return { ...command, facts: { sentVersionHash: null } };
    case 'BEGIN_COMPLETION':
      return { ...command, facts: { openActivities: 0 } };
    case 'COMPLETE':
      return { ...command, facts: { outcomesRecorded: false, unapprovedTimeEntries: 0 } };
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
