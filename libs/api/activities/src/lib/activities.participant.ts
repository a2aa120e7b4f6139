import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  type AppliedTransitionContext,
  type CaseParticipant,
  CaseParticipants,
} from '@techpact/api/cases';
import { syncActivitiesWithAgreement } from './activity-sync';

/**
 * Creates and updates the case's activities when an agreement version comes into force
 * (COUNTERSIGN; the agreements participant, registered before this one, has marked it in force),
 * and gives BEGIN_COMPLETION the number of activities still open.
 */
@Injectable()
export class ActivitiesParticipant implements CaseParticipant, OnModuleInit {
  readonly name = 'activities';

  readonly facts: CaseParticipant['facts'] = {
    BEGIN_COMPLETION: async ({ manager, caseRow }) => {
      const [row] = (await manager.query(
        `SELECT count(*)::int AS n FROM activity WHERE case_id = $1 AND status IN ('planned', 'in_progress')`,
        [caseRow.id],
      )) as { n: number }[];
      return { openActivities: row?.n ?? 0 };
    },
  };

  constructor(private readonly participants: CaseParticipants) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  async onTransition(context: AppliedTransitionContext): Promise<void> {
    if (context.command.type !== 'COUNTERSIGN') return;
    await syncActivitiesWithAgreement(context.manager, context.caseRow.id);
  }
}
