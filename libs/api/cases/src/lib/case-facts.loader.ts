import { type CaseEvent } from '@techpact/lifecycle';
import { DEFAULT_ASSESSMENT_DIMENSIONS } from './assessment-dimensions';
import { type CaseCommand } from './case-command';
import { type CaseRepository, type LockedCaseRow } from './case.repository';

/**
 * The event with the facts its guard needs, loaded from the database (the machine stays pure).
 * Facts that belong to later features come from what exists today: no assessment scores, no
 * agreement activities, no version sent for signature, no recorded outcomes; so those steps are
 * refused with the guard's reason until their features land.
 */
export async function withFacts(
  repository: CaseRepository,
  row: LockedCaseRow,
  command: CaseCommand,
): Promise<CaseEvent> {
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
      return { ...command, facts: { unscoredDimensions: [...DEFAULT_ASSESSMENT_DIMENSIONS] } };
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
