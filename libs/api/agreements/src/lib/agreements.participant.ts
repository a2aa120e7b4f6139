import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  type AfterCommit,
  type AppliedTransitionContext,
  type CaseParticipant,
  CaseParticipants,
} from '@techpact/api/cases';
import { type ActivityReadiness } from '@techpact/lifecycle';
import { AgreementRepository } from './agreement.repository';
import { AgreementTransitions } from './agreement-transitions';

/**
 * The agreements feature in case transitions: the facts of SEND_FOR_SIGNATURE and SIGN, and
 * what each agreement event does to the versions, in the transition's transaction. Sets the
 * version in force during COUNTERSIGN, so participants registered after it (activities) see it.
 */
@Injectable()
export class AgreementsParticipant implements CaseParticipant, OnModuleInit {
  readonly name = 'agreements';

  readonly facts: CaseParticipant['facts'] = {
    SEND_FOR_SIGNATURE: async ({ manager, caseRow }) => {
      const repository = new AgreementRepository(manager);
      const draft = await repository.versionWithStatus(caseRow.id, ['draft']);
      const upgrades = draft ? await repository.upgrades(draft.id) : [];
      const activities: ActivityReadiness[] = upgrades.map((upgrade) => ({
        title: upgrade.title,
        hasExpert: upgrade.expert !== null && upgrade.expertActive,
        hasPlannedHours: upgrade.plannedHours !== null,
        hasTargetDate: upgrade.targetDate !== null,
      }));
      return { activities };
    },
    SIGN: async ({ manager, caseRow }) => {
      const sent = await new AgreementRepository(manager).versionWithStatus(caseRow.id, ['sent']);
      return { sentVersionHash: sent?.documentHash ?? null };
    },
  };

  constructor(
    private readonly participants: CaseParticipants,
    private readonly transitions: AgreementTransitions,
  ) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  async onTransition(context: AppliedTransitionContext): Promise<AfterCommit | void> {
    const { command } = context;
    switch (command.type) {
      case 'SUBMIT_ASSESSMENT':
        if (context.toState === 'agreement.drafting')
          await this.transitions.afterAssessment(context);
        return;
      case 'SEND_FOR_SIGNATURE':
        return this.transitions.send(context);
      case 'SIGN':
        return this.transitions.allSigned(context);
      case 'DECLINE':
        return this.transitions.decline(context, command.reason);
      case 'RECALL':
        return this.transitions.recall(context);
      case 'COUNTERSIGN':
        return this.transitions.countersign(context);
      case 'AMEND_AGREEMENT':
        return this.transitions.amend(context);
      case 'WITHDRAW':
        return this.transitions.withdraw(context, command.reason);
      case 'SCHEDULE_ASSESSMENT':
      case 'START_ASSESSMENT':
      case 'BEGIN_COMPLETION':
      case 'COMPLETE':
      case 'REOPEN':
      case 'PAUSE':
      case 'RESUME':
        return;
    }
  }
}
